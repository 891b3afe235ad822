/**
 * Custom Elements Manifest (`custom-elements.json`) settings. The analyzer lists modules in the
 * order its glob returns files, which changes from run to run; sorting the paths makes the manifest
 * the same for the same sources, so a build leaves git clean.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  overrideModuleCreation({ ts, globs }) {
    return [...globs]
      .sort()
      .map((path) => ts.createSourceFile(path, ts.sys.readFile(path) ?? '', ts.ScriptTarget.ES2015, true));
  },
};
