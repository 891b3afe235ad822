/**
 * Benchmark 6, the staff inbox: in headless Chromium, the time from navigation to the first page
 * of `<helpdock-inbox>` painted, and the time from a reply posted to its thread's row painted at
 * the top of the list (POST, staff stream, list update, render), with 10 000 threads on the server
 * and 1 000 rows loaded, against the demo data's handful of threads measured in the same run.
 */
import { type Browser, chromium } from 'playwright-core';
import { appendThreads, login, startReference } from './lib/reference.js';
import { type Figure, figure, isMain, ratioAtMost, runAlone } from './lib/report.js';
import { median } from './lib/stats.js';

const BENCH = 'inbox';
const THREADS = 10_000;
const LOADED_ROWS = 1_000;
const RUNS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'];
/** Longest wait for one page to reach a state. */
const STEP_TIMEOUT_MS = 30_000;

/** In-page probe: ms from navigation start to the first thread row painted. */
const FIRST_PAGE_PROBE = `() => new Promise((resolve, reject) => {
  const deadline = performance.now() + ${STEP_TIMEOUT_MS};
  const tick = () => {
    const row = document.querySelector('helpdock-inbox')?.shadowRoot?.querySelector('.thread');
    if (row) return requestAnimationFrame(() => resolve(performance.now()));
    if (performance.now() > deadline) reject(new Error('no row painted'));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

/** In-page probe: loads pages until `rows` rows are shown (or the list ends); resolves to the count. */
const LOAD_ROWS_PROBE = `(rows) => new Promise((resolve, reject) => {
  const root = () => document.querySelector('helpdock-inbox').shadowRoot;
  const deadline = performance.now() + ${STEP_TIMEOUT_MS};
  const tick = () => {
    const count = root().querySelectorAll('.thread').length;
    const more = root().querySelector('.load-more');
    if (count >= rows || !more) return resolve(count);
    if (performance.now() > deadline) return reject(new Error('rows never loaded'));
    if (!more.disabled) more.click();
    setTimeout(tick, 20);
  };
  tick();
})`;

/** In-page probe: replies on the lowest open row's thread, resolves when that row is painted first. */
const LIVE_UPDATE_PROBE = `(token) => new Promise((resolve, reject) => {
  const root = () => document.querySelector('helpdock-inbox').shadowRoot;
  // The lowest row that takes a reply (a closed thread answers 409).
  const rows = [...root().querySelectorAll('.thread')].filter((row) => !row.querySelector('.status-CLOSED'));
  const id = rows[rows.length - 1].dataset.id;
  const start = performance.now();
  fetch('/api/support/threads/' + id + '/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
    body: JSON.stringify({ message_text: 'Bench reply' }),
  }).catch(reject);
  const deadline = start + ${STEP_TIMEOUT_MS};
  const tick = () => {
    if (root().querySelector('.thread')?.dataset.id === id) return requestAnimationFrame(() => resolve(performance.now() - start));
    if (performance.now() > deadline) reject(new Error('row never moved'));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

interface Sample {
  firstPage: number[];
  liveUpdate: number[];
  rows: number;
}

async function sample(browser: Browser, url: string, rows: number, into: Sample): Promise<void> {
  const token = await login(url, 'ops@acme.test');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
      'helpdock.inbox.session',
      JSON.stringify({ token, email: 'ops@acme.test' }),
    ] as const);
    const page = await context.newPage();
    await page.goto(`${url}/inbox`, { timeout: STEP_TIMEOUT_MS });
    into.firstPage.push((await page.evaluate(`(${FIRST_PAGE_PROBE})()`)) as number);
    into.rows = (await page.evaluate(`(${LOAD_ROWS_PROBE})(${rows})`)) as number;
    // The stream is open once the inbox says so; a reply before that would be missed by design.
    await page.locator('helpdock-inbox .live.live').waitFor({ timeout: STEP_TIMEOUT_MS });
    into.liveUpdate.push((await page.evaluate(`(${LIVE_UPDATE_PROBE})(${JSON.stringify(token)})`)) as number);
  } finally {
    await context.close();
  }
}

/** Runs benchmark 6 and returns its figures (needs `npm run build` first for the inbox bundle). */
export async function run(): Promise<Figure[]> {
  const large = await startReference();
  // No thread is a customer's ticket: only the list size changes.
  appendThreads(large.reference, THREADS, { customerId: 'cus_alice', customerEvery: THREADS + 1 });
  const small = await startReference();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const big: Sample = { firstPage: [], liveUpdate: [], rows: 0 };
  const demo: Sample = { firstPage: [], liveUpdate: [], rows: 0 };
  try {
    for (let i = 0; i < RUNS; i++) {
      await sample(browser, large.url, LOADED_ROWS, big);
      await sample(browser, small.url, LOADED_ROWS, demo);
    }
  } finally {
    await browser.close();
    await large.server.close();
    await small.server.close();
  }
  const note = `median of ${RUNS} fresh pages, interleaved; ${big.rows} rows loaded vs ${demo.rows}`;
  return [
    figure(
      BENCH,
      `first page painted, ${THREADS.toLocaleString('en')} threads`,
      median(big.firstPage),
      'ms',
      { name: 'demo data (6 threads)', value: median(demo.firstPage) },
      { target: ratioAtMost(1.5), note },
    ),
    figure(
      BENCH,
      `reply → row on top, ${big.rows.toLocaleString('en')} rows loaded`,
      median(big.liveUpdate),
      'ms',
      { name: `demo data (${demo.rows} rows)`, value: median(demo.liveUpdate) },
      { target: ratioAtMost(2), note },
    ),
  ];
}

if (isMain(import.meta.url)) await runAlone(BENCH, run);
