import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * One vitest run for the whole repository: package unit/integration tests, repo-level tests
 * (contract, packaging) and example tests. Imports of `@helpdock/*` resolve to the sources, so
 * unit tests need no build; only `tests/pack.test.ts` reads the built `dist/`.
 */
export default defineConfig({
  resolve: {
    // Subpath aliases come first and the bare package names are anchored, so that
    // `@helpdock/sdk/schemas` never falls through to the `@helpdock/sdk` entry.
    alias: [
      { find: /^@helpdock\/sdk\/schemas$/, replacement: source('./packages/sdk/src/schemas/index.ts') },
      { find: /^@helpdock\/sdk\/chatwoot$/, replacement: source('./packages/sdk/src/chatwoot/index.ts') },
      { find: /^@helpdock\/sdk\/whatsapp$/, replacement: source('./packages/sdk/src/whatsapp/index.ts') },
      { find: /^@helpdock\/sdk\/advanced$/, replacement: source('./packages/sdk/src/advanced.ts') },
      { find: /^@helpdock\/sdk\/identity$/, replacement: source('./packages/sdk/src/identity/index.ts') },
      { find: /^@helpdock\/sdk\/lite$/, replacement: source('./packages/sdk/src/lite.ts') },
      { find: /^@helpdock\/sdk$/, replacement: source('./packages/sdk/src/index.ts') },
      { find: /^@helpdock\/mock-server$/, replacement: source('./packages/mock-server/src/index.ts') },
      { find: /^@helpdock\/widget\/inbox$/, replacement: source('./packages/widget/src/inbox/index.ts') },
      { find: /^@helpdock\/widget$/, replacement: source('./packages/widget/src/index.ts') },
    ],
  },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'packages/widget/src/**/*.test.ts',
      'tests/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**', '**/e2e/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The machine has two cores shared with the browser tests: two forks keep it responsive.
    pool: 'forks',
    maxWorkers: 2,
  },
});
