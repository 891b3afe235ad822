import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import filePlugin from '@size-limit/file';
import sizeLimit from 'size-limit';
import { describe, expect, it } from 'vitest';

const widgetDir = fileURLToPath(new URL('..', import.meta.url));

interface SizeCheck {
  name: string;
  path: string;
  limit: string;
  gzip?: boolean;
}

/** `"30 kB"` → 30000 (size-limit's units: kB = 1000 bytes). */
function parseLimit(limit: string): number {
  const match = /^([\d.]+)\s*(B|kB|KB|MB)$/.exec(limit.trim());
  if (!match) throw new Error(`Unreadable size limit: ${limit}`);
  const factor = { B: 1, kB: 1000, KB: 1000, MB: 1_000_000 }[match[2] as 'B' | 'kB' | 'KB' | 'MB'];
  return Number(match[1]) * factor;
}

describe('script-tag bundle sizes (run `npm run build` first)', () => {
  const checks = JSON.parse(readFileSync(`${widgetDir}.size-limit.json`, 'utf8')) as SizeCheck[];

  it('budgets the loader and the panel separately, the loader far under the 30 kB promise', () => {
    const limit = (path: string) => parseLimit(checks.find((check) => check.path === path)!.limit);
    expect(limit('dist/helpdock.js')).toBeLessThanOrEqual(6000);
    expect(limit('dist/helpdock-panel.js')).toBeGreaterThan(0);
  });

  it('keeps Lit out of the loader: it is in the panel bundle only', () => {
    // Lit registers its version in this global; the marker survives minification.
    const read = (file: string) => readFileSync(`${widgetDir}dist/${file}`, 'utf8');
    expect(read('helpdock.js')).not.toContain('litElementVersions');
    expect(read('helpdock-panel.js')).toContain('litElementVersions');
  });

  it.each(checks)('$name stays within $limit gzipped', async (check) => {
    const bundle = `${widgetDir}${check.path}`;
    expect(existsSync(bundle), `${check.path} is missing: run \`npm run build\``).toBe(true);
    const [result] = (await sizeLimit([filePlugin], {
      checks: [{ files: [`${widgetDir}${check.path}`], gzip: check.gzip ?? true, brotli: false }],
    })) as { size: number }[];
    expect(result!.size).toBeGreaterThan(1000);
    expect(result!.size).toBeLessThanOrEqual(parseLimit(check.limit));
  });
});
