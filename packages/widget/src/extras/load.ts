/** Fetches the on-demand parts that are not loaded yet (set by the script-tag build). */
export type ExtrasLoader = () => Promise<void>;

let extrasLoader: ExtrasLoader | undefined;
let loading: Promise<boolean> | undefined;

/** Sets how the on-demand parts are fetched; without a loader they are assumed bundled (npm). */
export function setExtrasLoader(loader: ExtrasLoader | undefined): void {
  extrasLoader = loader;
  loading = undefined;
}

/**
 * Makes sure the on-demand parts are defined (once); resolves to false when they could not load,
 * so a later call tries again. The bubble works without them, only plainer.
 */
export function loadExtras(): Promise<boolean> {
  if (!loading) {
    loading = (extrasLoader ? extrasLoader() : Promise.resolve()).then(
      () => true,
      () => {
        loading = undefined;
        return false;
      },
    );
  }
  return loading;
}
