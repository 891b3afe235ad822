/**
 * Benchmark 5, the widget: gzipped sizes of the script-tag loader (`helpdock.js`, what every
 * visitor downloads up front) and of the panel bundle it loads on intent (`helpdock-panel.js`)
 * against their budgets, the loader against Lit alone; and, in headless Chromium, the time from
 * the loader arriving to the launcher painted and from a first click (panel not loaded yet) to
 * the panel interactive, against a page with a bare `<button>`.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { startReference } from './lib/reference.js';
import { type Figure, figure, isMain, ratioAtMost, runAlone, valueAtMost } from './lib/report.js';
import { median } from './lib/stats.js';

const BENCH = 'widget';
const LOADER = new URL('../packages/widget/dist/helpdock.js', import.meta.url);
const PANEL = new URL('../packages/widget/dist/helpdock-panel.js', import.meta.url);
/** The budgets of `packages/widget/.size-limit.json` (kB there; shown here in KB as the table was). */
const LOADER_BUDGET_KB = 6;
const PANEL_BUDGET_KB = 45;
const RUNS = 10;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Longest wait for one page to reach a state. */
const STEP_TIMEOUT_MS = 15_000;

const kb = (bytes: number) => bytes / 1024;

async function sizes(): Promise<Figure[]> {
  const loader = gzipSync(await readFile(LOADER), { level: 9 }).byteLength;
  const panel = gzipSync(await readFile(PANEL), { level: 9 }).byteLength;
  const lit = await build({
    stdin: { contents: "export * from 'lit';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'Lit',
    write: false,
    logLevel: 'silent',
  });
  const litGz = gzipSync(lit.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).byteLength;
  return [
    figure(
      BENCH,
      'helpdock.js (loader, up front) gzipped',
      kb(loader),
      'KB',
      { name: 'budget', value: LOADER_BUDGET_KB },
      { target: valueAtMost(LOADER_BUDGET_KB, 'KB') },
    ),
    figure(BENCH, 'helpdock.js (loader) gzipped vs Lit alone', kb(loader), 'KB', {
      name: 'lit, esbuild minified',
      value: kb(litGz),
    }),
    figure(
      BENCH,
      'helpdock-panel.js (on intent) gzipped',
      kb(panel),
      'KB',
      { name: 'budget', value: PANEL_BUDGET_KB },
      { target: valueAtMost(PANEL_BUDGET_KB, 'KB') },
    ),
  ];
}

/**
 * The two pages differ only in their script: the baseline's adds a bare `<button>` opening a bare
 * panel with an input, the other is the bubble's script tag (`helpdock.js` as the reference server
 * serves it). Both are served from the reference server's origin, no stylesheet of their own.
 */
const benchPage = (script: string) =>
  `<!doctype html><html><head><title>Bench</title></head><body><h1>Bench</h1>${script}</body></html>`;
const BARE_PAGE = benchPage('<script src="/bench-button.js" async></script>');
const WIDGET_PAGE = benchPage('<script src="/helpdock.js" data-site-key="pk_acme_demo" async></script>');
const BARE_SCRIPT = `
const button = document.createElement('button');
button.textContent = 'Help';
button.setAttribute('part', 'launcher');
button.addEventListener('click', () => {
  const panel = document.createElement('div');
  panel.setAttribute('part', 'panel');
  panel.innerHTML = '<form part="form"><input aria-label="Name"><button part="submit">Send</button></form>';
  document.body.append(panel);
});
document.body.append(button);`;

/**
 * In-page lookup of the first `[part~=launcher]`/`panel`/`form` in the page or any open shadow
 * root: the loader draws its launcher in a shadow root of its own inside `<helpdock-bubble>`, the
 * bubble in its shadow root once it has loaded, the bare page in the document.
 */
const DEEP_QUERY = `const deep = (selector, root = document) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && deep(selector, el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const root = () => ({ querySelector: (selector) => deep(selector) });`;

/**
 * In-page probe: finds the launcher (`part~=launcher`) and reports the frame it is first painted
 * in, relative to the script's arrival (resource timing).
 */
const LAUNCHER_PROBE = `(scriptPath) => new Promise((resolve, reject) => {
  ${DEEP_QUERY}
  const visible = (el) => !!el && el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden';
  const deadline = performance.now() + ${STEP_TIMEOUT_MS};
  const tick = () => {
    const launcher = root().querySelector('[part~="launcher"]');
    if (visible(launcher)) {
      // The next frame's callback runs after this frame was painted.
      requestAnimationFrame(() => {
        const painted = performance.now();
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(scriptPath));
        resolve(painted - (entry ? entry.responseEnd : 0));
      });
      return;
    }
    if (performance.now() > deadline) reject(new Error('launcher never painted'));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

/**
 * In-page probe: clicks the launcher and reports when the panel's form is painted and usable. For
 * the bubble this is a cold click: the panel bundle is fetched, parsed and takes over first.
 */
const PANEL_PROBE = `() => new Promise((resolve, reject) => {
  ${DEEP_QUERY}
  const visible = (el) => !!el && el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden';
  const start = performance.now();
  root().querySelector('[part~="launcher"]').click();
  const deadline = start + ${STEP_TIMEOUT_MS};
  const tick = () => {
    const panel = root().querySelector('[part~="panel"]');
    const form = root().querySelector('[part~="form"]');
    const field = form?.querySelector('input, textarea');
    if (visible(panel) && visible(form) && field && !field.disabled) {
      requestAnimationFrame(() => resolve(performance.now() - start));
      return;
    }
    if (performance.now() > deadline) reject(new Error('panel never became interactive'));
    else requestAnimationFrame(tick);
  };
  tick();
})`;

async function timings(browser: Browser, url: string): Promise<Figure[]> {
  const results = {
    widgetLoad: [] as number[],
    widgetOpen: [] as number[],
    bareLoad: [] as number[],
    bareOpen: [] as number[],
  };
  const failures: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const kind of ['widget', 'bare'] as const) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.route('**/bench-button.html', (route) =>
          route.fulfill({ contentType: 'text/html', body: BARE_PAGE }),
        );
        await page.route('**/bench-widget.html', (route) =>
          route.fulfill({ contentType: 'text/html', body: WIDGET_PAGE }),
        );
        await page.route('**/bench-button.js', (route) =>
          route.fulfill({ contentType: 'text/javascript', body: BARE_SCRIPT }),
        );
        const path = kind === 'widget' ? '/bench-widget.html' : '/bench-button.html';
        await page.goto(`${url}${path}`, { timeout: STEP_TIMEOUT_MS });
        const load = (await page.evaluate(
          `(${LAUNCHER_PROBE})(${JSON.stringify(kind === 'widget' ? '/helpdock.js' : '/bench-button.js')})`,
        )) as number;
        const open = (await page.evaluate(`(${PANEL_PROBE})()`)) as number;
        results[kind === 'widget' ? 'widgetLoad' : 'bareLoad'].push(load);
        results[kind === 'widget' ? 'widgetOpen' : 'bareOpen'].push(open);
      } catch (error) {
        failures.push(`${kind}: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
    }
  }
  const note = `median of ${results.widgetLoad.length} fresh pages${failures.length ? `; failures: ${[...new Set(failures)].join('; ')}` : ''}`;
  return [
    figure(
      BENCH,
      'script arrived → launcher painted',
      median(results.widgetLoad),
      'ms',
      { name: 'bare <button>', value: median(results.bareLoad) },
      { note, target: ratioAtMost(1.2) },
    ),
    figure(
      BENCH,
      'first click → panel interactive (panel bundle loaded on that click)',
      median(results.widgetOpen),
      'ms',
      { name: 'bare <button>', value: median(results.bareOpen) },
      { note },
    ),
  ];
}

/** Runs benchmark 5 and returns its figures (needs `npm run build` first for the bundle). */
export async function run(): Promise<Figure[]> {
  const figures = await sizes();
  const { server, url } = await startReference();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    return [...figures, ...(await timings(browser, url))];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (isMain(import.meta.url)) await runAlone(BENCH, run);
