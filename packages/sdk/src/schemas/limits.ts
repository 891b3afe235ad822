/*
 * Limits of the contract that the lite client checks too, kept free of zod so its bundles stay small.
 */

/** Largest upload accepted: 10 MiB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
