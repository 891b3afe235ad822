#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { PortalBaseUrl } from '@helpdock/sdk/schemas';
import { createReferenceServer } from './reference-server.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './seed/demo.js';

const USAGE = `Usage: helpdock-mock [options]

Runs the Helpdock reference backend (the whole API contract, in memory).

Options:
  --port <n>          port to listen on, 0 for any free port (default 4010)
  --host <host>       address to bind (default 127.0.0.1)
  --seed <name>       demo | empty (default demo)
  --latency <ms>      delay every API call by this many milliseconds (default 0)
  --fault-rate <r>    share of API calls that fail with 503, 0..1 (default 0)
  --chatwoot-webhook <url>   where the emulated Chatwoot posts message_created webhooks
  --evolution-webhook <url>  where the emulated Evolution posts messages.upsert webhooks
                             (a WhatsApp user writes in: POST /__helpdock/evolution/incoming)
  --public-url <url>  origin used in pages and portal links (default: the URL listened on)
  --control-token <t> bearer token of the control API /__helpdock/* (default:
                      HELPDOCK_CONTROL_TOKEN, else a random one, printed below)
  --no-control        no control API at all
  -h, --help          show this help

For development and tests only: never run it in production or expose it to a network.
`;

/** Parsed and validated command-line options. */
interface CliOptions {
  port: number;
  host: string;
  seed: 'demo' | 'empty';
  latency: number;
  faultRate: number;
  chatwootWebhookUrl: string | undefined;
  evolutionWebhookUrl: string | undefined;
  publicUrl: string | undefined;
  /** The control token; undefined: the environment's or a random one; null: no control API. */
  controlToken: string | null | undefined;
}

/** An http(s) URL option, or undefined when it was not given. */
function webhookUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new Error(`--${name} must be an http(s) URL, got "${value}"`);
  }
  return value;
}

/** The origin given to --public-url: https, or http on localhost, as portal links must be (SPEC §3). */
function parsePublicUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--public-url must be an http(s) URL, got "${raw}"`);
  }
  if (!PortalBaseUrl.safeParse(url.origin).success || url.username || url.password)
    throw new Error(`--public-url must be an https URL (http only on localhost), got "${raw}"`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`--public-url must be an origin without a path, got "${raw}"`);
  return url.origin;
}

/** A control token given on the command line: 16–200 visible ASCII characters. */
function parseControlToken(raw: string): string {
  if (!/^[\x21-\x7e]{16,200}$/.test(raw))
    throw new Error('--control-token must be 16 to 200 visible ASCII characters');
  return raw;
}

function parseOptions(argv: string[]): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: 'demo' },
      latency: { type: 'string', default: '0' },
      'fault-rate': { type: 'string', default: '0' },
      'chatwoot-webhook': { type: 'string' },
      'evolution-webhook': { type: 'string' },
      'public-url': { type: 'string' },
      'control-token': { type: 'string' },
      'no-control': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535)
    throw new Error(`--port must be 0..65535, got "${values.port}"`);
  if (values.seed !== 'demo' && values.seed !== 'empty')
    throw new Error(`--seed must be demo or empty, got "${values.seed}"`);
  const latency = Number(values.latency);
  if (!/^\d+$/.test(values.latency) || latency > 60_000) {
    throw new Error(`--latency must be 0..60000 milliseconds, got "${values.latency}"`);
  }
  const faultRate = Number(values['fault-rate']);
  if (values['fault-rate'].trim() === '' || !Number.isFinite(faultRate) || faultRate < 0 || faultRate > 1) {
    throw new Error(`--fault-rate must be a number from 0 to 1, got "${values['fault-rate']}"`);
  }
  if (values.host.trim() === '') throw new Error('--host must not be empty');
  if (values['no-control'] && values['control-token'] !== undefined)
    throw new Error('--no-control and --control-token exclude each other');
  const controlToken = values['no-control']
    ? null
    : values['control-token'] === undefined
      ? undefined
      : parseControlToken(values['control-token']);
  const publicUrl = values['public-url'] === undefined ? undefined : parsePublicUrl(values['public-url']);
  return {
    port,
    host: values.host,
    seed: values.seed,
    latency,
    faultRate,
    publicUrl,
    controlToken,
    chatwootWebhookUrl: webhookUrl('chatwoot-webhook', values['chatwoot-webhook']),
    evolutionWebhookUrl: webhookUrl('evolution-webhook', values['evolution-webhook']),
  };
}

async function main(): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `helpdock-mock: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`,
    );
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const reference = createReferenceServer({
    seed: options.seed,
    faults: { rate: options.faultRate, latency_ms: options.latency },
    chatwootWebhookUrl: options.chatwootWebhookUrl,
    evolutionWebhookUrl: options.evolutionWebhookUrl,
  });
  const listening = await reference.listen({
    port: options.port,
    host: options.host,
    publicUrl: options.publicUrl,
    controlToken: options.controlToken,
  });
  const lines = [
    `Helpdock reference server listening on ${listening.url}`,
    'For development and tests only: never run it in production.',
  ];
  if (listening.publicUrl !== listening.url) lines.push(`Public URL: ${listening.publicUrl}`);
  if (options.seed === 'demo') {
    lines.push(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const login of DEMO_LOGINS)
      lines.push(`  ${login.email.padEnd(22)} ${login.role.padEnd(9)} ${login.tenant}`);
  }
  const base = listening.publicUrl;
  lines.push(
    `Landing page:        ${base}/  (the support bubble is on it)`,
    `Staff inbox:         ${base}/inbox`,
    `Customer dashboard:  ${base}/customer`,
    `Fresh portal link:   ${base}/portal/new`,
  );
  if (listening.controlToken === null) lines.push('Control API: off (--no-control)');
  else {
    lines.push(`Control API: ${listening.url}/__helpdock/ (send Authorization: Bearer <control token>)`);
    lines.push(`Control token: ${listening.controlToken}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Received ${signal}, stopping\n`);
    reference.store.events.closeAll();
    listening.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`helpdock-mock: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
