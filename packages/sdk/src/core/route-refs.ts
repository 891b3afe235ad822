import type { RouteName, Routes } from '../schemas/routes/index.js';
import type { RouteSpec } from '../schemas/routes/types.js';

/** Carries a route's full definition (with schemas) in its type only. */
declare const contractOf: unique symbol;

/**
 * A route as the SDK sends it: the schema-free part of its definition at run time, the full
 * definition (with schemas) in its type, so results are typed without bundling zod where no
 * validator is used.
 */
export type RouteRef<Def extends RouteSpec = RouteSpec> = Pick<Def, keyof RouteSpec> & {
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
export type RouteRefs = { readonly [K in RouteName]: RouteRef<Routes[K]> };
