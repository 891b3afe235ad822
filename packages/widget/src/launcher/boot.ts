import { portalSessionToken } from '../anonymous-chat/anonymous-chat.controller.js';
import type { HelpdockBubble } from '../bubble/bubble.component.js';
import { hasQueuedMessages } from '../core/outbox.js';
import { jsonStore, type KeyValueStore, memoryStore, tenantPrefix } from '../core/storage.js';
import { dispatchHelpdockEvent } from '../events.js';
import { loadScriptBeside } from '../script-locales.js';
import { Handover } from './handover.js';
import { labelInLocale } from './label.js';
import { cachedPublicConfig, fetchPublicConfig } from './public-config.js';
import { followSiteLauncher, type SiteLauncher } from './site-launcher.js';
import { drawStandIn, type StandInLauncher } from './stand-in.js';

/** What the loader does before the bubble has loaded. */
export interface LoaderBoot {
  /** Holds calls that need the bubble until it has taken over. */
  readonly handover: Handover;
  /** `setLocale` before the bubble loaded: the `locale` attribute, and the launcher's name in it. */
  setLocale(locale: string): Promise<void>;
}

/** The panel's commands the loader's own launchers trigger. */
export interface LauncherCommands {
  open(): unknown;
  toggle(): unknown;
}

/**
 * The page's `localStorage` for reading, without the write probe `browserStore` makes (a write on
 * the launcher's path costs more than the reads the loader needs; reads that throw read as missing).
 */
function readableStorage(target: Window): KeyValueStore {
  try {
    return target.localStorage;
  } catch {
    return memoryStore();
  }
}

/** Runs `task` when the browser is idle (soon, where `requestIdleCallback` is missing). */
function whenIdle(target: Window, task: () => void): void {
  if (target.requestIdleCallback) target.requestIdleCallback(task, { timeout: 3000 });
  else target.setTimeout(task, 200);
}

/**
 * The script-tag loader's work (`helpdock.js`) until the bubble's own bundle
 * (`helpdock-panel.js`) has loaded: the launcher drawn at once (or the site's own, `launcher`
 * attribute), the public config fetched in parallel and cached for the next page view, the panel
 * bundle loaded on intent, on a call that needs it, or on idle when a conversation is stored, and
 * the handover. Announces `helpdock:ready` once the config is known (the bubble's own later
 * `ready` is not repeated). Does nothing but the handover when the bubble is defined already.
 */
export function bootLoader(
  target: Window,
  script: HTMLScriptElement | null,
  bubble: HelpdockBubble,
  commands: LauncherCommands,
): LoaderBoot {
  const { document } = target;
  const apiBase = bubble.getAttribute('api-base') || target.location.origin;
  const siteKey = bubble.getAttribute('site-key') || undefined;
  const store = jsonStore(readableStorage(target), tenantPrefix(siteKey, apiBase));
  const selector = bubble.getAttribute('launcher');
  let standIn: StandInLauncher | null = null;
  let site: SiteLauncher | null = null;

  const handover = new Handover(
    bubble,
    () => void loadScriptBeside(target, script, 'helpdock-panel.js').catch(console.error),
    async () => {
      const hadFocus = standIn?.hasFocus() ?? false;
      standIn?.remove();
      site?.stop();
      await bubble.updateComplete;
      // The launcher the visitor was on is gone: its replacement gets the focus.
      if (hadFocus) bubble.shadowRoot?.querySelector<HTMLElement>('[part="launcher"]')?.focus();
    },
  );
  if (handover.done) return { handover, setLocale: (locale) => bubble.setLocale(locale) };

  // One `ready` per page: the loader's (config known), or the bubble's if it loaded first.
  let readySeen = false;
  bubble.addEventListener(
    'helpdock:ready',
    (event) => {
      if (readySeen) event.stopImmediatePropagation();
      readySeen = true;
    },
    { capture: true },
  );

  const cached = cachedPublicConfig(store);
  const load = (): void => handover.request();
  if (selector) {
    site = followSiteLauncher(document, selector, { activate: () => commands.toggle(), intent: load });
  } else {
    standIn = drawStandIn(bubble, '');
    standIn.setVisible(cached?.support_bubble_enabled !== false);
    const { button } = standIn;
    for (const name of ['pointerenter', 'focus', 'touchstart'])
      button.addEventListener(name, load, { passive: true });
    button.addEventListener('click', () => void commands.open());
  }

  let labelling = 0;
  const setLabel = (tag: string): Promise<void> => {
    const turn = ++labelling;
    return labelInLocale(target, script, tag, (label) => {
      if (turn === labelling) standIn?.button.setAttribute('aria-label', label);
    });
  };
  void setLabel(bubble.getAttribute('locale') || document.documentElement.lang || target.navigator.language);

  // Asked for in the next task, so the launcher is painted first; its answer arrives meanwhile.
  const askForConfig = async (): Promise<void> => {
    const config = await fetchPublicConfig({ apiBase, siteKey, store, fetch: target.fetch.bind(target) });
    if (!handover.done) standIn?.setVisible((config ?? cached)?.support_bubble_enabled !== false);
    const announce = (): void => dispatchHelpdockEvent(bubble, 'ready', { config });
    // Page listeners sit on the document: announce once the bubble has joined it.
    if (bubble.isConnected) announce();
    else document.addEventListener('DOMContentLoaded', announce, { once: true });
  };
  target.setTimeout(() => void askForConfig(), 0);

  if (bubble.hasAttribute('open')) load();
  else
    whenIdle(target, () => {
      if (portalSessionToken(store) || hasQueuedMessages(store)) load();
    });

  return {
    handover,
    setLocale: async (locale) => {
      if (handover.done) return bubble.setLocale(locale);
      bubble.setAttribute('locale', locale);
      await setLabel(locale);
    },
  };
}
