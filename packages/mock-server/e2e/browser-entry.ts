import { setupWorker } from 'msw/browser';
import { createManualClock, createReferenceServer } from '../src/index.js';

/** What the browser spec drives: the reference server's handlers inside a real page. */
const reference = createReferenceServer({ clock: createManualClock(), heartbeatMs: 100 });
const worker = setupWorker(...reference.handlers);

(globalThis as { helpdockMock?: unknown }).helpdockMock = {
  start: () =>
    worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      quiet: true,
      onUnhandledRequest: 'bypass',
    }),
  reference,
};
