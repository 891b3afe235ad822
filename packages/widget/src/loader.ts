import type { HelpdockBubble } from './bubble/bubble.component.js';
import type { IdentifyOptions } from './bubble/host-identity.js';
import { bubbleEventNames, type HelpdockBubbleEventDetails, type HelpdockBubbleEventName } from './events.js';
import { bootLoader } from './launcher/boot.js';

/** A listener registered with `Helpdock.on`. */
export type HelpdockListener<K extends HelpdockBubbleEventName = HelpdockBubbleEventName> = (
  detail: HelpdockBubbleEventDetails[K],
) => void;

/**
 * `window.Helpdock` once the script has loaded: callable like the stub (`Helpdock('open')`) and
 * with one method per command (`Helpdock.open()`). Commands that need the panel (open, close,
 * toggle, identify, attributes, reset) load it first when it has not loaded yet, and run once it
 * has; `on`, `hide`, `show` and `setLocale` work at once.
 */
export interface HelpdockApi {
  (command: string, ...args: unknown[]): unknown;
  /** Opens the panel. */
  open(): void;
  /** Closes the panel. */
  close(): void;
  /** Opens or closes the panel. */
  toggle(): void;
  /** Hides the whole bubble (launcher and panel; the panel closes). Support messages still count as unread. */
  hide(): void;
  /** Shows the bubble again after {@link HelpdockApi.hide}. */
  show(): void;
  /** Switches the texts to `locale` (e.g. `'pt-BR'`), loading its strings; resolves once they are shown. */
  setLocale(locale: string): Promise<void>;
  /** Signs a customer in (see `HelpdockBubble.identify`). */
  identify(options: IdentifyOptions): Promise<void>;
  /** Adds context to the next conversation (see `HelpdockBubble.setCustomAttributes`). */
  attributes(values: Record<string, string | number | boolean | null>): void;
  /** Forgets the visitor (sign-out). */
  reset(): void;
  /** Calls `listener` with each event's `detail`; returns a function that stops listening. */
  on<K extends HelpdockBubbleEventName>(event: K, listener: HelpdockListener<K>): () => void;
  /**
   * The `<helpdock-bubble>` element. With the script tag it is upgraded (its methods exist) once
   * the panel bundle has loaded; until then use the commands above.
   */
  readonly element: HelpdockBubble;
  /** Calls queued by the stub before the script loaded; empty afterwards. */
  q?: unknown[][];
}

/** `window.Helpdock` before the script loads: the stub's queue of calls. */
interface HelpdockStub {
  q?: ArrayLike<unknown>[];
}

/** `data-*` attributes of the script tag that become bubble attributes (`data-api-base` → `api-base`). */
const forwardedAttributes = [
  'api-base',
  'site-key',
  'position',
  'theme',
  'locale',
  'greeting',
  'whatsapp-text',
  'open',
  'launcher',
];

/**
 * Creates the bubble from the script tag's `data-*` attributes, replaces the stub with the real
 * `window.Helpdock`, and replays the calls queued before the script loaded.
 *
 * `data-api-base` defaults to the origin the script was served from, so the tag works with only
 * `src` when the API and the script share an origin. When `<helpdock-bubble>` is not defined yet
 * (the script-tag build), it draws the launcher itself and loads `helpdock-panel.js` from beside
 * the script on intent, on a call that needs it, or on idle when a conversation is stored.
 */
export function installHelpdock(target: Window, script: HTMLScriptElement | null): HelpdockApi {
  const existing = (target as unknown as { Helpdock?: HelpdockApi | HelpdockStub }).Helpdock;
  if (existing && 'element' in existing) return existing;
  const bubble = target.document.createElement('helpdock-bubble');
  for (const name of forwardedAttributes) {
    const value = script?.getAttribute(`data-${name}`);
    if (value !== null && value !== undefined) bubble.setAttribute(name, value);
  }
  if (!bubble.hasAttribute('api-base') && script?.src)
    bubble.setAttribute('api-base', new URL(script.src).origin);

  // The loader's own launchers call these; defined below, called only after this function returned.
  const boot = bootLoader(target, script, bubble, {
    open: () => panelCommands.open(),
    toggle: () => panelCommands.toggle(),
  });
  const listeners = new Map<string, Set<(detail: unknown) => void>>();
  for (const name of bubbleEventNames) {
    bubble.addEventListener(`helpdock:${name}`, (event) => {
      for (const listener of listeners.get(name) ?? []) listener((event as CustomEvent).detail);
    });
  }

  const panelCommands = {
    open: () =>
      boot.handover.run((element) => {
        element.open = true;
      }),
    close: () =>
      boot.handover.run((element) => {
        element.open = false;
      }),
    toggle: () => boot.handover.run((element) => element.toggle()),
    identify: (options: IdentifyOptions) => boot.handover.run((element) => element.identify(options)),
    attributes: (values: Record<string, string | number | boolean | null>) =>
      boot.handover.run((element) => element.setCustomAttributes(values)),
    reset: () => boot.handover.run((element) => element.reset()),
  };
  // Before the panel loaded, the element's `hidden` (which it reads when it upgrades) does the job.
  const showBubble = (visible: boolean): void => {
    if (!boot.handover.done) bubble.hidden = !visible;
    else if (visible) bubble.show();
    else bubble.hide();
  };
  const commands = {
    ...panelCommands,
    hide: () => showBubble(false),
    show: () => showBubble(true),
    setLocale: (locale: string) => boot.setLocale(locale),
    on: (event: string, listener: (detail: unknown) => void) => {
      const name = event.replace(/^helpdock:/, '');
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
  const api = ((command: string, ...args: unknown[]) => {
    const run = (commands as Record<string, ((...a: unknown[]) => unknown) | undefined>)[command];
    if (!run) throw new TypeError(`Helpdock: unknown command ${JSON.stringify(command)}`);
    return run(...args);
  }) as HelpdockApi;
  Object.assign(api, commands, { element: bubble });

  const queued = Array.from((existing as HelpdockStub | undefined)?.q ?? [], (call) => Array.from(call));
  (target as unknown as { Helpdock: HelpdockApi }).Helpdock = api;
  // Replayed before the bubble joins the page, so queued `on` listeners hear its `ready` event.
  for (const [command, ...args] of queued) {
    try {
      api(String(command), ...args);
    } catch (error) {
      console.error(error);
    }
  }
  const attach = (): void => void target.document.body.append(bubble);
  if (target.document.body) attach();
  else target.document.addEventListener('DOMContentLoaded', attach, { once: true });
  return api;
}
