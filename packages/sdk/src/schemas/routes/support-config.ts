import { SupportConfig, UpdateSupportConfigRequest } from '../support.js';
import type { RouteDef } from './types.js';

/** The tenant's support configuration (SPEC §3). */
export const supportConfigRoutes = {
  retrieveConfig: {
    id: 'support.config.retrieve',
    method: 'GET',
    path: '/api/support/config',
    auth: 'admin',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    response: SupportConfig,
    summary: 'Read the support configuration',
    spec: '§3',
  },
  updateConfig: {
    id: 'support.config.update',
    method: 'PUT',
    path: '/api/support/config',
    auth: 'admin',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
    body: UpdateSupportConfigRequest,
    response: SupportConfig,
    summary: 'Change part of the support configuration',
    spec: '§3',
  },
} as const satisfies Record<string, RouteDef>;
