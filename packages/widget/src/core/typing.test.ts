import { describe, expect, it } from 'vitest';
import { manualTimers } from '../../test/fake-timers.js';
import { AgentTyping, TYPING_SHOW_MS, TypingSignal } from './typing.js';

describe('typing indicators', () => {
  it('sends the visitor’s typing at most once per 3 seconds, never from a hidden panel', () => {
    const timers = manualTimers();
    let calls = 0;
    const signal = new TypingSignal(async () => {
      calls += 1;
    }, timers);
    signal.typed(false);
    expect(calls).toBe(0);
    signal.typed(true);
    signal.typed(true);
    timers.advance(2999);
    signal.typed(true);
    expect(calls).toBe(1);
    timers.advance(1);
    signal.typed(true);
    expect(calls).toBe(2);
    for (let i = 0; i < 20; i++) {
      timers.advance(500);
      signal.typed(true);
    }
    expect(calls).toBe(2 + Math.floor(10_000 / 3000));
  });

  it('ignores a failed typing call', async () => {
    const signal = new TypingSignal(() => Promise.reject(new Error('offline')), manualTimers());
    expect(() => signal.typed(true)).not.toThrow();
    await Promise.resolve();
  });

  it('shows support typing for a while after the last event, and stops on their message', () => {
    const timers = manualTimers();
    let changes = 0;
    const typing = new AgentTyping(() => {
      changes += 1;
    }, timers);
    expect(typing.active).toBe(false);
    typing.seen();
    expect([typing.active, changes]).toEqual([true, 1]);
    timers.advance(TYPING_SHOW_MS - 1000);
    typing.seen();
    timers.advance(TYPING_SHOW_MS - 1);
    expect(typing.active).toBe(true);
    timers.advance(1);
    expect([typing.active, changes]).toEqual([false, 2]);
    typing.seen();
    typing.stop();
    expect([typing.active, changes]).toEqual([false, 4]);
    typing.stop();
    expect(changes).toBe(4);
  });
});
