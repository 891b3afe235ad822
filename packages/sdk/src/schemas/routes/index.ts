/*
 * The route table: every route of SPEC §2–§7, each defined once in the module of its resource.
 * The SDK sends from it, the reference server serves from it, `npm run openapi` describes it, and
 * the lite client's schema-free copy (`../route-specs.generated.ts`) is generated from it.
 */
import { EmptyBody } from '../common.js';
import { authRoutes } from './auth.js';
import { customerRoutes } from './customers.js';
import { fileRoutes } from './files.js';
import { portalRoutes } from './portal.js';
import { profileRoutes } from './profile.js';
import { publicRoutes } from './public.js';
import { supportAccessRoutes } from './support-access.js';
import { supportConfigRoutes } from './support-config.js';
import { supportThreadRoutes } from './support-threads.js';
import { supportTokenRoutes } from './support-tokens.js';
import type { RouteDef } from './types.js';

/** The whole API contract of SPEC §2–§7, one definition per route, by route name. */
export const routes = {
  ...authRoutes,
  ...supportThreadRoutes,
  ...supportTokenRoutes,
  ...supportConfigRoutes,
  ...publicRoutes,
  ...portalRoutes,
  ...supportAccessRoutes,
  ...customerRoutes,
  ...fileRoutes,
  ...profileRoutes,
};

/**
 * The type of {@link routes}: for every route name, the exact literal types of its definition, so
 * that request and response types can be derived per route.
 */
export type Routes = typeof routes;

/** Name of a route in the route table. */
export type RouteName = keyof Routes;

/** Every route as a list. */
export const routeList: readonly RouteDef[] = Object.values(routes);

/** The body schema of routes that take no body (they accept none, or an empty JSON object). */
export const NoBody = EmptyBody;

export {
  type RouteAuth,
  type RouteBody,
  type RouteDef,
  type RouteDocs,
  type RouteResponseKind,
  type RouteSchemas,
  type RouteSpec,
  routePath,
} from './types.js';
