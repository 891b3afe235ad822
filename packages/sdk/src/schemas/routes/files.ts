import { FileParams } from '../customer.js';
import type { RouteDef } from './types.js';

/** File downloads, for the owner and the tenant's staff (SPEC §5). */
export const fileRoutes = {
  downloadFile: {
    id: 'files.download',
    method: 'GET',
    path: '/api/files/{id}',
    auth: 'file',
    bodyType: 'none',
    responseKind: 'file',
    status: 200,
    params: FileParams,
    summary: 'Download a file (owner and tenant staff only)',
    spec: '§5',
  },
} as const satisfies Record<string, RouteDef>;
