import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROUTE_SPECS_FILE, renderRouteSpecs } from '../../../scripts/route-specs-source.js';
import { routeRefs } from '../src/advanced.js';
import { routeList, routes } from '../src/schemas/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const generated = fileURLToPath(ROUTE_SPECS_FILE);

/** Every TypeScript source of the repository outside tests, node_modules and builds. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', 'dist', 'test', 'e2e'].includes(entry.name) ? [] : sources(path);
    }
    return /\.(ts|mts|mjs)$/.test(entry.name) && path !== generated ? [path] : [];
  });
}

describe('the route table', () => {
  it('has a committed lite table that matches the definitions (run `npm run openapi` when this fails)', () => {
    expect(readFileSync(generated, 'utf8')).toBe(renderRouteSpecs());
  });

  it('sends from the same method, path, auth and status the definitions say', () => {
    for (const [name, def] of Object.entries(routes)) {
      const ref = routeRefs[name as keyof typeof routeRefs];
      expect(ref).toEqual({
        id: def.id,
        method: def.method,
        path: def.path,
        auth: def.auth,
        bodyType: def.bodyType,
        responseKind: def.responseKind,
        status: def.status,
      });
    }
  });

  it('writes each route path once in all sources', () => {
    const files = ['packages', 'examples', 'scripts', 'bench'].flatMap((dir) => sources(join(root, dir)));
    const texts = files.map((file) => [relative(root, file), readFileSync(file, 'utf8')] as const);
    for (const { path } of routeList) {
      const places = texts.filter(([, text]) => text.includes(`'${path}'`)).map(([file]) => file);
      expect(places, path).toHaveLength(1);
    }
  });
});
