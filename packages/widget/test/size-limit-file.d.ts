/** `@size-limit/file` ships no types: it is a size-limit plugin object. */
declare module '@size-limit/file' {
  const plugin: (...args: unknown[]) => unknown;
  export default plugin;
}
