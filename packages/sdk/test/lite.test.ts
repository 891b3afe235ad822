import { createReferenceServer, type ReferenceServer } from '@helpdock/mock-server';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HelpdockClient, InputValidationError, UnprocessableEntityError } from '../src/index.js';
import { HelpdockLiteClient } from '../src/lite.js';

let reference: ReferenceServer;
let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  reference = createReferenceServer({ seed: 'demo' });
  ({ url: baseUrl, close } = await reference.listen({ port: 0, host: '127.0.0.1' }));
});
afterAll(() => close());

describe('HelpdockLiteClient', () => {
  it('talks to the same API with the same typed results', async () => {
    const client = new HelpdockLiteClient({ baseUrl, siteKey: 'pk_acme_demo' });
    const config = await client.public.config();
    expect(config.support_bubble_enabled).toBe(true);
    await client.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    const page = await client.support.threads.list({ limit: 2 });
    expect(page.data).toHaveLength(2);
  });

  it('leaves input checks to the server, which answers with the same typed 422', async () => {
    const lite = new HelpdockLiteClient({ baseUrl });
    await lite.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    const error = await lite.support.threads
      .create({ subject: '', initial_message: 'hi' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).not.toBeInstanceOf(InputValidationError);
    expect((error as UnprocessableEntityError).details?.map((d) => d.path)).toContain('subject');

    const full = new HelpdockClient({ baseUrl });
    await full.auth.login({ email: 'ops@acme.test', password: 'helpdock-demo' });
    const local = await full.support.threads.create({ subject: '', initial_message: 'hi' }).catch((e) => e);
    expect(local).toBeInstanceOf(InputValidationError);
  });

  it('bundles without zod or ky, so the widget can stay small', async () => {
    const bundle = async (entry: string) => {
      const result = await build({
        stdin: { contents: entry, resolveDir: new URL('../src', import.meta.url).pathname, loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      // The files whose code ends up in the bundle (a tree-shaken import is parsed but adds no bytes).
      const [output] = Object.values(result.metafile.outputs);
      return Object.entries(output!.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([file]) => file);
    };
    const lite = await bundle("export { HelpdockLiteClient } from './lite.ts';");
    expect(lite.some((file) => file.includes('node_modules/zod/'))).toBe(false);
    expect(lite.some((file) => file.includes('node_modules/ky/'))).toBe(false);
    const bareCore = await bundle(
      "export { HelpdockCore } from './advanced.ts'; export { PublicSupport } from './lite.ts';",
    );
    expect(bareCore.some((file) => file.includes('node_modules/zod/'))).toBe(false);
    const full = await bundle("export { HelpdockClient } from './index.ts';");
    expect(full.some((file) => file.includes('node_modules/zod/'))).toBe(true);
    // The validating client sends with fetch too: ky only comes with `kyTransport`, when asked for.
    expect(full.some((file) => file.includes('node_modules/ky/'))).toBe(false);
  });
});
