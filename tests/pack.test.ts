/**
 * The published packages, as a user gets them: packed from the build (`npm test` builds first),
 * linted, type-checked, installed into an empty project and loaded from ESM and CommonJS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackage, type PackageCheck, PUBLISHED_PACKAGES } from '../scripts/release-check-lib.mjs';

type CheckResult = PackageCheck;

const workDir = mkdtempSync(join(tmpdir(), 'helpdock-pack-test-'));
const project = join(workDir, 'project');
const results = new Map<string, CheckResult>();

/** Runs Node in the install project and returns its JSON output. */
const runNode = (args: string[]): unknown => {
  const result = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
};

/** Export names and their `typeof`, from `import()` (ESM) or `require()` (CJS). */
const exportsOf = (specifier: string, loader: 'esm' | 'cjs'): Record<string, string> => {
  const summary = 'Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v]))';
  return loader === 'esm'
    ? (runNode([
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(${summary}));`,
      ]) as Record<string, string>)
    : (runNode([
        '-e',
        `const m = require(${JSON.stringify(specifier)}); console.log(JSON.stringify(${summary}));`,
      ]) as Record<string, string>);
};

beforeAll(async () => {
  const tarballs = join(workDir, 'tarballs');
  mkdirSync(tarballs);
  for (const pkg of PUBLISHED_PACKAGES) results.set(pkg.name, await checkPackage(pkg, tarballs));

  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'helpdock-consumer', private: true }));
  const install = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-package-lock',
      ...[...results.values()].map((r) => r.tarball),
    ],
    { cwd: project, encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`npm install of the tarballs failed:\n${install.stderr}`);
}, 180_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.each(PUBLISHED_PACKAGES)('$name tarball', (pkg) => {
  const result = () => results.get(pkg.name)!;

  it('ships its build and its package.json, and no sources or tests', () => {
    const { files } = result();
    expect(files).toContain('package.json');
    expect(files.some((file) => file.startsWith('dist/'))).toBe(true);
    expect(files.filter((file) => /^(src|test|e2e)\//.test(file))).toEqual([]);
  });

  it('has no publint errors', () => {
    expect(result().publintErrors).toEqual([]);
  });

  it(`has types that resolve (attw, ${pkg.attwProfile} profile)`, () => {
    expect(result().typeProblems).toEqual([]);
  });
});

describe('installed from the tarballs into an empty project', () => {
  const entryPoints = [
    '@helpdock/sdk',
    '@helpdock/sdk/lite',
    '@helpdock/sdk/advanced',
    '@helpdock/sdk/schemas',
    '@helpdock/mock-server',
  ];

  it.each(entryPoints)('%s loads from ESM and CommonJS with the same exports', (specifier) => {
    const esm = exportsOf(specifier, 'esm');
    const cjs = exportsOf(specifier, 'cjs');
    expect(cjs).toEqual(esm);
  });

  it('@helpdock/sdk/schemas exposes the route table and the error envelope', () => {
    for (const loader of ['esm', 'cjs'] as const) {
      expect(exportsOf('@helpdock/sdk/schemas', loader)).toMatchObject({
        routes: 'object',
        routeList: 'object',
        ErrorEnvelope: 'object',
      });
    }
  });

  it('@helpdock/sdk/chatwoot and @helpdock/sdk/whatsapp resolve from ESM and CommonJS', () => {
    for (const specifier of ['@helpdock/sdk/chatwoot', '@helpdock/sdk/whatsapp']) {
      expect(exportsOf(specifier, 'cjs')).toEqual(exportsOf(specifier, 'esm'));
    }
  });

  it('@helpdock/sdk/identity signs the same user token from ESM and CommonJS', () => {
    const sign =
      "m.signIdentityToken('secret', { sub: 'u1', email: 'u1@example.com', issuedAt: new Date(0) })" +
      '.then((token) => console.log(JSON.stringify(token)))';
    const esm = runNode([
      '--input-type=module',
      '-e',
      `const m = await import('@helpdock/sdk/identity'); ${sign};`,
    ]);
    const cjs = runNode(['-e', `const m = require('@helpdock/sdk/identity'); ${sign};`]);
    expect(esm).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(cjs).toBe(esm);
  });

  it('@helpdock/mock-server installs its helpdock-mock command', () => {
    expect(existsSync(join(project, 'node_modules', '.bin', 'helpdock-mock'))).toBe(true);
  });

  it('@helpdock/widget resolves and ships the one-script-tag build', () => {
    const resolved = runNode([
      '--input-type=module',
      '-e',
      "console.log(JSON.stringify(import.meta.resolve('@helpdock/widget')))",
    ]) as string;
    expect(resolved).toMatch(/node_modules\/@helpdock\/widget\/dist\/index\.js$/);
    expect(existsSync(join(project, 'node_modules', '@helpdock', 'widget', 'dist', 'helpdock.js'))).toBe(
      true,
    );
  });
});
