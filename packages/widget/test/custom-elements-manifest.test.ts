import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { path: string }[];
};

describe('custom-elements.json', () => {
  it('lists its modules sorted by path, so every build writes the same file', () => {
    const paths = manifest.modules.map((module) => module.path);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths).toEqual([...paths].sort());
    expect(paths).not.toContain('src/core/outbox.test.ts');
  });
});
