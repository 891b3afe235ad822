/**
 * Benchmark 3, the reference server under load: requests per second and p99 latency of public
 * config, thread list and message create with 50 concurrent connections (autocannon, in a child
 * process so it does not share the server's event loop), against a bare `node:http` server answering
 * the same JSON; and the server's memory before and after 10 000 requests, with 500 open SSE clients
 * and after they close.
 */
import { execFile, fork } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { routes } from '@helpdock/sdk/schemas';
import { addThreads, login, startReference, userId } from './lib/reference.js';
import { type Figure, figure, isMain, ratioAtLeast, ratioAtMost, runAlone } from './lib/report.js';
import { sleep } from './lib/stats.js';

const BENCH = 'server-load';
const CONNECTIONS = 50;
const DURATION_S = 5;
const SSE_CLIENTS = 500;
const MEMORY_REQUESTS = 10_000;
const AUTOCANNON = fileURLToPath(import.meta.resolve('autocannon/autocannon.js'));
const SSE_CLIENTS_SCRIPT = fileURLToPath(new URL('./lib/sse-clients.mjs', import.meta.url));
const UPLOADERS_SCRIPT = fileURLToPath(new URL('./lib/uploaders.mjs', import.meta.url));
/** Concurrent 10 MiB uploads, and how many each uploader sends at most per round (memory bound). */
const UPLOADERS = 2;
const UPLOADS_EACH = 8;
const UPLOAD_ROUNDS = 2;

/** One endpoint to load: method, path, headers and body (the same for both servers). */
interface Endpoint {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What autocannon reports that this benchmark uses. */
interface LoadResult {
  rps: number;
  p99: number;
  p50: number;
  requests: number;
  failures: number;
  /**
   * CPU time this process (where both servers run) spent per request during the load, in µs: what a
   * request costs the server, much steadier on a shared machine than requests/s, which also
   * measures how much CPU the server was given.
   */
  cpuPerRequest: number;
}

/** Loads `url + endpoint.path` with autocannon in a child process, for `durationS` or `amount` requests. */
function load(
  url: string,
  endpoint: Endpoint,
  limit: { durationS?: number; amount?: number },
): Promise<LoadResult> {
  return loadWith(url, endpoint, { ...limit, connections: CONNECTIONS });
}

/** {@link load} with another number of connections. */
async function loadWith(
  url: string,
  endpoint: Endpoint,
  limit: { durationS?: number; amount?: number; connections: number },
): Promise<LoadResult> {
  const args = [AUTOCANNON, '-j', '-c', String(limit.connections), '-m', endpoint.method];
  if (limit.amount !== undefined) args.push('-a', String(limit.amount));
  else args.push('-d', String(limit.durationS ?? DURATION_S));
  for (const [name, value] of Object.entries(endpoint.headers)) args.push('-H', `${name}=${value}`);
  if (endpoint.body !== undefined) args.push('-b', endpoint.body);
  args.push(`${url}${endpoint.path}`);
  const cpuBefore = process.cpuUsage();
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    timeout: 120_000,
    maxBuffer: 16 << 20,
  });
  const cpu = process.cpuUsage(cpuBefore);
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuPerRequest: (cpu.user + cpu.system) / Math.max(1, result.requests.total),
  };
}

