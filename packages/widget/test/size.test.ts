import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import filePlugin from '@size-limit/file';
import sizeLimit from 'size-limit';
import { describe, expect, it } from 'vitest';

const widgetDir = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${widgetDir}dist/helpdock.js`;

interface SizeCheck {
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

describe('script-tag bundle size (run `npm run build` first)', () => {
  const checks = JSON.parse(readFileSync(`${widgetDir}.size-limit.json`, 'utf8')) as SizeCheck[];

  it.each(checks)('$path stays within $limit gzipped', async (check) => {
    expect(existsSync(bundle), 'dist/helpdock.js is missing: run `npm run build`').toBe(true);
    const [result] = (await sizeLimit([filePlugin], {
      checks: [{ files: [`${widgetDir}${check.path}`], gzip: check.gzip ?? true, brotli: false }],
    })) as { size: number }[];
    expect(result!.size).toBeGreaterThan(1000);
    expect(result!.size).toBeLessThanOrEqual(parseLimit(check.limit));
  });
});
