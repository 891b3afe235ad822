/**
 * Small statistics helpers for the benchmarks: every figure is a median (or a percentile) of
 * repeated samples, and every loop is bounded both in count and in time.
 */

/** The `p`-th percentile (0–100) of `samples`, by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

/**
 * The median of `samples`.
 *
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * ```
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The 99th percentile of `samples`. */
export const p99 = (samples: readonly number[]): number => percentile(samples, 99);

/** `value / baseline` rounded for display, e.g. `1.07×`. */
export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}

/** A number with a sensible count of significant digits for a table. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** How many times and for how long a measurement may run. */
export interface Bounds {
  /** Untimed calls first (JIT, caches, connections). */
  warmup: number;
  /** Most timed samples. */
  samples: number;
  /** Stop taking samples after this many ms (at least `minSamples` are still taken). */
  maxMs: number;
  /** Samples taken even past `maxMs` (default 5). */
  minSamples?: number;
}

/**
 * Times `variants` against each other: each round calls every variant once, in a rotating order,
 * so drift (a growing store, a neighbour's CPU load) hits them all alike. Returns the durations in ms
 * per variant name.
 *
 * @example
 * ```ts
 * const times = await interleave({ bare: () => fetch(url), sdk: () => client.get() }, { warmup: 20, samples: 200, maxMs: 10_000 });
 * median(times.sdk) / median(times.bare);
 * ```
 */
export async function interleave(
  variants: Record<string, () => unknown>,
  bounds: Bounds,
): Promise<Record<string, number[]>> {
  const names = Object.keys(variants);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < bounds.warmup; i++) for (const name of names) await variants[name]?.();
  const started = performance.now();
  const minSamples = bounds.minSamples ?? 5;
  for (let round = 0; round < bounds.samples; round++) {
    if (round >= minSamples && performance.now() - started > bounds.maxMs) break;
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length] as string;
      const t0 = performance.now();
      await variants[name]?.();
      times[name]?.push(performance.now() - t0);
    }
  }
  return times;
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
