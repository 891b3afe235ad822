/**
 * `npm run bench`: runs every benchmark in sequence (node --expose-gc, packages from source through
 * tsx), prints one table, writes `bench/results.json` and the results block of `bench/README.md`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { run as growth } from './growth.js';
import { run as inbox } from './inbox.js';
import { type Figure, formatMarkdown, formatTable, machine, writeResults } from './lib/report.js';
import { run as lighthouse } from './lighthouse.js';
import { run as sdkOverhead } from './sdk-overhead.js';
import { run as serverLoad } from './server-load.js';
import { run as sse } from './sse.js';
import { run as widget } from './widget.js';

const RESULTS = new URL('./results.json', import.meta.url);
const README = new URL('./README.md', import.meta.url);
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

const benches: [string, () => Promise<Figure[]>][] = [
  ['sdk-overhead', sdkOverhead],
  ['sse', sse],
  ['server-load', serverLoad],
  ['growth', growth],
  ['widget', widget],
  ['inbox', inbox],
  ['lighthouse', lighthouse],
];

const started = performance.now();
const figures: Figure[] = [];
for (const [name, run] of benches) {
  const t0 = performance.now();
  process.stdout.write(`${name}… `);
  try {
    figures.push(...(await run()));
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.log('failed');
    console.error(error);
    process.exitCode = 1;
  }
}
const durationS = Math.round((performance.now() - started) / 100) / 10;
console.log(`\n${formatTable(figures)}\n`);
for (const f of figures.filter((f) => f.note)) console.log(`- ${f.bench} / ${f.name}: ${f.note}`);
await writeResults(RESULTS.pathname, figures, durationS);
const m = machine();
const block = [
  START,
  `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${durationS} s: Node ${m.node}, ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.platform}.`,
  '',
  formatMarkdown(figures),
  END,
].join('\n');
const readme = await readFile(README, 'utf8').catch(() => `${START}\n${END}\n`);
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from >= 0 && to > from)
  await writeFile(README, `${readme.slice(0, from)}${block}${readme.slice(to + END.length)}`);
console.log(
  `\n${figures.length} figures in ${durationS} s; ${figures.filter((f) => f.target && !f.target.met).length} targets missed. Written bench/results.json and bench/README.md.`,
);
