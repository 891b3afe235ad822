import { IdentitySecret } from '../identity.js';
import { SupportConfigView, UpdateSupportConfigRequest } from '../support.js';
import type { RouteDef } from './types.js';

/** The tenant's support configuration (SPEC §3) and its host identity secret (SPEC §2). */
export const supportConfigRoutes = {
  retrieveConfig: {
    id: 'support.config.retrieve',
    method: 'GET',
    path: '/api/support/config',
    auth: 'admin',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    response: SupportConfigView,
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
    response: SupportConfigView,
    summary: 'Change part of the support configuration',
    spec: '§3',
  },
  rotateIdentitySecret: {
    id: 'support.config.rotateIdentitySecret',
    method: 'POST',
    path: '/api/support/config/identity-secret',
    auth: 'admin',
    bodyType: 'none',
    responseKind: 'json',
    status: 201,
    response: IdentitySecret,
    summary: 'Create or rotate the host identity secret (shown once; the old one works 24 h more)',
    spec: '§2',
  },
} as const satisfies Record<string, RouteDef>;
