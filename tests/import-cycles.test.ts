/**
 * No import circles in any package: a circle makes module load order matter (a class used before
 * its module ran) and means the modules have no layering a newcomer could follow. The test walks
 * the relative imports (`import`/`export … from`, type-only ones included, since they tie modules
 * together just the same) of every `packages/<name>/src` TypeScript file and prints each circle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const specifierPattern = /(?:^|[;\s])(?:import|export)\s[^'"`;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const bareImportPattern = /(?:^|[;\s])import\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The files a source file imports relatively, resolved from `./x.js` to `x.ts` (or `x/index.ts`). */
function relativeImports(file: string, known: Set<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(specifierPattern), ...text.matchAll(bareImportPattern)].map(
    (match) => match[1] as string,
  );
  return specifiers.flatMap((specifier) => {
    const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => known.has(path));
    return target === undefined ? [] : [target];
  });
}

/** The import graph's circles: one shortest loop per strongly connected component (Tarjan). */
function findCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = graph.get(node)?.includes(node) ?? false;
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components.map((component) => shortestLoop(graph, component));
}

/** A shortest path from the component's first file back to itself, staying inside the component. */
function shortestLoop(graph: Map<string, string[]>, component: string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0] as string;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [node];
        while (loop[0] !== start) loop.unshift(previous.get(loop[0] as string) as string);
        return [...loop, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}

const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir).filter((name) => {
  try {
    return statSync(join(packagesDir, name, 'src')).isDirectory();
  } catch {
    return false;
  }
});

describe('import circles', () => {
  it('the walker finds a circle and names its files in order', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it.each(packages)('packages/%s/src has none', (name) => {
    const files = sourceFiles(join(packagesDir, name, 'src'));
    const known = new Set(files);
    const graph = new Map(files.map((file) => [file, relativeImports(file, known)]));
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => relative(root, file)).join('\n  → '));
    expect(cycles, `import circles:\n  ${cycles.join('\n\n  ')}`).toEqual([]);
  });
});
