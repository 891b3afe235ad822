/**
 * Writes a file generated from the route table, or with `--check` only compares it and exits
 * non-zero when the committed copy is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Writes `text` to `file` (or, with `--check` on the command line, verifies that it is already there). */
export function writeOrCheck(file: URL, text: string): void {
  const target = fileURLToPath(file);
  if (!process.argv.includes('--check')) {
    writeFileSync(target, text);
    console.log(`Wrote ${target}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is simply stale.
  }
  if (current !== text) {
    console.error(`${target} is out of date: run \`npm run openapi\`.`);
    process.exitCode = 1;
    return;
  }
  console.log(`${target} is up to date.`);
}
