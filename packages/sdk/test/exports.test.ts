/**
 * The SDK's public surface, entry by entry: every exported name (`type` marks names that exist only
 * for TypeScript). Adding or removing an export changes the snapshot, so it is a conscious choice:
 * review the diff, then run `npx vitest run packages/sdk/test/exports.test.ts -u`.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entries = {
  '@helpdock/sdk': { source: '../src/index.ts', load: () => import('../src/index.js') },
  '@helpdock/sdk/lite': { source: '../src/lite.ts', load: () => import('../src/lite.js') },
  '@helpdock/sdk/advanced': { source: '../src/advanced.ts', load: () => import('../src/advanced.js') },
  '@helpdock/sdk/schemas': {
    source: '../src/schemas/index.ts',
    load: () => import('../src/schemas/index.js'),
  },
  '@helpdock/sdk/chatwoot': {
    source: '../src/chatwoot/index.ts',
    load: () => import('../src/chatwoot/index.js'),
  },
  '@helpdock/sdk/whatsapp': {
    source: '../src/whatsapp/index.ts',
    load: () => import('../src/whatsapp/index.js'),
  },
  '@helpdock/sdk/identity': {
    source: '../src/identity/index.ts',
    load: () => import('../src/identity/index.js'),
  },
} as const;

const sourceOf = (entry: keyof typeof entries): string =>
  fileURLToPath(new URL(entries[entry].source, import.meta.url));

const program = ts.createProgram(
  Object.keys(entries).map((entry) => sourceOf(entry as keyof typeof entries)),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  },
);
const checker = program.getTypeChecker();

/** Every name a module exports, types included, as TypeScript sees it. */
function exportedNames(file: string): string[] {
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`TypeScript could not read ${file}`);
  return checker.getExportsOfModule(symbol).map((s) => s.getName());
}

describe('the SDK entry points export exactly the names in the snapshot', () => {
  it('matches exports.snapshot.json', async () => {
    const surface: Record<string, string[]> = {};
    for (const [entry, { load }] of Object.entries(entries)) {
      const runtime = new Set(Object.keys(await load()));
      const names = exportedNames(sourceOf(entry as keyof typeof entries));
      for (const name of runtime) expect(names, `${entry} exports ${name} at run time`).toContain(name);
      surface[entry] = names.map((name) => (runtime.has(name) ? name : `type ${name}`)).sort();
    }
    await expect(`${JSON.stringify(surface, null, 2)}\n`).toMatchFileSnapshot('./exports.snapshot.json');
  });
});