/** A bare `node:http` server answering each endpoint's path with the JSON the reference server gave. */
async function bareServer(
  bodies: Map<string, { status: number; json: string }>,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const answer = bodies.get(`${req.method} ${path}`);
    req.resume();
    req.on('end', () => {
      if (!answer) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.json);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function throughput(): Promise<Figure[]> {
  const { reference, server, url } = await startReference();
  let bare: { url: string; server: Server } | undefined;
  try {
    const opsId = userId(reference, 'ops@acme.test');
    const [replyThread] = addThreads(reference, 100, { authorUserId: opsId });
    const token = await login(url, 'ops@acme.test');
    const auth = { authorization: `Bearer ${token}` };
    const endpoints: Endpoint[] = [
      {
        label: 'public config',
        method: 'GET',
        path: routes.publicConfig.path,
        headers: { 'x-site-key': 'pk_acme_demo' },
      },
      { label: 'thread list (20)', method: 'GET', path: routes.listThreads.path, headers: auth },
      {
        label: 'message create',
        method: 'POST',
        path: `/api/support/threads/${replyThread}/messages`,
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ message_text: 'Thanks, we are on it.' }),
      },
    ];
    const bodies = new Map<string, { status: number; json: string }>();
    for (const endpoint of endpoints) {
      const response = await fetch(`${url}${endpoint.path}`, {
        method: endpoint.method,
        headers: endpoint.headers,
        body: endpoint.body,
      });
      bodies.set(`${endpoint.method} ${endpoint.path}`, {
        status: response.status,
        json: await response.text(),
      });
    }
    bare = await bareServer(bodies);
    const figures: Figure[] = [];
    for (const endpoint of endpoints) {
      await load(url, endpoint, { durationS: 1 });
      await load(bare.url, endpoint, { durationS: 1 });
      const ours = await load(url, endpoint, { durationS: DURATION_S });
      const limit = await load(bare.url, endpoint, { durationS: DURATION_S });
      const note = `${CONNECTIONS} connections, ${DURATION_S} s each; ${ours.requests} requests, ${ours.failures} failed; p50 ${ours.p50} ms (bare ${limit.p50} ms)`;
      figures.push(
        figure(
          BENCH,
          `${endpoint.label}: requests/s`,
          ours.rps,
          'req/s',
          { name: 'bare node:http', value: limit.rps },
          { note, target: ratioAtLeast(0.5) },
        ),
        figure(
          BENCH,
          `${endpoint.label}: p99 latency`,
          ours.p99,
          'ms',
          { name: 'bare node:http', value: limit.p99 },
          { note, target: ratioAtMost(2) },
        ),
        figure(
          BENCH,
          `${endpoint.label}: server CPU per request`,
          ours.cpuPerRequest,
          'µs',
          { name: 'bare node:http', value: limit.cpuPerRequest },
          {
            note: 'process CPU time (user + system) during the load / requests served',
            target: ratioAtMost(2),
          },
        ),
      );
    }
    return figures;
  } finally {
    await new Promise<void>((resolve) => (bare ? bare.server.close(() => resolve()) : resolve()));
    bare?.server.closeAllConnections();
    await server.close();
  }
}

/**
 * What response validation costs: server CPU per request (and requests/s) of two reference servers,
 * one with `validateResponses: false`, loaded one after the other, on the thread list (the same
 * answer every time: checked once, then remembered) and on message create (a new answer each time).
 */
async function validationCost(): Promise<Figure[]> {
  const servers = [await startReference(), await startReference({ validateResponses: false })];
  try {
    const targets = await Promise.all(
      servers.map(async ({ reference, url }) => {
        const [thread] = addThreads(reference, 1, { authorUserId: userId(reference, 'ops@acme.test') });
        const authorization = `Bearer ${await login(url, 'ops@acme.test')}`;
        const list: Endpoint = {
          label: 'thread list (20)',
          method: 'GET',
          path: routes.listThreads.path,
          headers: { authorization },
        };
        const create: Endpoint = {
          label: 'message create',
          method: 'POST',
          path: `/api/support/threads/${thread}/messages`,
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify({ message_text: 'Thanks, we are on it.' }),
        };
        return { url, endpoints: [list, create] };
      }),
    );
    const figures: Figure[] = [];
    for (const index of [0, 1]) {
      const results: LoadResult[] = [];
      for (const { url, endpoints } of targets)
        await load(url, endpoints[index] as Endpoint, { durationS: 1 });
      for (const { url, endpoints } of targets)
        results.push(await load(url, endpoints[index] as Endpoint, { durationS: DURATION_S }));
      const [withChecks, without] = results as [LoadResult, LoadResult];
      const label = targets[0]?.endpoints[index]?.label;
      figures.push(
        figure(
          BENCH,
          `${label}, response validation on: server CPU per request`,
          withChecks.cpuPerRequest,
          'µs',
          { name: 'response validation off', value: without.cpuPerRequest },
          {
            note: `requests/s ${Math.round(withChecks.rps)} on, ${Math.round(without.rps)} off; p99 ${withChecks.p99} ms on, ${without.p99} ms off`,
          },
        ),
      );
    }
    return figures;
  } finally {
    for (const { server } of servers) await server.close();
  }
}

/** One round: public-config p99 (10 connections) idle, then while 10 MiB uploads run, on a fresh server. */
async function uploadRound(): Promise<{ idle: LoadResult; busy: LoadResult; uploads: string }> {
  const { server, url } = await startReference();
  try {
    const token = await login(url, 'alice@acme.test');
    const config: Endpoint = {
      label: 'public config',
      method: 'GET',
      path: routes.publicConfig.path,
      headers: { 'x-site-key': 'pk_acme_demo' },
    };
    const light = (durationS: number) => loadWith(url, config, { durationS, connections: 10 });
    await light(1);
    const idle = await light(DURATION_S);
    const child = fork(
      UPLOADERS_SCRIPT,
      [
        `${url}${routes.uploadAttachment.path}`,
        `Bearer ${token}`,
        String(UPLOADERS),
        String(UPLOADS_EACH),
        '60000',
      ],
      { stdio: 'ignore' },
    );
    const report = new Promise<{ uploads: number; failed: number; ms: number }>((resolve) =>
      child.on('message', (message) => {
        if (typeof message === 'object') resolve(message as { uploads: number; failed: number; ms: number });
      }),
    );
    await sleep(300);
    const busy = await light(DURATION_S);
    // The uploaders may have sent all theirs already (and exited).
    if (child.connected) child.send('close');
    const done = await report;
    return { idle, busy, uploads: `${done.uploads} uploads (${done.failed} failed) in ${done.ms} ms` };
  } finally {
    await server.close();
  }
}

