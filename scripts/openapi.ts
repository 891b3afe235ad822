/**
 * `npm run openapi`: writes the files generated from the route table: `docs/openapi.json` and the
 * lite client's schema-free `packages/sdk/src/schemas/route-specs.generated.ts`. With `--check` it
 * only compares, and exits non-zero when a committed file is stale.
 */
import { writeOrCheck } from './generated-file.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { ROUTE_SPECS_FILE, renderRouteSpecs } from './route-specs-source.js';

writeOrCheck(
  new URL('../docs/openapi.json', import.meta.url),
  `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`,
);
writeOrCheck(ROUTE_SPECS_FILE, renderRouteSpecs());
