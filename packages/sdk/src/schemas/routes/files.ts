import { FileParams } from '../customer.js';
import { PortalFileParams } from '../support.js';
import type { RouteDef } from './types.js';

/** File downloads: for the owner and the tenant's staff (SPEC §5), or through a portal link (§3). */
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
  portalDownloadFile: {
    id: 'files.portalDownload',
    method: 'GET',
    path: '/api/support/portal/{token}/files/{id}',
    auth: 'portal',
    bodyType: 'none',
    responseKind: 'file',
    status: 200,
    params: PortalFileParams,
    summary: 'Download a file of a thread in the portal token’s scope (SPEC §3)',
    spec: '§3',
  },
} as const satisfies Record<string, RouteDef>;
