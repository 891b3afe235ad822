import { describe, expect, it } from 'vitest';
import * as widget from '../src/index.js';

describe('@helpdock/widget public API', () => {
  it('exports exactly these names (a new export is a conscious choice: update this list)', () => {
    expect(Object.keys(widget).sort()).toMatchInlineSnapshot(`
      [
        "HelpdockBubble",
        "HelpdockCustomerPortal",
        "HelpdockPartnerAttributes",
        "HelpdockPortal",
        "bubbleEventNames",
        "directionOf",
        "en",
        "enPages",
        "enPartner",
        "format",
        "installHelpdock",
        "locales",
        "pageLocales",
        "pageTranslator",
        "partnerLocales",
        "partnerTranslator",
        "registerLocale",
        "resolveLocale",
        "shippedLocales",
        "translator",
      ]
    `);
  });
});