/** p99 of unrelated requests while 10 MiB uploads run against the same requests idle. */
async function uploadStall(): Promise<Figure[]> {
  const rounds: Awaited<ReturnType<typeof uploadRound>>[] = [];
  for (let i = 0; i < UPLOAD_ROUNDS; i++) rounds.push(await uploadRound());
  const worst = (pick: (r: (typeof rounds)[number]) => number) => Math.max(...rounds.map(pick));
  return [
    figure(
      BENCH,
      `public config p99 while ${UPLOADERS} × 10 MiB uploads run`,
      worst((r) => r.busy.p99),
      'ms',
      { name: 'idle p99', value: worst((r) => r.idle.p99) },
      {
        target: ratioAtMost(2),
        note: `10 connections, ${DURATION_S} s, worst of ${UPLOAD_ROUNDS} rounds; p99 busy ${rounds.map((r) => r.busy.p99).join(', ')} ms, idle ${rounds.map((r) => r.idle.p99).join(', ')} ms; ${rounds.map((r) => r.uploads).join('; ')}`,
      },
    ),
  ];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** heapUsed and rss in MiB after a full collection (twice, so finalizers have run). */
async function memory(): Promise<{ heap: number; rss: number }> {
  for (let i = 0; i < 2; i++) {
    gc?.();
    await sleep(50);
  }
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed / 2 ** 20, rss: rss / 2 ** 20 };
}

/** Waits (bounded) until `check` holds. */
async function until(check: () => boolean, limitMs: number): Promise<boolean> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > limitMs) return false;
    await sleep(25);
  }
  return true;
}

async function memoryGrowth(): Promise<Figure[]> {
  if (!gc) return [];
  const { reference, server, url } = await startReference();
  try {
    const token = await login(url, 'ops@acme.test');
    const list: Endpoint = {
      label: 'thread list',
      method: 'GET',
      path: routes.listThreads.path,
      headers: { authorization: `Bearer ${token}` },
    };
    await load(url, list, { amount: 1_000 });
    const before = await memory();
    const burst = await load(url, list, { amount: MEMORY_REQUESTS });
    const afterRequests = await memory();
    const aliceToken = await login(url, 'alice@acme.test');
    const streamKey = 'customer:ten_acme:cus_alice';
    const child = fork(
      SSE_CLIENTS_SCRIPT,
      [`${url}/api/customers/me/events`, `Bearer ${aliceToken}`, String(SSE_CLIENTS), '60000'],
      {
        stdio: 'ignore',
      },
    );
    const opened = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 30_000);
      child.once('message', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    const subscribers = reference.store.events.subscriberCount(streamKey);
    const withStreams = await memory();
    child.send('close');
    const closed = await until(() => reference.store.events.subscriberCount(streamKey) === 0, 15_000);
    await new Promise<void>((resolve) =>
      child.exitCode === null ? child.once('exit', () => resolve()) : resolve(),
    );
    const afterClose = await memory();
    const base = { name: 'heap before (after 1 000 warm-up requests)', value: before.heap };
    const note = `heapUsed after global.gc(); rss ${before.rss.toFixed(0)} → ${afterRequests.rss.toFixed(0)} → ${withStreams.rss.toFixed(0)} → ${afterClose.rss.toFixed(0)} MiB`;
    return [
      figure(BENCH, `heap after ${MEMORY_REQUESTS} thread-list requests`, afterRequests.heap, 'MiB', base, {
        target: ratioAtMost(1.1),
        note: `${burst.failures} failed; ${note}`,
      }),
      figure(BENCH, `heap with ${SSE_CLIENTS} open SSE clients`, withStreams.heap, 'MiB', base, {
        note: `${opened ? subscribers : 'not all'} streams open; ${note}`,
      }),
      figure(BENCH, 'heap after the SSE clients closed', afterClose.heap, 'MiB', base, {
        target: ratioAtMost(1.1),
        note: `${closed ? 'every' : 'NOT every'} subscriber gone; ${note}`,
      }),
    ];
  } finally {
    await server.close();
  }
}

/** Runs benchmark 3 and returns its figures (memory only when node runs with --expose-gc). */
export async function run(): Promise<Figure[]> {
  const figures = [...(await throughput()), ...(await validationCost()), ...(await uploadStall())];
  if (!gc) console.warn('server-load: memory figures skipped (run node with --expose-gc)');
  return [...figures, ...(await memoryGrowth())];
}

if (isMain(import.meta.url)) await runAlone(BENCH, run);
