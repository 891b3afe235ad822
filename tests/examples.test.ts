/**
 * The Node examples do what their READMEs promise, against a real reference server: the staff CLI's
 * reply and portal link work for the customer, and the WhatsApp bridge moves one conversation between
 * the emulated Evolution and Chatwoot exactly once. Each README's one command is run as written.
 */
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReferenceServer, type ListeningServer } from '@helpdock/mock-server';
import { HelpdockClient } from '@helpdock/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runStaffSession } from '../examples/node-staff-cli/src/staff.js';
import { playConversation, startBridgeDemo } from '../examples/whatsapp-bridge/src/demo.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command from the repository root; resolves with its exit code and output. */
function run(
  command: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('examples/node-staff-cli', () => {
  let api: ListeningServer;
  beforeAll(async () => {
    api = await createReferenceServer({ seed: 'demo' }).listen({ port: 0 });
  });
  afterEach(async () => {
    await fetch(`${api.url}/__helpdock/reset`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${api.controlToken}` },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('replies on the newest open thread and issues a portal link the customer can use', async () => {
    const lines: string[] = [];
    const reply = 'A technician is on the way.';
    const result = await runStaffSession({
      baseUrl: api.url,
      email: 'ops@acme.test',
      password: 'helpdock-demo',
      reply,
      print: (line) => lines.push(line),
    });

    const staff = new HelpdockClient({ baseUrl: api.url });
    await staff.auth.login({ email: 'admin@acme.test', password: 'helpdock-demo' });
    const open = (await staff.support.threads.list({ status: 'OPEN', limit: 100 })).data;
    expect(result.openThreads.map((t) => t.id).sort()).toEqual(open.map((t) => t.id).sort());
    for (const thread of open) expect(lines.join('\n')).toContain(thread.subject);

    const threadId = result.threadId!;
    const thread = await staff.support.threads.retrieve(threadId);
    expect(thread.messages.at(-1)).toMatchObject({
      id: result.messageId,
      message_text: reply,
      author_type: 'INTERNAL',
    });
    expect((await staff.support.tokens.list({ thread_id: threadId })).data).toHaveLength(1);

    // The link works without an account and shows the reply.
    const token = new URL(result.portalUrl!).pathname.split('/').pop()!;
    const portal = await new HelpdockClient({ baseUrl: api.url }).portal(token).context();
    expect(portal.threads.map((t) => t.id)).toEqual([threadId]);
    expect(portal.threads[0]!.messages.map((m) => m.message_text)).toContain(reply);
    expect(lines.at(-1)).toContain(result.portalUrl);
  });

  it('runs with the README command against a given server', async () => {
    const { code, stdout } = await run('npm', [
      'start',
      '--silent',
      '-w',
      'examples/node-staff-cli',
      '--',
      '--url',
      api.url,
      '--message',
      'Checked from the README command',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Signed in as');
    expect(stdout).toMatch(/Replied on thr_\w+: "Checked from the README command"/);
    expect(stdout).toMatch(/Portal link \(valid until .+\): http\S+\/portal\/\S+/);
  }, 60_000);

  it('reports a wrong password as a typed error, without a stack trace', async () => {
    const { code, stderr } = await run('npm', [
      'start',
      '--silent',
      '-w',
      'examples/node-staff-cli',
      '--',
      '--url',
      api.url,
      '--password',
      'not-the-password',
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/Failed: .+ \(unauthorized, request \S+\)/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('examples/whatsapp-bridge', () => {
  it('moves one WhatsApp conversation through Chatwoot and back, once', async () => {
    const demo = await startBridgeDemo();
    try {
      const outcome = await playConversation(demo, () => {});
      expect(outcome.incoming).toMatchObject({ status: 200, body: { status: 'forwarded' } });
      expect(outcome.duplicate).toMatchObject({ status: 200, body: { status: 'duplicate' } });
      expect(outcome.wrongSecret.status).toBe(401);

      const chatwoot = (await (
        await fetch(`${demo.api.url}/__helpdock/chatwoot`, {
          headers: { Authorization: `Bearer ${demo.api.controlToken}` },
        })
      ).json()) as {
        contacts: { identifier: string | null; phone_number: string | null }[];
        conversations: { id: number; inbox_id: number; source_id: string }[];
        messages: { conversation_id: number; content: string; message_type: number }[];
      };
      expect(chatwoot.contacts).toEqual([
        expect.objectContaining({
          identifier: '5511987654321@s.whatsapp.net',
          phone_number: '+5511987654321',
        }),
      ]);
      expect(chatwoot.conversations).toEqual([
        expect.objectContaining({
          id: outcome.conversationId,
          inbox_id: 1,
          source_id: '5511987654321@s.whatsapp.net',
        }),
      ]);
      const incoming = chatwoot.messages.filter((m) => m.message_type === 0);
      expect(incoming.map((m) => m.content)).toEqual(['Olá, preciso de ajuda com meu pedido #12345']);

      expect(outcome.sentToWhatsapp).toEqual([
        { number: '5511987654321', text: 'Olá! Recebemos sua mensagem e estamos verificando seu pedido.' },
      ]);
    } finally {
      await demo.close();
    }
  });

  it('runs with the README command', async () => {
    const { code, stdout } = await run('npm', ['start', '--silent', '-w', 'examples/whatsapp-bridge']);
    expect(code).toBe(0);
    expect(stdout).toContain('"status":"forwarded"');
    expect(stdout).toContain('"status":"duplicate"');
    expect(stdout).toContain('Evolution sent to 5511987654321: "Olá! Recebemos sua mensagem');
    expect(stdout).toContain('bridge answered 401');
  }, 60_000);
});
