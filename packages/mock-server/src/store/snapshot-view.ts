import type { State } from './records.js';
import { PASSWORD_EMAIL_KIND } from './support-access.js';

/**
 * What `GET /__helpdock/store` shows of a state copy: uploaded files without their bytes (a size
 * note instead, so the dump stays readable) and the one email that carries a password redacted
 * (it is readable in `GET /__helpdock/outbox` only, like a real inbox).
 */
export function snapshotView(copy: State): State {
  for (const file of copy.files) file.content_base64url = `<${file.size} bytes>`;
  for (const email of copy.outbox) {
    if (email.kind === PASSWORD_EMAIL_KIND)
      email.text = '<redacted: contains a password; see GET /__helpdock/outbox>';
  }
  return copy;
}
