import type { KbResult } from '@helpdock/sdk/schemas';
import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { manualTimers } from '../../../test/fake-timers.js';
import {
  HelpArticlesController,
  type KbSource,
  suggestDelayMs,
  suggestionLimit,
} from './help-articles.controller.js';

const hit = (id: string, title = id): KbResult => ({
  id,
  title,
  snippet: `About ${title}`,
  url: `https://help.example.test/kb/${id}`,
  score: 1,
});

/** A search call the test answers by hand. */
interface Call {
  q: string;
  limit: number;
  signal: AbortSignal;
  answer(results: KbResult[]): Promise<void>;
  fail(error: unknown): Promise<void>;
}

/** A knowledge base whose answers the test gives in any order, and a host counting renders. */
function setup() {
  const calls: Call[] = [];
  const source: KbSource = {
    search: ({ q, limit }, { signal }) =>
      new Promise((resolve, reject) => {
        const settle = async (run: () => void) => {
          run();
          // Let the controller's continuation run before the test looks.
          await new Promise((done) => setTimeout(done, 0));
        };
        calls.push({
          q,
          limit,
          signal,
          answer: (results) => settle(() => resolve({ data: results })),
          fail: (error) => settle(() => reject(error)),
        });
      }),
    retrieve: async (id) => ({ id, title: `Title ${id}`, body: 'One.\n\nTwo.' }),
  };
  let renders = 0;
  const host = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => {
      renders += 1;
    },
    updateComplete: Promise.resolve(true),
  } satisfies ReactiveControllerHost;
  const timers = manualTimers();
  const help = new HelpArticlesController(host, { source: () => source, timers });
  return { help, calls, timers, renders: () => renders };
}

describe('HelpArticlesController', () => {
  it('searches once typing pauses, with the latest text only', () => {
    const { help, calls, timers } = setup();
    help.suggest('Can');
    timers.advance(suggestDelayMs - 1);
    help.suggest('Cannot sign');
    timers.advance(suggestDelayMs - 1);
    help.suggest('Cannot  sign in ');
    expect(calls).toHaveLength(0);
    timers.advance(suggestDelayMs);
    expect(calls.map(({ q, limit }) => ({ q, limit }))).toEqual([
      { q: 'Cannot sign in', limit: suggestionLimit },
    ]);
  });

  it('does not search a text shorter than three characters and clears the suggestions', async () => {
    const { help, calls, timers } = setup();
    help.suggest('password');
    timers.advance(suggestDelayMs);
    await calls[0]!.answer([hit('a')]);
    expect(help.results.map((r) => r.id)).toEqual(['a']);
    help.suggest(' pa ');
    timers.advance(suggestDelayMs);
    expect(calls).toHaveLength(1);
    expect(help.results).toEqual([]);
  });

  it('shows at most a few suggestions', async () => {
    const { help, calls, timers } = setup();
    help.suggest('invoice');
    timers.advance(suggestDelayMs);
    await calls[0]!.answer(['a', 'b', 'c', 'd', 'e'].map((id) => hit(id)));
    expect(help.results).toHaveLength(suggestionLimit);
  });

  it('cancels an outdated search, and its late answer never replaces the newer one', async () => {
    const { help, calls, timers } = setup();
    help.suggest('invoice');
    timers.advance(suggestDelayMs);
    help.suggest('password reset');
    expect(calls[0]!.signal.aborted).toBe(true);
    timers.advance(suggestDelayMs);
    await calls[1]!.answer([hit('reset')]);
    await calls[0]!.answer([hit('invoice')]);
    expect(help.results.map((r) => r.id)).toEqual(['reset']);
  });

  it('stays quiet when a search fails: no suggestions, no error', async () => {
    const { help, calls, timers } = setup();
    help.suggest('invoice');
    timers.advance(suggestDelayMs);
    await calls[0]!.answer([hit('invoice')]);
    help.suggest('invoices overdue');
    timers.advance(suggestDelayMs);
    await calls[1]!.fail(new Error('offline'));
    expect(help.results).toEqual([]);
    expect(help.article).toBeNull();
  });

  it('does not search the same text twice, nor without a knowledge base', async () => {
    const { help, calls, timers } = setup();
    help.suggest('invoice');
    timers.advance(suggestDelayMs);
    help.suggest(' invoice');
    timers.advance(suggestDelayMs);
    expect(calls).toHaveLength(1);
    const offline = new HelpArticlesController(
      {
        addController() {},
        removeController() {},
        requestUpdate() {},
        updateComplete: Promise.resolve(true),
      },
      { source: () => null, timers },
    );
    offline.suggest('invoice');
    timers.advance(suggestDelayMs);
    expect(offline.results).toEqual([]);
  });

  it('opens an article (title first, then the body) and closes it with the suggestions kept', async () => {
    const { help, calls, timers } = setup();
    help.suggest('password');
    timers.advance(suggestDelayMs);
    await calls[0]!.answer([hit('reset', 'Reset your password')]);
    const opening = help.open({ id: 'reset', title: 'Reset your password' });
    expect(help.article).toEqual({ id: 'reset', title: 'Reset your password', body: null, failed: false });
    await opening;
    expect(help.article).toEqual({ id: 'reset', title: 'Title reset', body: 'One.\n\nTwo.', failed: false });
    await help.close(true);
    expect(help.article).toBeNull();
    expect(help.results.map((r) => r.id)).toEqual(['reset']);
  });

  it('says when an article could not be loaded', async () => {
    const failing = new HelpArticlesController(
      {
        addController() {},
        removeController() {},
        requestUpdate() {},
        updateComplete: Promise.resolve(true),
      },
      {
        source: () => ({
          search: async () => ({ data: [] }),
          retrieve: async () => {
            throw new Error('404');
          },
        }),
      },
    );
    await failing.open({ id: 'gone', title: 'Gone' });
    expect(failing.article).toEqual({ id: 'gone', title: 'Gone', body: null, failed: true });
  });

  it('forgets everything after the form was sent, and a pending search with it', () => {
    const { help, calls, timers, renders } = setup();
    help.suggest('invoice');
    const before = renders();
    help.clear();
    timers.advance(suggestDelayMs);
    expect(calls).toHaveLength(0);
    expect(help.results).toEqual([]);
    expect(renders()).toBeGreaterThan(before);
  });
});
