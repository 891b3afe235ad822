import type { ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { manualTimers } from '../../../test/fake-timers.js';
import { TYPING_SEND_EVERY_MS, TYPING_SHOWN_MS } from '../../core/typing-signals.js';
import { TypingController } from './typing.controller.js';

function setup(options: { canSend?: () => boolean; fail?: boolean } = {}) {
  const timers = manualTimers();
  const sent: string[] = [];
  let renders = 0;
  const host = {
    addController() {},
    removeController() {},
    requestUpdate: () => {
      renders += 1;
    },
    updateComplete: Promise.resolve(true),
  } as unknown as ReactiveControllerHost;
  const typing = new TypingController(host, {
    send: async (key) => {
      sent.push(key);
      if (options.fail) throw new Error('offline');
    },
    ...(options.canSend ? { canSend: options.canSend } : {}),
    timers,
  });
  return { timers, sent, typing, renders: () => renders };
}

describe('TypingController: the visitor’s typing', () => {
  afterEach(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  it('sends at most one call per 3 s while the visitor keeps typing', () => {
    const { timers, sent, typing } = setup();
    typing.typed('t1', 'H');
    for (let i = 0; i < 29; i++) {
      timers.advance(100);
      typing.typed('t1', 'Hello'.slice(0, (i % 5) + 1));
    }
    expect(sent).toEqual(['t1']);
    timers.advance(TYPING_SEND_EVERY_MS - 2900);
    typing.typed('t1', 'Hello again');
    expect(sent).toEqual(['t1', 't1']);
    typing.typed('t2', 'Other conversation');
    expect(sent).toEqual(['t1', 't1', 't2']);
  });

  it('sends nothing for an empty or blank composer', () => {
    const { sent, typing } = setup();
    typing.typed('t1', '');
    typing.typed('t1', '   \n');
    expect(sent).toEqual([]);
    typing.typed('t1', 'a');
    expect(sent).toEqual(['t1']);
  });

  it('sends nothing while the panel is closed, and does not spend the turn', () => {
    let open = false;
    const { sent, typing } = setup({ canSend: () => open });
    typing.typed('t1', 'typed while closed');
    expect(sent).toEqual([]);
    open = true;
    typing.typed('t1', 'typed while open');
    expect(sent).toEqual(['t1']);
  });

  it('sends nothing while the tab is hidden', () => {
    const page = { visibilityState: 'hidden' };
    (globalThis as { document?: unknown }).document = page;
    const { sent, typing } = setup();
    typing.typed('t1', 'in a background tab');
    expect(sent).toEqual([]);
    page.visibilityState = 'visible';
    typing.typed('t1', 'back in front');
    expect(sent).toEqual(['t1']);
  });

  it('ignores a failed call (typing is a hint) and still throttles', async () => {
    const { timers, sent, typing } = setup({ fail: true });
    typing.typed('t1', 'a');
    await Promise.resolve();
    typing.typed('t1', 'ab');
    expect(sent).toEqual(['t1']);
    timers.advance(TYPING_SEND_EVERY_MS);
    typing.typed('t1', 'abc');
    expect(sent).toEqual(['t1', 't1']);
  });
});

describe('TypingController: "Support is typing…"', () => {
  it('shows after a typing event and disappears (re-rendered) once it has expired', () => {
    const { timers, typing, renders } = setup();
    expect(typing.isTyping('t1')).toBe(false);
    typing.received('t1');
    expect(typing.isTyping('t1')).toBe(true);
    expect(typing.isTyping('t2')).toBe(false);
    expect(typing.isTyping(null)).toBe(false);
    const before = renders();
    timers.advance(TYPING_SHOWN_MS - 1);
    expect(typing.isTyping('t1')).toBe(true);
    expect(renders()).toBe(before);
    timers.advance(100);
    expect(typing.isTyping('t1')).toBe(false);
    expect(renders()).toBe(before + 1);
  });

  it('stays while events keep coming, and expires after the last one', () => {
    const { timers, typing } = setup();
    typing.received('t1');
    timers.advance(TYPING_SHOWN_MS - 1000);
    typing.received('t1');
    timers.advance(TYPING_SHOWN_MS - 1000);
    expect(typing.isTyping('t1')).toBe(true);
    timers.advance(1100);
    expect(typing.isTyping('t1')).toBe(false);
  });

  it('disappears at once when support’s message arrives', () => {
    const { typing, renders } = setup();
    typing.received('t1');
    const before = renders();
    typing.cleared('t1');
    expect(typing.isTyping('t1')).toBe(false);
    expect(renders()).toBe(before + 1);
    typing.cleared('t1');
    expect(renders()).toBe(before + 1);
  });

  it('stops its timer when the host leaves the page', () => {
    const { timers, typing } = setup();
    typing.received('t1');
    expect(timers.pending()).toBe(1);
    typing.hostDisconnected();
    expect(timers.pending()).toBe(0);
  });
});
