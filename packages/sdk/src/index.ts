/**
 * @helpdock/sdk
 * @packageDocumentation
 */
export * from './schemas/index.js';
