import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { formatNumber, formatRatio } from './stats.js';

/** A target and whether this run met it. */
export interface Target {
  /** What was aimed for, e.g. `≤ 1.15×` or `≤ 1 ms`. */
  text: string;
  met: boolean;
}

/** One measured figure, with the baseline it is compared with (measured in the same run). */
export interface Figure {
  /** The benchmark module, e.g. `sdk-overhead`. */
  bench: string;
  /** What was measured, e.g. `retrieve thread: HelpdockClient (median)`. */
  name: string;
  value: number;
  unit: string;
  /** The reference measured in the same run, e.g. bare `fetch`. */
  baseline?: { name: string; value: number } | undefined;
  /** `value / baseline.value`. */
  ratio?: number | undefined;
  target?: Target | undefined;
  /** Anything a reader needs to read the figure right (sample count, caveats). */
  note?: string | undefined;
}

/**
 * Builds a {@link Figure}, computing its ratio to the baseline.
 *
 * @example
 * ```ts
 * figure('sdk-overhead', 'list 100: HelpdockClient', 2.1, 'ms', { name: 'bare fetch', value: 1.9 });
 * ```
 */
export function figure(
  bench: string,
  name: string,
  value: number,
  unit: string,
  baseline?: { name: string; value: number },
  extra: { target?: (ratio: number, value: number) => Target; note?: string } = {},
): Figure {
  const ratio = baseline ? value / baseline.value : undefined;
  return {
    bench,
    name,
    value,
    unit,
    baseline,
    ratio,
    target: extra.target?.(ratio ?? Number.NaN, value),
    note: extra.note,
  };
}

/** Target: the ratio is at most `max`. */
export const ratioAtMost =
  (max: number) =>
  (ratio: number): Target => ({ text: `≤ ${max}×`, met: ratio <= max });

/** Target: the ratio is at least `min`. */
export const ratioAtLeast =
  (min: number) =>
  (ratio: number): Target => ({ text: `≥ ${min}×`, met: ratio >= min });

/** Target: the value itself is at most `max` `unit`. */
export const valueAtMost =
  (max: number, unit: string) =>
  (_ratio: number, value: number): Target => ({ text: `≤ ${max} ${unit}`, met: value <= max });

/** The figures as a fixed-width text table (one line per figure). */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.bench,
    f.name,
    `${formatNumber(f.value)} ${f.unit}`,
    f.baseline ? `${formatNumber(f.baseline.value)} ${f.unit} (${f.baseline.name})` : '',
    f.ratio === undefined ? '' : formatRatio(f.ratio),
    f.target ? `${f.target.text} ${f.target.met ? 'met' : 'MISSED'}` : '',
  ]);
  const header = ['bench', 'figure', 'value', 'baseline (same run)', 'ratio', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The figures as a Markdown table. */
export function formatMarkdown(figures: readonly Figure[]): string {
  const escapeCell = (text: string) => text.replaceAll('|', '\\|');
  const lines = [
    '| Bench | Figure | Value | Baseline (same run) | Ratio | Target |',
    '| --- | --- | ---: | --- | ---: | --- |',
  ];
  for (const f of figures) {
    lines.push(
      `| ${f.bench} | ${escapeCell(f.name)} | ${formatNumber(f.value)} ${f.unit} | ${
        f.baseline ? `${formatNumber(f.baseline.value)} ${f.unit} (${escapeCell(f.baseline.name)})` : ''
      } | ${f.ratio === undefined ? '' : formatRatio(f.ratio)} | ${
        f.target ? `${f.target.text} ${f.target.met ? 'met' : '**missed**'}` : ''
      } |`,
    );
  }
  return lines.join('\n');
}

/** The machine a run was made on. */
export interface Machine {
  node: string;
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  platform: string;
}

/** Node version, core count, memory and the CPU model from /proc/cpuinfo. */
export function machine(): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) cpuModel = match[1].trim();
  } catch {
    // not Linux: keep the os module's answer
  }
  return {
    node: process.version,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpuModel,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** Writes `results.json`: when, where, how long, and every figure. */
export async function writeResults(
  path: string,
  figures: readonly Figure[],
  durationS: number,
): Promise<void> {
  const body = { date: new Date().toISOString(), durationS, machine: machine(), figures };
  await writeFile(path, `${JSON.stringify(body, null, 2)}\n`);
}

/** True when the module at `moduleUrl` is the script node was started with (`npx tsx bench/x.ts`). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(entry).href;
}

/** Runs one benchmark module on its own: prints its table and exits non-zero on a crash. */
export async function runAlone(name: string, run: () => Promise<Figure[]>): Promise<void> {
  const started = performance.now();
  try {
    const figures = await run();
    console.log(formatTable(figures));
    console.log(`\n${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
