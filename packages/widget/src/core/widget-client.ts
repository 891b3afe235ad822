import { HelpdockCore } from '@helpdock/sdk/advanced';
import {
  CustomerAccount,
  Files,
  KnowledgeBase,
  Portal,
  PublicKnowledgeBase,
  PublicSupport,
} from '@helpdock/sdk/lite';

/**
 * The part of the Helpdock API the widget calls (public, portal, the signed-in customer), on the
 * SDK's lite core. The full `HelpdockLiteClient` would also carry every staff resource, which
 * the bubble's panel bundle does not need.
 */
export class WidgetClient extends HelpdockCore {
  /** The visitor endpoints of a site (no sign-in), with its knowledge base (help articles). */
  readonly public = Object.assign(new PublicSupport(this), { kb: new PublicKnowledgeBase(this) });
  /** The signed-in customer's portal (the part the bubble uses), with the knowledge base. */
  readonly customers = { me: Object.assign(new CustomerAccount(this), { kb: new KnowledgeBase(this) }) };
  /** Downloads of files on the visitor's or customer's messages (thumbnails, chips). */
  readonly files = new Files(this);

  /** The portal endpoints for one portal token. */
  portal(token: string): Portal {
    return new Portal(this, token);
  }
}
