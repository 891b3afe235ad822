import { SupportAccessResetResponse } from '../partner.js';
import type { RouteDef } from './types.js';

/** A provider's Chatwoot support-access reset (SPEC §4). */
export const supportAccessRoutes = {
  supportAccessReset: {
    id: 'supportAccess.reset',
    method: 'POST',
    path: '/api/v1/chatwoot/support-access/reset',
    auth: 'provider',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    response: SupportAccessResetResponse,
    summary: 'Reset the Chatwoot password and email it',
    spec: '§4',
  },
} as const satisfies Record<string, RouteDef>;
