/**
 * The documentation stays true: the API guide is the render of the committed OpenAPI document,
 * the guides' code imports only names the packages really export, their links lead somewhere, and
 * TypeDoc builds the reference without a single warning (so an export without a doc comment fails).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HelpdockClient } from '@helpdock/sdk';
import { describe, expect, it } from 'vitest';
import { renderApiGuide, sdkCall } from '../docs/scripts/render-api.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const guidesDir = join(root, 'docs/guides');
const guideFiles = readdirSync(guidesDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(guidesDir, name));
const read = (path: string) => readFileSync(path, 'utf8');

/** The package entries the guides may import from, with their source files (for type-only names). */
const entries: Record<string, { load: () => Promise<Record<string, unknown>>; source: string }> = {
  '@helpdock/sdk': { load: () => import('@helpdock/sdk'), source: 'packages/sdk/src/index.ts' },
  '@helpdock/sdk/lite': { load: () => import('@helpdock/sdk/lite'), source: 'packages/sdk/src/lite.ts' },
  '@helpdock/sdk/advanced': {
    load: () => import('@helpdock/sdk/advanced'),
    source: 'packages/sdk/src/advanced.ts',
  },
  '@helpdock/sdk/schemas': {
    load: () => import('@helpdock/sdk/schemas'),
    source: 'packages/sdk/src/schemas/index.ts',
  },
  '@helpdock/sdk/chatwoot': {
    load: () => import('@helpdock/sdk/chatwoot'),
    source: 'packages/sdk/src/chatwoot/index.ts',
  },
  '@helpdock/sdk/whatsapp': {
    load: () => import('@helpdock/sdk/whatsapp'),
    source: 'packages/sdk/src/whatsapp/index.ts',
  },
  '@helpdock/sdk/identity': {
    load: () => import('@helpdock/sdk/identity'),
    source: 'packages/sdk/src/identity/index.ts',
  },
  '@helpdock/mock-server': {
    load: () => import('@helpdock/mock-server'),
    source: 'packages/mock-server/src/index.ts',
  },
  '@helpdock/widget': { load: () => import('@helpdock/widget'), source: 'packages/widget/src/index.ts' },
};

/** A module's source with the sources it re-exports wholesale (`export * from './x.js'`), for type names. */
function exportedSource(file: string, seen = new Set<string>()): string {
  if (seen.has(file) || !existsSync(file)) return '';
  seen.add(file);
  const text = read(file);
  const nested = [...text.matchAll(/export\s+(?:type\s+)?\*\s+from\s+'(\.[^']+)'/g)].map(([, target = '']) =>
    exportedSource(resolve(dirname(file), target.replace(/\.js$/, '.ts')), seen),
  );
  return [text, ...nested].join('\n');
}

/** Every `import … from '@helpdock/…'` in the guides' code blocks: the names and whether type-only. */
function importedNames(): { guide: string; module: string; name: string; typeOnly: boolean }[] {
  const found: { guide: string; module: string; name: string; typeOnly: boolean }[] = [];
  const statement = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(@helpdock\/[^']+)'/g;
  for (const file of guideFiles) {
    for (const match of read(file).matchAll(statement)) {
      const [, typeKeyword, list = '', module = ''] = match;
      for (const raw of list.split(',')) {
        const part = raw.trim();
        if (!part) continue;
        const typeOnly = Boolean(typeKeyword) || part.startsWith('type ');
        const name = part
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0]!
          .trim();
        found.push({ guide: file.slice(root.length + 1), module, name, typeOnly });
      }
    }
  }
  return found;
}

describe('the API guide', () => {
  it('is the render of docs/openapi.json (run `npx tsx docs/scripts/render-api.ts` after `npm run openapi`)', () => {
    expect(read(join(guidesDir, 'api.md'))).toBe(renderApiGuide());
  });

  it('names SDK methods that exist for every route', () => {
    const openapi = JSON.parse(read(join(root, 'docs/openapi.json'))) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const client = new HelpdockClient({ baseUrl: 'http://helpdock.test' });
    const missing: string[] = [];
    for (const item of Object.values(openapi.paths)) {
      for (const op of Object.values(item)) {
        if (!op.operationId) continue;
        const call = sdkCall(op.operationId);
        const path = call.replace(/^client\./, '').replace(/\(\)$/, '');
        let target: unknown = client;
        for (const step of path.split('.')) {
          target =
            step === 'portal(token)'
              ? client.portal('token')
              : (target as Record<string, unknown> | undefined)?.[step];
        }
        if (typeof target !== 'function') missing.push(call);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the guides', () => {
  it('are all part of the TypeDoc site', () => {
    const config = JSON.parse(read(join(root, 'typedoc.json'))) as { projectDocuments: string[] };
    const listed = config.projectDocuments.map((path) => join(root, path)).sort();
    expect(listed).toEqual([...guideFiles].sort());
  });

  it('import only names the packages export', async () => {
    const imports = importedNames();
    expect(imports.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const { guide, module, name, typeOnly } of imports) {
      const entry = entries[module];
      if (!entry) {
        wrong.push(`${guide}: unknown entry ${module}`);
        continue;
      }
      const exported = typeOnly
        ? new RegExp(
            `\\b(?:type|interface|class|const|function)\\s+${name}\\b|[{,]\\s*(?:type\\s+)?${name}\\s*[,}]`,
          ).test(exportedSource(join(root, entry.source))) || name in (await entry.load())
        : name in (await entry.load());
      if (!exported) wrong.push(`${guide}: ${name} is not exported by ${module}`);
    }
    expect(wrong).toEqual([]);
  });

  it('link only to files that exist', () => {
    const broken: string[] = [];
    for (const file of guideFiles) {
      for (const [, target = ''] of read(file).matchAll(
        /\]\((?!https?:|#|mailto:)([^)\s#]+)(?:#[^)]*)?\)/g,
      )) {
        if (!existsSync(resolve(dirname(file), target)))
          broken.push(`${file.slice(root.length + 1)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the API reference (TypeDoc)', () => {
  it('builds without a warning: every export is documented and every link resolves', () => {
    // A full build into a scratch directory: some link problems only show while rendering. Warnings
    // are not fatal here, so one run lists every problem instead of stopping at the first package.
    const out = mkdtempSync(join(tmpdir(), 'helpdock-typedoc-'));
    try {
      const result = spawnSync(
        process.execPath,
        [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', out, '--treatWarningsAsErrors', 'false'],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
          timeout: 280_000,
        },
      );
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes.
      const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
      const problems = output
        .split('\n')
        .filter((line) => /\[(warning|error)\]|error TS\d+/.test(line))
        .filter((line) => !/Found \d+ errors? and \d+ warnings?/.test(line));
      expect(problems, 'TypeDoc warnings (document or export these)').toEqual([]);
      expect(result.status, output.slice(-2000)).toBe(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
