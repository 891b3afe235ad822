/**
 * Benchmark 6, Lighthouse: the performance score and Total Blocking Time of a plain page with and
 * without the bubble's one script tag (served by the reference server, another origin, as a
 * third-party widget is), Lighthouse's mobile defaults, the system Chromium, median of 5 runs each,
 * interleaved. Only 127.0.0.1 is contacted.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startReference } from './lib/reference.js';
import { type Figure, figure, isMain, ratioAtLeast, runAlone } from './lib/report.js';
import { median } from './lib/stats.js';

const BENCH = 'lighthouse';
const RUNS = 5;
const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A plain article page; `script` is the bubble's script tag, or nothing. */
const page = (script: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme help</title></head>
<body><main><h1>Where is my parcel?</h1>
${'<p>Parcels leave our warehouse within two working days. You get a tracking link by e-mail as soon as the carrier has it; most parcels arrive three to five days later.</p>\n'.repeat(6)}
</main>${script}</body></html>`;

/** Serves `/plain` and `/with-bubble` (the latter loading `helpdock.js` from `referenceUrl`). */
async function pageServer(referenceUrl: string): Promise<{ url: string; server: Server }> {
  const pages: Record<string, string> = {
    '/plain': page(''),
    '/with-bubble': page(
      `<script src="${referenceUrl}/helpdock.js" data-api-base="${referenceUrl}" data-site-key="pk_acme_demo" async></script>`,
    ),
  };
  const server = createServer((req, res) => {
    const html = pages[req.url ?? ''];
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** One Lighthouse run (performance only): score 0–100 and TBT in ms. */
async function audit(url: string, port: number): Promise<{ score: number; tbt: number }> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
  };
}

/** Runs benchmark 6 (needs `npm run build` first for `helpdock.js`). */
export async function run(): Promise<Figure[]> {
  const { server: reference, url: referenceUrl } = await startReference();
  const pages = await pageServer(referenceUrl);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const plain = { score: [] as number[], tbt: [] as number[] };
    const bubble = { score: [] as number[], tbt: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      for (const [path, into] of [
        ['/plain', plain],
        ['/with-bubble', bubble],
      ] as const) {
        const { score, tbt } = await audit(`${pages.url}${path}`, chrome.port);
        into.score.push(score);
        into.tbt.push(tbt);
      }
    }
    const note = (what: 'score' | 'tbt') =>
      `median of ${RUNS} (mobile defaults, simulated throttling); with bubble ${bubble[what].join(', ')}; plain ${plain[what].join(', ')}`;
    return [
      figure(
        BENCH,
        'performance score, page with the bubble',
        median(bubble.score),
        'points',
        { name: 'same page without it', value: median(plain.score) },
        {
          target: ratioAtLeast(1),
          note: `${median(plain.score) - median(bubble.score)} points lost; ${note('score')}`,
        },
      ),
      figure(
        BENCH,
        'Total Blocking Time, page with the bubble',
        median(bubble.tbt),
        'ms',
        { name: 'same page without it', value: median(plain.tbt) },
        { note: note('tbt') },
      ),
    ];
  } finally {
    chrome.kill();
    await new Promise<void>((resolve) => pages.server.close(() => resolve()));
    await reference.close();
  }
}

if (isMain(import.meta.url)) await runAlone(BENCH, run);
