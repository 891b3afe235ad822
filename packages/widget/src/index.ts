/**
 * @helpdock/widget
 * @packageDocumentation
 */
export {};
