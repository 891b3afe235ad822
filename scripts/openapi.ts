/**
 * `npm run openapi`: writes `docs/openapi.json` from the route table. With `--check` it only
 * compares, and exits non-zero when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './openapi-document.js';

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
const text = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply stale.
  }
  if (current !== text) {
    console.error('docs/openapi.json is out of date: run `npm run openapi`.');
    process.exit(1);
  }
  console.log('docs/openapi.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
