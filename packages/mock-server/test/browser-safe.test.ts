import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const NODE_ONLY = new Set(builtinModules);

/** Static imports and re-exports of a module (dynamic `import()` is how node-only code is reached lazily). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
    if (match[1]) specifiers.push(match[1]);
  }
  return specifiers;
}

/** Every module statically reachable from `entry`, and the bare packages they import. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('browser safety', () => {
  it('reaches no Node built-in from the package entry (so setupWorker can run the handlers)', () => {
    const { files, packages } = reachable(resolve(SRC, 'index.ts'));
    const nodeOnly = [...packages].filter((name) => name.startsWith('node:') || NODE_ONLY.has(name));
    expect(nodeOnly).toEqual([]);
    expect([...files].some((file) => file.includes('/http/') || file.endsWith('/cli.ts'))).toBe(false);
    expect(files.size).toBeGreaterThan(20);
  });

  it('uses no Node-only global in the modules the browser loads (a top-level Buffer stops the bundle loading)', () => {
    const nodeGlobal = /\b(?:Buffer|setImmediate|__dirname|__filename)\b/;
    const uses = [...reachable(resolve(SRC, 'index.ts')).files].filter((file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      return nodeGlobal.test(code);
    });
    expect(uses).toEqual([]);
  });
});
