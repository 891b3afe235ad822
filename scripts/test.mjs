#!/usr/bin/env node
/**
 * `npm test`: builds every package, runs vitest (unit, integration, contract, packaging) and then
 * Playwright (browser), and ends with one summary line, `N passed, N failed[, N skipped]`, summed
 * over both runners. The exit code is non-zero when a test failed, the build failed or a runner
 * crashed; a crash or a failed build counts as one failure so the summary never reads "0 failed"
 * for a red run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workDir = mkdtempSync(join(tmpdir(), 'helpdock-test-'));

/** Longest a runner may take, so a hung test still ends in a summary within CI's budget. */
const RUNNER_TIMEOUT_MS = 30 * 60_000;

/**
 * Runs a command from the repository root with the terminal attached.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {number} the exit code (1 when the process could not start, was killed or timed out)
 */
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    timeout: RUNNER_TIMEOUT_MS,
  });
  if (result.error) console.error(`${command} did not finish: ${result.error.message}`);
  return result.status ?? 1;
};

/**
 * A runner's own executable (not `npx`, so a timeout stops the runner itself).
 * @param {string} name
 */
const bin = (name) => join(root, 'node_modules', '.bin', name);

/**
 * Reads a runner's JSON report, or `undefined` when the runner died before writing it.
 * @param {string} file
 */
const readReport = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

/**
 * Lists the Playwright spec files (the same places `playwright.config.ts` looks).
 * @returns {string[]}
 */
const findSpecFiles = () => {
  const found = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.spec.ts')) found.push(path);
    }
  };
  for (const group of ['packages', 'examples']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const pkg of readdirSync(groupDir, { withFileTypes: true })) {
      const e2e = join(groupDir, pkg.name, 'e2e');
      if (pkg.isDirectory() && existsSync(e2e)) walk(e2e);
    }
  }
  return found;
};

/**
 * @typedef {{ name: string, passed: number, failed: number, skipped: number, note?: string }} Outcome
 */

/**
 * Turns an exit code and a report's counts into an outcome. A non-zero exit without a failing test
 * (no report, an unhandled error, a config error) is a crash and counts as one failure.
 * @param {string} name
 * @param {number} code
 * @param {{ passed: number, failed: number, skipped: number } | undefined} counts
 * @returns {Outcome}
 */
const outcome = (name, code, counts) => {
  if (!counts)
    return { name, passed: 0, failed: 1, skipped: 0, note: `crashed (exit code ${code}, no report)` };
  if (code !== 0 && counts.failed === 0) {
    return { name, ...counts, failed: 1, note: `exited with code ${code} without a failing test` };
  }
  return { name, ...counts };
};

/** @returns {Outcome} */
const runVitest = () => {
  const reportFile = join(workDir, 'vitest.json');
  const code = run(bin('vitest'), [
    'run',
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  const report = readReport(reportFile);
  if (!report) return outcome('vitest', code, undefined);
  // A file that fails to load has no failing test but is a failed suite: count it too.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return outcome('vitest', code, {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  });
};

/** @returns {Outcome} */
const runPlaywright = () => {
  if (findSpecFiles().length === 0) {
    return { name: 'playwright', passed: 0, failed: 0, skipped: 0, note: 'skipped: no e2e spec files yet' };
  }
  const reportFile = join(workDir, 'playwright.json');
  const code = run(bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile,
  });
  const report = readReport(reportFile);
  if (!report?.stats) return outcome('playwright', code, undefined);
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  // Top-level errors (a spec that does not load, a failing global setup) fail no test by themselves.
  const errors = (report.errors ?? []).length;
  return outcome('playwright', code, { passed: expected + flaky, failed: unexpected + errors, skipped });
};

/** @type {Outcome[]} */
const outcomes = [];
const buildCode = run('npm', ['run', 'build']);
if (buildCode !== 0) {
  outcomes.push({
    name: 'build',
    passed: 0,
    failed: 1,
    skipped: 0,
    note: `npm run build exited with ${buildCode}`,
  });
}
outcomes.push(runVitest(), runPlaywright());
rmSync(workDir, { recursive: true, force: true });

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\nTest summary');
for (const o of outcomes) {
  total.passed += o.passed;
  total.failed += o.failed;
  total.skipped += o.skipped;
  const counts = `${o.passed} passed, ${o.failed} failed, ${o.skipped} skipped`;
  console.log(`  ${o.name.padEnd(10)} ${counts}${o.note ? ` (${o.note})` : ''}`);
}
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exitCode = total.failed > 0 ? 1 : 0;
