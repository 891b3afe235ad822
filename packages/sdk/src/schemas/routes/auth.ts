import { LoginRequest, LoginResponse } from '../identity.js';
import type { RouteDef } from './types.js';

/** Sign-in (SPEC §2). */
export const authRoutes = {
  login: {
    id: 'auth.login',
    method: 'POST',
    path: '/api/auth/login',
    auth: 'none',
    bodyType: 'json',
    responseKind: 'json',
    status: 200,
    body: LoginRequest,
    response: LoginResponse,
    summary: 'Sign in with email and password',
    spec: '§2',
  },
} as const satisfies Record<string, RouteDef>;
