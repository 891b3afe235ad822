/**
 * @helpdock/mock-server
 * @packageDocumentation
 */
export {};
