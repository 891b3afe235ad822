/**
 * Server-only Chatwoot clients.
 * @packageDocumentation
 */
export {};
