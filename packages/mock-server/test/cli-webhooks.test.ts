/**
 * Seed 002's whole WhatsApp ↔ Chatwoot loop against the CLI alone (issue 18, item 8): the emulated
 * Evolution posts a WhatsApp user's message to the bridge (`--evolution-webhook`), the bridge files
 * it in the emulated Chatwoot, an agent's reply comes back to the bridge (`--chatwoot-webhook`) and
 * leaves through the emulated Evolution.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChatwootClient } from '@helpdock/sdk/chatwoot';
import { createWhatsappBridge, EvolutionClient, type FetchHandler } from '@helpdock/sdk/whatsapp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHATWOOT } from '../src/store/upstreams/chatwoot/seed.js';
import { DEMO_EVOLUTION } from '../src/store/upstreams/evolution.js';
import { type CliProcess, CONTROL_TOKEN, runCli, startCli } from './cli-process.js';
import { fetchResult } from './helpers.js';

const SECRET = 'cli-webhook-test-secret';

/** A Node server in front of a fetch handler that is mounted once the CLI's URL is known. */
async function startBridgeServer(): Promise<{
  url: string;
  mount(handler: FetchHandler): void;
  server: Server;
}> {
  let handler: FetchHandler | undefined;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
      method: req.method ?? 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
      body: Buffer.concat(chunks),
    });
    const response = handler ? await handler(request) : new Response(null, { status: 503 });
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/whatsapp?secret=${SECRET}`,
    mount: (h) => (handler = h),
    server,
  };
}

describe('helpdock-mock --chatwoot-webhook --evolution-webhook', () => {
  let cli: CliProcess;
  let bridge: Awaited<ReturnType<typeof startBridgeServer>>;

  beforeAll(async () => {
    bridge = await startBridgeServer();
    cli = await startCli([
      '--port',
      '0',
      '--chatwoot-webhook',
      bridge.url,
      '--evolution-webhook',
      bridge.url,
    ]);
    bridge.mount(
      createWhatsappBridge({
        chatwoot: new ChatwootClient({
          baseUrl: `${cli.url}/chatwoot`,
          apiAccessToken: DEMO_CHATWOOT.apiAccessToken,
        }),
        evolution: new EvolutionClient({ baseUrl: `${cli.url}/evolution`, apiKey: DEMO_EVOLUTION.apiKey }),
        accountId: DEMO_CHATWOOT.accountId,
        inboxId: DEMO_CHATWOOT.whatsappInboxId,
        instance: DEMO_EVOLUTION.instance,
        webhookSecret: SECRET,
      }),
    );
  });
  afterAll(async () => {
    await cli?.stop();
    await new Promise((resolve) => bridge?.server.close(resolve));
  });

  it('runs the WhatsApp ↔ Chatwoot loop through the bridge', async () => {
    const incoming = await fetchResult(cli.url, '/__helpdock/evolution/incoming', {
      token: CONTROL_TOKEN,
      json: { number: '+5511987654321', text: 'Olá, preciso de ajuda', name: 'João' },
    });
    expect(incoming.status).toBe(200);
    expect(incoming.body.delivery).toEqual({ status: 200, error: null });

    const chatwoot = (await fetchResult(cli.url, '/__helpdock/chatwoot', { token: CONTROL_TOKEN })).body;
    expect(chatwoot.messages).toEqual([
      expect.objectContaining({ content: 'Olá, preciso de ajuda', message_type: 0 }),
    ]);
    const conversationId = chatwoot.conversations[0].id as number;

    // The agent answers as in Chatwoot's UI: no message_type (outgoing by default).
    const reply = await fetchResult(
      cli.url,
      `/chatwoot/api/v1/accounts/1/conversations/${conversationId}/messages`,
      {
        headers: { api_access_token: DEMO_CHATWOOT.apiAccessToken },
        json: { content: 'Olá! Já verificamos.' },
      },
    );
    expect(reply.status).toBe(200);
    const evolution = (await fetchResult(cli.url, '/__helpdock/evolution', { token: CONTROL_TOKEN })).body;
    expect(evolution.sent).toEqual([
      expect.objectContaining({ number: '5511987654321', text: 'Olá! Já verificamos.' }),
    ]);
    expect(evolution.webhook_deliveries).toEqual([
      expect.objectContaining({ event: 'messages.upsert', status: 200 }),
    ]);
  });

  it('refuses a webhook that is not an http(s) URL', async () => {
    const result = await runCli(['--chatwoot-webhook', 'ftp://example.com/hook']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--chatwoot-webhook must be an http(s) URL');
    expect((await runCli(['--help'])).stdout).toContain('--evolution-webhook');
  });
});
