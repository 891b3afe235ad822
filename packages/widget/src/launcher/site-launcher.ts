/** The site's own launcher elements (`data-launcher` / the bubble's `launcher` attribute), followed. */
export interface SiteLauncher {
  /** Sets `aria-expanded` on every matching element (the panel opened or closed). */
  setExpanded(expanded: boolean): void;
  /**
   * The matching element the visitor used last, else the first on the page (focus goes back to it
   * when the panel closes).
   */
  readonly lastUsed: HTMLElement | null;
  /** Stops listening. */
  stop(): void;
}

/** What happens when the visitor uses or is about to use one of the site's launcher elements. */
export interface SiteLauncherActions {
  /** An element was clicked (or activated by keyboard): open or close the panel. */
  activate(): void;
  /** The pointer or focus reached one, or a finger touched it: a good time to load the panel. */
  intent?(): void;
}

const intentEvents = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Makes every element matching `selector` (a CSS selector, now or added later: the listeners sit on
 * the document) act as the bubble's launcher. Returns `null` when the selector is not valid CSS.
 */
export function followSiteLauncher(
  document: Document,
  selector: string,
  actions: SiteLauncherActions,
): SiteLauncher | null {
  try {
    document.querySelector(selector);
  } catch {
    console.error(`Helpdock: data-launcher is not a valid CSS selector: ${JSON.stringify(selector)}`);
    return null;
  }
  let expanded = false;
  let lastUsed: HTMLElement | null = null;
  const mark = (element: Element): void => element.setAttribute('aria-expanded', String(expanded));
  const matching = (event: Event): HTMLElement | null =>
    event.target instanceof Element ? (event.target.closest(selector) as HTMLElement | null) : null;
  const onClick = (event: Event): void => {
    const element = matching(event);
    if (!element) return;
    // A link used as the launcher opens the chat rather than navigating.
    event.preventDefault();
    lastUsed = element;
    actions.activate();
  };
  const onIntent = (event: Event): void => {
    const element = matching(event);
    if (!element) return;
    mark(element);
    actions.intent?.();
  };
  document.addEventListener('click', onClick);
  for (const name of intentEvents) document.addEventListener(name, onIntent, { passive: true });
  const site: SiteLauncher = {
    setExpanded(value) {
      expanded = value;
      for (const element of document.querySelectorAll(selector)) mark(element);
    },
    get lastUsed() {
      return lastUsed?.isConnected ? lastUsed : document.querySelector<HTMLElement>(selector);
    },
    stop() {
      document.removeEventListener('click', onClick);
      for (const name of intentEvents) document.removeEventListener(name, onIntent);
    },
  };
  site.setExpanded(false);
  return site;
}
