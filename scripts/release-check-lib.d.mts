/** Types for `release-check-lib.mjs` (plain JavaScript so `npm run release:check` needs no TypeScript loader). */

/** A package this repository publishes, and how strictly its types are checked. */
export interface PublishedPackage {
  readonly name: string;
  /** Folder, relative to the repository root. */
  readonly dir: string;
  /** `node16`: every resolver that reads `exports`; `esm-only`: ESM resolvers only. */
  readonly attwProfile: 'node16' | 'esm-only';
  /** Entry points that are not typed modules (a classic script). */
  readonly attwExclude: readonly string[];
}

/** What packing and checking one package found. */
export interface PackageCheck {
  readonly pkg: PublishedPackage;
  /** Absolute path of the packed tarball. */
  readonly tarball: string;
  /** Paths inside the tarball, relative to its root. */
  readonly files: readonly string[];
  readonly publintErrors: readonly string[];
  readonly publintWarnings: readonly string[];
  /** Are the Types Wrong? problems under the package's profile. */
  readonly typeProblems: readonly string[];
}

/** The repository root. */
export const repoRoot: string;
/** The packages this repository publishes. */
export const PUBLISHED_PACKAGES: readonly PublishedPackage[];
/** Throws unless `npm run build` has produced the package's `dist/`. */
export function assertBuilt(pkg: PublishedPackage): void;
/** Packs a package with `npm pack` into `destination`. */
export function packPackage(pkg: PublishedPackage, destination: string): { tarball: string; files: string[] };
/** Lints a packed tarball with publint. */
export function lintTarball(
  tarball: string,
): Promise<{ type: 'error' | 'warning' | 'suggestion'; text: string }[]>;
/** Checks a packed tarball's types with Are the Types Wrong?; one line per problem. */
export function checkTypes(pkg: PublishedPackage, tarball: string): string[];
/** Packs and checks one package. */
export function checkPackage(pkg: PublishedPackage, destination: string): Promise<PackageCheck>;
