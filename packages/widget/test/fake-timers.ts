import type { Timers } from '../src/core/timers.js';

/** Hand-driven timers: `advance(ms)` runs every callback that falls due. */
export function manualTimers(start = 1_000_000): Timers & { advance(ms: number): void; pending(): number } {
  let now = start;
  let next = 1;
  const tasks = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = next++;
      tasks.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      tasks.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...tasks.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        tasks.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    pending: () => tasks.size,
  };
}
