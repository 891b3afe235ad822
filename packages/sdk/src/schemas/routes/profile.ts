import { PartnerAttributes, UpdatePartnerAttributesRequest } from '../partner.js';
import type { RouteDef } from './types.js';

/** The signed-in user's partner attributes (SPEC §6). */
export const profileRoutes = {
  retrievePartnerAttributes: {
    id: 'profile.attributes.retrieve',
    method: 'GET',
    path: '/api/v1/profile/attributes',
    auth: 'user',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    response: PartnerAttributes,
    summary: "The signed-in user's partner attributes",
    spec: '§6',
  },
  updatePartnerAttributes: {
    id: 'profile.attributes.update',
    method: 'PUT',
    path: '/api/v1/profile/attributes',
    auth: 'user',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
    body: UpdatePartnerAttributesRequest,
    response: PartnerAttributes,
    summary: "Change the signed-in user's partner attributes",
    spec: '§6',
  },
} as const satisfies Record<string, RouteDef>;
