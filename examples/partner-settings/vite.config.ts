import { defineConfig } from 'vite';

/**
 * Nothing Helpdock-specific is needed: the packages are plain ES modules. `VITE_HELPDOCK_API` (the
 * API origin) is read by `src/main.ts`; `server/dev.ts` sets it to the reference server it starts.
 */
export default defineConfig({
  build: { target: 'es2022' },
});
