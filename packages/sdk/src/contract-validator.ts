import type { ContractValidator } from './core/contract.js';
import { parseInput, parseResponse } from './core/validation.js';
import { type RouteDef, routeList } from './schemas/routes/index.js';

const byId = new Map<string, RouteDef>(routeList.map((route) => [route.id, route]));

const partNames = { params: 'path parameters', query: 'query', body: 'request body' } as const;

/**
 * The contract's zod schemas as a {@link ContractValidator}: inputs are checked (and defaulted)
 * before sending, answers and stream events are checked before they reach the caller.
 *
 * @example
 * ```ts
 * const core = new HelpdockCore({ baseUrl, contract: contractValidator });
 * ```
 */
export const contractValidator: ContractValidator = {
  input(route, part, value) {
    const schema = byId.get(route.id)?.[part];
    return schema ? parseInput(schema, value, partNames[part]) : value;
  },
  output(route, value, context) {
    const schema = byId.get(route.id)?.response;
    return schema ? parseResponse(schema, value, { operation: route.id, ...context }) : value;
  },
};
