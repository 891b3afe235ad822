/**
 * Packaging checks shared by `npm run release:check` and `tests/pack.test.ts`: pack a built
 * package exactly as `npm publish` would, lint the tarball with publint, and check its types with
 * Are the Types Wrong? under the resolution modes the package claims to support.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {object} PublishedPackage
 * @property {string} name npm name
 * @property {string} dir folder, relative to the repository root
 * @property {'node16' | 'esm-only'} attwProfile which resolution modes must type-check:
 *   `node16` skips only pre-`exports` resolvers (node10, which cannot see subpath exports);
 *   `esm-only` also skips `require()` from CommonJS, for packages published as ESM only.
 * @property {string[]} attwExclude entry points that are not modules with types (a classic script)
 */

/** @type {PublishedPackage[]} The packages this repository publishes. */
export const PUBLISHED_PACKAGES = [
  { name: '@helpdock/sdk', dir: 'packages/sdk', attwProfile: 'node16', attwExclude: [] },
  { name: '@helpdock/mock-server', dir: 'packages/mock-server', attwProfile: 'node16', attwExclude: [] },
  // `helpdock.js` and the full-page bundles are IIFE builds: loaded by <script>, never imported with types.
  {
    name: '@helpdock/widget',
    dir: 'packages/widget',
    attwProfile: 'esm-only',
    attwExclude: [
      './helpdock.js',
      './helpdock-panel.js',
      './helpdock-inbox.js',
      './helpdock-portal.js',
      './helpdock-customer-portal.js',
    ],
  },
];

/** Resolution kinds each attw profile leaves out (the same sets as attw's own `--profile`). */
const IGNORED_RESOLUTIONS = { node16: ['node10'], 'esm-only': ['node10', 'node16-cjs'] };

/**
 * Throws unless the package has been built (`npm run build`): packing sources-only would publish an
 * empty package, so a missing `dist/` is an error, never a reason to skip.
 * @param {PublishedPackage} pkg
 */
export const assertBuilt = (pkg) => {
  const dist = join(repoRoot, pkg.dir, 'dist');
  if (!existsSync(dist))
    throw new Error(`${pkg.name} is not built (${dist} is missing): run \`npm run build\`.`);
};

/**
 * Packs a package with `npm pack` into `destination`.
 * @param {PublishedPackage} pkg
 * @param {string} destination
 * @returns {{ tarball: string, files: string[] }} the tarball's path and the files it holds
 */
export const packPackage = (pkg, destination) => {
  const result = spawnSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: join(repoRoot, pkg.dir),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm pack failed for ${pkg.name}:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout);
  return { tarball: join(destination, info.filename), files: info.files.map((file) => file.path) };
};

/**
 * Lints a packed tarball with publint.
 * @param {string} tarball
 * @returns {Promise<{ type: 'error' | 'warning' | 'suggestion', text: string }[]>}
 */
export const lintTarball = async (tarball) => {
  const { messages, pkg } = await publint({
    pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer },
  });
  return messages.map((message) => ({
    type: message.type,
    text: formatMessage(message, pkg, { color: false }),
  }));
};

/**
 * Checks a packed tarball's types with Are the Types Wrong? (`attw`).
 * @param {PublishedPackage} pkg
 * @param {string} tarball
 * @returns {string[]} one line per problem; empty when the types resolve everywhere they must
 */
export const checkTypes = (pkg, tarball) => {
  const args = ['--format', 'json', '--profile', pkg.attwProfile];
  if (pkg.attwExclude.length > 0) args.push('--exclude-entrypoints', ...pkg.attwExclude);
  const attw = join(repoRoot, 'node_modules', '.bin', 'attw');
  const result = spawnSync(attw, [tarball, ...args], { cwd: repoRoot, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    return [`attw did not report (exit code ${result.status}): ${result.stderr.trim()}`];
  }
  const ignored = IGNORED_RESOLUTIONS[pkg.attwProfile];
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((problem) => !ignored.includes(problem.resolutionKind))
    .map((problem) =>
      [problem.kind, problem.entrypoint, problem.resolutionKind]
        .filter((part) => part !== undefined)
        .join(' '),
    );
  if (problems.length === 0 && result.status !== 0) {
    return [`attw exited with code ${result.status}: ${result.stderr.trim()}`];
  }
  return problems;
};

/**
 * Packs and checks one package.
 * @param {PublishedPackage} pkg
 * @param {string} destination where the tarball goes
 */
export const checkPackage = async (pkg, destination) => {
  assertBuilt(pkg);
  const { tarball, files } = packPackage(pkg, destination);
  const lint = await lintTarball(tarball);
  return {
    pkg,
    tarball,
    files,
    publintErrors: lint.filter((message) => message.type === 'error').map((message) => message.text),
    publintWarnings: lint.filter((message) => message.type !== 'error').map((message) => message.text),
    typeProblems: checkTypes(pkg, tarball),
  };
};
