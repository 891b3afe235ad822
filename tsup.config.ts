import { readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';

/** One script per locale other than English: every `src/i18n/bundles/<locale>.ts` but the shared helper. */
const bundlesDir = 'packages/widget/src/i18n/bundles';
const localeBundles = readdirSync(bundlesDir)
  .filter((file) => file.endsWith('.ts') && file !== 'announce.ts')
  .map((file) => file.slice(0, -'.ts'.length));

/**
 * One build description per package. `npm run build` builds them in dependency order
 * (sdk → mock-server → widget) by passing `--env.HELPDOCK_BUILD <name>`.
 */
const library = (pkg: string, entry: Record<string, string>, extra: Options = {}): Options => ({
  entry: Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, `packages/${pkg}/${v}`])),
  outDir: `packages/${pkg}/dist`,
  tsconfig: `packages/${pkg}/tsconfig.json`,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
  ...extra,
});

const builds: Record<string, Options[]> = {
  sdk: [
    library('sdk', {
      index: 'src/index.ts',
      lite: 'src/lite.ts',
      advanced: 'src/advanced.ts',
      schemas: 'src/schemas/index.ts',
      chatwoot: 'src/chatwoot/index.ts',
      whatsapp: 'src/whatsapp/index.ts',
      identity: 'src/identity/index.ts',
    }),
  ],
  'mock-server': [
    library(
      'mock-server',
      { index: 'src/index.ts', cli: 'src/cli.ts' },
      {
        platform: 'node',
        target: 'node20',
        // Runtime dependencies stay imports, so the user's msw and ours are one and the same.
        external: ['@helpdock/sdk', '@helpdock/widget', 'msw', 'jose', 'zod', 'minisearch'],
      },
    ),
  ],
  widget: [
    library(
      'widget',
      { index: 'src/index.ts', inbox: 'src/inbox/index.ts' },
      { format: ['esm'], external: ['@helpdock/sdk', 'lit'] },
    ),
    {
      // The one-script-tag build: `helpdock.js` is a small loader (no Lit) that draws the launcher
      // and loads the bubble (Lit, the SDK parts it uses) from `helpdock-panel.js` when needed.
      entry: {
        helpdock: 'packages/widget/src/script-tag.ts',
        'helpdock-panel': 'packages/widget/src/script-panel.ts',
        // The staff inbox, a script of its own: never inside helpdock.js.
        'helpdock-inbox': 'packages/widget/src/inbox/script.ts',
        // The full-page components, each its own page bundle with every locale (not in helpdock.js).
        'helpdock-portal': 'packages/widget/src/portal/script-tag.ts',
        'helpdock-customer-portal': 'packages/widget/src/customer-portal/script-tag.ts',
        // Locales other than English, each loaded on demand by helpdock.js and the panel.
        ...Object.fromEntries(
          localeBundles.map((locale) => [`helpdock.${locale}`, `${bundlesDir}/${locale}.ts`]),
        ),
      },
      outDir: 'packages/widget/dist',
      tsconfig: 'packages/widget/tsconfig.json',
      format: ['iife'],
      outExtension: () => ({ js: '.js' }),
      platform: 'browser',
      target: 'es2021',
      // Terser packs the bundles about 5 % tighter than esbuild's minifier.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, ecma: 2020 },
      esbuildPlugins: [minifyTemplatesPlugin],
      sourcemap: true,
      clean: false,
      noExternal: [/.*/],
    },
  ],
};

export default defineConfig((options) => {
  const name = (options.env?.HELPDOCK_BUILD ?? '') as string;
  const selected = builds[name];
  if (!selected) throw new Error(`Set --env.HELPDOCK_BUILD to one of: ${Object.keys(builds).join(', ')}`);
  return selected;
});
