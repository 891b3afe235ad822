import { HelpdockCore } from '@helpdock/sdk/advanced';
import { CustomerAccount, Files, Portal, PublicSupport } from '@helpdock/sdk/lite';

/**
 * The part of the Helpdock API the widget calls (public, portal, the signed-in customer), on the
 * SDK's lite core. The full `HelpdockLiteClient` would also carry every staff resource, which
 * `helpdock.js` has no room for.
 */
export class WidgetClient extends HelpdockCore {
  /** The visitor endpoints of a site (no sign-in). */
  readonly public = new PublicSupport(this);
  /** The signed-in customer's portal (the part the bubble uses). */
  readonly customers = { me: new CustomerAccount(this) };
  /** Downloads of files on the visitor's or customer's messages (thumbnails, chips). */
  readonly files = new Files(this);

  /** The portal endpoints for one portal token. */
  portal(token: string): Portal {
    return new Portal(this, token);
  }
}
