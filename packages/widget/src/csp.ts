/**
 * Makes zod (bundled for the SDK's answer validation) skip its `new Function` speed-up. Zod probes
 * for `eval` support when it builds its first object schema; under a CSP without `'unsafe-eval'`
 * the probe throws and is caught, but the browser still reports a `securitypolicyviolation`.
 *
 * Zod keeps its settings on `globalThis.__zod_globalConfig`, so this module imports nothing and
 * is imported first by the script-tag build: it has to run before zod's own modules do. A value a
 * host page already chose is left alone.
 * @packageDocumentation
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless ??= true;
