import { IdentifyRequest, IdentifyResponse } from '../identity.js';
import { PublicConfig, PublicQuery, PublicThreadRequest, PublicThreadResponse } from '../support.js';
import type { RouteDef } from './types.js';

/** A site's visitor endpoints, picked by its site key (SPEC §3), and its users' host-signed sign-in (SPEC §2). */
export const publicRoutes = {
  publicConfig: {
    id: 'public.config',
    method: 'GET',
    path: '/api/support/public/config',
    auth: 'public',
    bodyType: 'none',
    responseKind: 'json',
    status: 200,
    query: PublicQuery,
    response: PublicConfig,
    summary: 'Public bubble settings of a site',
    spec: '§3',
  },
  publicCreateThread: {
    id: 'public.createThread',
    method: 'POST',
    path: '/api/support/public/threads',
    auth: 'public',
    bodyType: 'json',
    responseKind: 'json',
    status: 201,
    query: PublicQuery,
    body: PublicThreadRequest,
    response: PublicThreadResponse,
    summary: "Open an anonymous visitor's thread and get a portal token for it",
    spec: '§3',
  },
  publicIdentify: {
    id: 'public.identify',
    method: 'POST',
    path: '/api/support/public/identify',
    auth: 'public',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
    query: PublicQuery,
    body: IdentifyRequest,
    response: IdentifyResponse,
    summary: "Exchange a user token signed by the site's backend for a customer access token",
    spec: '§2',
  },
} as const satisfies Record<string, RouteDef>;
