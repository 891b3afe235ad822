import { chatIconPath } from '../icons/chat-path.js';
import { darkPalette, launcherRules, lightPalette } from '../styles/palette.js';

/** Identity tag, so the build's template minifier shrinks this CSS as it does Lit's `css`. */
const css = String.raw;

/** Where the stand-in sits and how its button looks beyond the shared launcher rules. */
const standInCss = css`
  :host {
    ${lightPalette}
    position: fixed;
    inset-block-end: var(--helpdock-offset, 20px);
    right: var(--helpdock-offset, 20px);
    z-index: var(--helpdock-z-index, 2147483000);
  }
  :host([position='left']) {
    right: auto;
    left: var(--helpdock-offset, 20px);
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
  button {
    box-sizing: border-box;
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  ${launcherRules}
`;

/** The loader's launcher, shown until the bubble has loaded and draws its own. */
export interface StandInLauncher {
  /** The button (what a visitor clicks or focuses). */
  readonly button: HTMLButtonElement;
  /** Whether the button has keyboard or pointer focus. */
  hasFocus(): boolean;
  /** Takes it off the page or puts it back (the site turned the bubble off, or on again). */
  setVisible(visible: boolean): void;
  /** Takes it off the page (the bubble took over). */
  remove(): void;
}

let sheet: CSSStyleSheet | undefined;

/**
 * Draws the launcher inside `bubble` (the `<helpdock-bubble>` element, not yet defined) in a shadow
 * root of its own, with the bubble's look, corner and theme. CSP-safe: a constructable stylesheet,
 * no inline style. When the bubble's definition arrives it attaches its own shadow root, so this
 * light-DOM child stops rendering in the same frame as the bubble's launcher appears.
 */
export function drawStandIn(bubble: HTMLElement, label: string): StandInLauncher {
  const { ownerDocument: document } = bubble;
  const host = document.createElement('div');
  for (const name of ['position', 'theme']) {
    const value = bubble.getAttribute(name);
    if (value) host.setAttribute(name, value);
  }
  const root = host.attachShadow({ mode: 'open' });
  if (root.adoptedStyleSheets) {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(standInCss);
    root.adoptedStyleSheets = [sheet];
  } else {
    // Browsers without constructable stylesheets (Safari before 16.4): a style element, as Lit does.
    const style = document.createElement('style');
    style.textContent = standInCss;
    root.append(style);
  }

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-label', label);
  const svgNs = 'http://www.w3.org/2000/svg';
  const icon = document.createElementNS(svgNs, 'svg');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', chatIconPath);
  icon.append(path);
  for (const [name, value] of Object.entries({
    viewBox: '0 0 24 24',
    'aria-hidden': 'true',
    focusable: 'false',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  }))
    icon.setAttribute(name, value);
  button.append(icon);
  root.append(button);
  bubble.append(host);

  return {
    button,
    hasFocus: () => root.activeElement === button,
    setVisible: (visible) => {
      if (!visible) host.remove();
      else if (host.parentNode !== bubble) bubble.append(host);
    },
    remove: () => host.remove(),
  };
}
