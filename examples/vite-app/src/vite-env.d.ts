/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the Helpdock API; the page's origin when unset. */
  readonly VITE_HELPDOCK_API?: string;
}
