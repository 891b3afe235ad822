/**
 * The package's public API is a deliberate choice: a test starts a server, drives its clock and
 * faults, and signs in with the demo data. A new export must be added here on purpose, with a
 * TSDoc comment (the docs test checks those), rather than leak out of the internals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@helpdock/mock-server exports', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEMO_CHATWOOT',
      'DEMO_EVOLUTION',
      'DEMO_LOGINS',
      'DEMO_PASSWORD',
      'DEMO_TENANTS',
      'Faults',
      'createManualClock',
      'createReferenceServer',
      'systemClock',
    ]);
  });

  it('exports exactly these type names', () => {
    const source = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    const inline = [...source.matchAll(/\btype (\w+)/g)].map((match) => match[1]);
    const lists = [...source.matchAll(/export type \{([^}]*)\}/g)].flatMap((match) =>
      (match[1] ?? '').split(',').map((name) => name.trim()),
    );
    const typeNames = [...inline, ...lists].filter(Boolean).sort();
    expect(typeNames).toEqual([
      'Clock',
      'FaultConfig',
      'ListenOptions',
      'ListeningServer',
      'ManualClock',
      'ReferenceServer',
      'ReferenceServerOptions',
      'SeedName',
    ]);
  });
});
