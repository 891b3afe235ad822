import { HelpdockCore } from '@helpdock/sdk/advanced';
import { CustomersMe, PortalConversation, PublicSupport } from '@helpdock/sdk/lite';

/**
 * The part of the Helpdock API the widget calls (public, portal, the signed-in customer), on the
 * SDK's lite core. The full `HelpdockLiteClient` would also carry every staff resource, which
 * `helpdock.js` has no room for.
 */
export class WidgetClient extends HelpdockCore {
  /** The visitor endpoints of a site (no sign-in). */
  readonly public = new PublicSupport(this);
  /** The signed-in customer's portal. */
  readonly customers = { me: new CustomersMe(this) };

  /** The portal conversation of one portal token (files go through the widget's own uploader). */
  portal(token: string): PortalConversation {
    return new PortalConversation(this, token);
  }
}
