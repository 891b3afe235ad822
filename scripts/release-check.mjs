#!/usr/bin/env node
/**
 * `npm run release:check`: builds, packs every published package and checks each tarball with
 * publint and Are the Types Wrong?. Exits non-zero when a package has a publint error or a type
 * problem. `--skip-build` checks what is already in `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPackage, PUBLISHED_PACKAGES, repoRoot } from './release-check-lib.mjs';

if (!process.argv.includes('--skip-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Build failed: nothing to check.');
    process.exit(1);
  }
}

const destination = mkdtempSync(join(tmpdir(), 'helpdock-release-check-'));
let failures = 0;
try {
  for (const pkg of PUBLISHED_PACKAGES) {
    const result = await checkPackage(pkg, destination);
    const problems = [...result.publintErrors, ...result.typeProblems];
    failures += problems.length;
    console.log(`\n${pkg.name}: ${result.files.length} files, ${problems.length === 0 ? 'OK' : 'PROBLEMS'}`);
    for (const text of result.publintErrors) console.log(`  publint error: ${text}`);
    for (const text of result.publintWarnings) console.log(`  publint note: ${text}`);
    for (const text of result.typeProblems) console.log(`  attw (${pkg.attwProfile}): ${text}`);
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}
console.log(failures === 0 ? '\nAll packages are ready to publish.' : `\n${failures} packaging problem(s).`);
process.exitCode = failures === 0 ? 0 : 1;
