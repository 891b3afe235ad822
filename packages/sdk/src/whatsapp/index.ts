/**
 * Server-only WhatsApp (Evolution) client and bridge.
 * @packageDocumentation
 */
export {};
