import { describe, expect, it } from 'vitest';
import { manualTimers } from '../../test/fake-timers.js';
import { SUGGEST_DELAY_MS, SuggestionSearch } from './suggestion-search.js';

/** A search whose answers the test releases by hand. */
function controlledSearch() {
  const calls: { text: string; signal: AbortSignal; resolve: (r: string[]) => void }[] = [];
  const search = (text: string, signal: AbortSignal) =>
    new Promise<string[]>((resolve) => calls.push({ text, signal, resolve }));
  return { calls, search };
}

describe('suggestions while typing', () => {
  it('searches once typing pauses, not on every keystroke', () => {
    const timers = manualTimers();
    const { calls, search } = controlledSearch();
    const suggest = new SuggestionSearch({ search, onResults: () => undefined, timers });
    for (const text of ['r', 're', 'res', 'rese', 'reset']) {
      suggest.update(text);
      timers.advance(100);
    }
    expect(calls).toHaveLength(0);
    timers.advance(SUGGEST_DELAY_MS);
    expect(calls.map((c) => c.text)).toEqual(['reset']);
  });

  it('aborts an outdated request and never shows its answer', async () => {
    const timers = manualTimers();
    const { calls, search } = controlledSearch();
    const shown: string[][] = [];
    const suggest = new SuggestionSearch({ search, onResults: (r) => shown.push(r), timers });
    suggest.update('password');
    timers.advance(SUGGEST_DELAY_MS);
    suggest.update('password reset link');
    expect(calls[0]?.signal.aborted).toBe(true);
    timers.advance(SUGGEST_DELAY_MS);
    calls[0]?.resolve(['old']);
    calls[1]?.resolve(['new']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toEqual([['new']]);
  });

  it('clears suggestions for short text, skips repeats and keeps the last results on failure', async () => {
    const timers = manualTimers();
    const shown: string[][] = [];
    let fail = false;
    let searches = 0;
    const suggest = new SuggestionSearch({
      search: async () => {
        searches += 1;
        if (fail) throw new Error('offline');
        return ['a'];
      },
      onResults: (r) => shown.push(r),
      timers,
    });
    suggest.update('invoice');
    timers.advance(SUGGEST_DELAY_MS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    suggest.update('  invoice ');
    timers.advance(SUGGEST_DELAY_MS);
    expect(searches).toBe(1);
    fail = true;
    suggest.update('invoices');
    timers.advance(SUGGEST_DELAY_MS);
    await new Promise((resolve) => setTimeout(resolve, 0));
    suggest.update('in');
    expect(shown).toEqual([['a'], []]);
  });
});
