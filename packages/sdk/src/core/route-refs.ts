import { type RouteName, type RouteSpec, routeSpecs } from '../schemas/route-specs.js';
import type { routes } from '../schemas/routes.js';

/** Carries a route's full definition (with schemas) in its type only. */
declare const contractOf: unique symbol;

/**
 * A route row as the SDK sends it: the schema-free spec at run time, the full definition (with
 * schemas) in its type, so results are typed without bundling zod where no validator is used.
 */
export type RouteRef<Def = unknown> = RouteSpec & {
  /** Never set at run time: only carries the full definition in the type. */
  readonly [contractOf]?: Def;
};

/** The definition a {@link RouteRef} stands for (a plain route definition stands for itself). */
export type DefOf<R> = R extends {
  /** The full definition the reference carries in its type. */
  readonly [contractOf]?: infer D;
}
  ? unknown extends D
    ? R
    : D
  : R;

/** Every route of the contract as a {@link RouteRef}. */
export type RouteRefs = { readonly [K in RouteName]: (typeof routeSpecs)[K] & RouteRef<(typeof routes)[K]> };

/** The route table the resources send from: specs at run time, typed by the full contract. */
export const routeRefs: RouteRefs = routeSpecs;
