import {
  CreatedToken,
  CreateTokenRequest,
  TokenList,
  TokenListQuery,
  TokenMetadata,
  TokenParams,
} from '../support.js';
import type { RouteDef } from './types.js';

/** Portal tokens, issued and revoked by staff (SPEC §3). */
export const supportTokenRoutes = {
  createToken: {
    id: 'support.tokens.create',
    method: 'POST',
    path: '/api/support/tokens',
    auth: 'staff',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    body: CreateTokenRequest,
    response: CreatedToken,
    summary: 'Issue a portal token (shown once)',
    spec: '§3',
  },
  listTokens: {
    id: 'support.tokens.list',
    method: 'GET',
    path: '/api/support/tokens',
    auth: 'staff',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    query: TokenListQuery,
    response: TokenList,
    summary: 'List portal token metadata',
    spec: '§3',
  },
  revokeToken: {
    id: 'support.tokens.revoke',
    method: 'POST',
    path: '/api/support/tokens/{id}/revoke',
    auth: 'staff',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    params: TokenParams,
    response: TokenMetadata,
    summary: 'Revoke a portal token (idempotent)',
    spec: '§3',
  },
} as const satisfies Record<string, RouteDef>;
