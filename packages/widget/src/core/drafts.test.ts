import { describe, expect, it } from 'vitest';
import { manualTimers } from '../../test/fake-timers.js';
import { Drafts } from './drafts.js';
import { jsonStore, memoryStore } from './storage.js';

describe('Drafts', () => {
  it('writes after typing pauses, once, and a reload reads it back', () => {
    const backend = memoryStore();
    const timers = manualTimers();
    const writes: string[] = [];
    const spy = {
      ...backend,
      setItem(key: string, value: string) {
        writes.push(value);
        backend.setItem(key, value);
      },
    };
    const drafts = new Drafts(jsonStore(spy, 'd:'), { timers, delayMs: 300 });
    drafts.set('form:message', 'H');
    drafts.set('form:message', 'He');
    drafts.set('form:message', 'Hello');
    expect(writes).toHaveLength(0);
    timers.advance(300);
    expect(writes).toHaveLength(1);
    const reloaded = new Drafts(jsonStore(backend, 'd:'));
    expect(reloaded.get('form:message')).toBe('Hello');
  });

  it('flush writes at once (page hide) and clear forgets sent fields only', () => {
    const backend = memoryStore();
    const drafts = new Drafts(jsonStore(backend, 'd:'), { timers: manualTimers() });
    drafts.set('form:name', 'Ana');
    drafts.set('form:message', 'Hi');
    drafts.flush();
    expect(new Drafts(jsonStore(backend, 'd:')).get('form:name')).toBe('Ana');
    drafts.clear('form:message');
    const reloaded = new Drafts(jsonStore(backend, 'd:'));
    expect(reloaded.get('form:message')).toBe('');
    expect(reloaded.get('form:name')).toBe('Ana');
  });

  it('clearAll leaves nothing in storage', () => {
    const backend = memoryStore();
    const drafts = new Drafts(jsonStore(backend, 'd:'), { timers: manualTimers() });
    drafts.set('reply:thread:1', 'x');
    drafts.clearAll();
    expect(backend.getItem('d:drafts')).toBeNull();
  });

  it('keeps working when storage throws (quota, blocked storage)', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const drafts = new Drafts(jsonStore(broken, 'd:'), { timers: manualTimers() });
    drafts.set('form:message', 'still here');
    drafts.flush();
    expect(drafts.get('form:message')).toBe('still here');
  });
});
