import type { KbArticleRecord } from '../store/records.js';
import { DEMO_TENANTS } from './demo.js';

/** One demo article: slug, title, tags and a plain-text body (paragraphs split by blank lines). */
type DemoArticle = [slug: string, title: string, tags: string[], body: string];

/** Acme sells "Acme Cloud", an order-management and invoicing SaaS with a mobile app. */
const acmeArticles: DemoArticle[] = [
  [
    'reset-your-password',
    'Reset your password',
    ['account', 'login', 'security'],
    `If you forgot your password, open the sign-in page and choose "Forgot password". Enter the email address of your Acme Cloud account and we send you a reset link that is valid for one hour.

Open the link on the device you want to use, choose a new password of at least 12 characters and confirm it. Every other session is signed out as soon as the new password is saved.

No email after ten minutes? Check your spam folder and make sure the address is the one your administrator invited. Administrators can also send a new invitation from Settings → Team.`,
  ],
  [
    'sign-in-mobile-app',
    'Trouble signing in on the mobile app',
    ['account', 'login', 'mobile'],
    `The Acme Cloud app for iOS and Android uses the same email and password as the website. If the app says your password is wrong while the website accepts it, update the app first: versions older than 4.2 cannot sign in since we moved to the new login service.

If your company uses single sign-on, tap "Sign in with your company" instead of typing a password. The app then opens your identity provider's page.

Still stuck? Sign out everywhere from Settings → Security on the website, then sign in again on the phone.`,
  ],
  [
    'two-factor-authentication',
    'Turn on two-factor authentication',
    ['account', 'security'],
    `Two-factor authentication (2FA) asks for a one-time code after your password. Open Settings → Security, choose "Enable 2FA" and scan the QR code with an authenticator app such as 1Password, Authy or Google Authenticator.

Save the ten recovery codes somewhere safe: each one signs you in once if you lose your phone. Administrators can require 2FA for the whole team under Settings → Team → Policies.`,
  ],
  [
    'invite-team-members',
    'Invite team members and set roles',
    ['team', 'account'],
    `Administrators invite colleagues from Settings → Team → Invite. Enter one or more email addresses and pick a role: Admin (everything, including billing), Manager (orders, customers and reports) or Viewer (read-only).

Invitations expire after seven days. You can resend or revoke a pending invitation from the same page, and change a member's role at any time; the change applies on their next page load.`,
  ],
  [
    'update-vat-number',
    'Change the VAT number on your invoices',
    ['billing', 'invoices', 'tax'],
    `Your VAT number and billing address are printed on every invoice. To change them, open Settings → Billing → Company details, enter the new VAT number and save. We validate EU VAT numbers against VIES before saving.

The change applies to invoices issued from then on. If an invoice already carries an old VAT number, contact support with the invoice number and we re-issue it with the corrected details.`,
  ],
  [
    'download-invoices',
    'Download your invoices',
    ['billing', 'invoices'],
    `Every invoice is in Settings → Billing → Invoices as a PDF. Use the download button next to an invoice, or "Download all" to get a ZIP file of a whole year.

Invoices are issued on the first day of each billing period and emailed to the billing contact. You can add a second billing email address, for example your accounting team, on the same page.`,
  ],
  [
    'change-plan',
    'Upgrade, downgrade or cancel your plan',
    ['billing', 'plans'],
    `Change your plan in Settings → Billing → Plan. An upgrade starts immediately and you pay the difference for the rest of the period. A downgrade takes effect at the next renewal, so you keep your current features until then.

To cancel, choose "Cancel subscription". Your data stays available in read-only mode for 30 days so you can export it; after that it is deleted.`,
  ],
  [
    'payment-methods',
    'Payment methods and failed payments',
    ['billing', 'payments'],
    `We accept Visa, Mastercard and American Express cards, SEPA direct debit in the euro area, and bank transfer on annual plans. Update your card in Settings → Billing → Payment method.

When a payment fails we retry it three times over seven days and email the billing contact each time. Your account keeps working during that period.`,
  ],
  [
    'export-orders-csv',
    'Export orders to CSV or Excel',
    ['reports', 'export', 'csv'],
    `Open Orders, set the filters you need (date range, status, sales channel) and choose Export → CSV or Export → Excel. Exports up to 10 000 rows download right away; bigger ones are emailed to you as a link.

The CSV uses commas and UTF-8. If the date column looks empty in Excel, import the file through Data → From Text/CSV and choose UTF-8, or pick the Excel format, which keeps dates as real dates.`,
  ],
  [
    'scheduled-reports',
    'Schedule a weekly sales report',
    ['reports', 'email'],
    `Any report can be emailed on a schedule. Open the report, choose Schedule, pick daily, weekly or monthly, the time of day and the recipients. Recipients do not need an Acme Cloud account.

Scheduled reports are sent as PDF with a CSV attachment. You can pause or delete a schedule from Reports → Scheduled.`,
  ],
  [
    'connect-online-store',
    'Connect your online store',
    ['integrations', 'orders'],
    `Acme Cloud imports orders from Shopify, WooCommerce and Magento. Go to Settings → Integrations, choose your platform and follow the steps to authorise Acme Cloud. New orders appear within a minute.

Orders placed before you connected are not imported automatically; use "Import history" on the integration page to bring in up to 12 months.`,
  ],
  [
    'api-keys',
    'Create and rotate API keys',
    ['developers', 'api', 'security'],
    `API keys let your own software talk to Acme Cloud. Create one in Settings → Developers → API keys and copy it right away: it is shown only once.

Give each integration its own key so you can revoke one without breaking the others. To rotate a key, create the new one, deploy it, then revoke the old one.`,
  ],
  [
    'webhooks',
    'Receive webhooks for new orders',
    ['developers', 'api', 'webhooks'],
    `Webhooks notify your server when something happens, for example order.created or invoice.paid. Add an endpoint URL in Settings → Developers → Webhooks and choose the events.

Each delivery is signed with an HMAC-SHA256 header so you can check it came from us. Failed deliveries are retried with backoff for 24 hours.`,
  ],
  [
    'inventory-sync',
    'Keep inventory in sync across channels',
    ['inventory', 'integrations'],
    `Acme Cloud keeps one stock level per product and pushes it to every connected sales channel. When an order is placed anywhere, stock is reserved immediately and released if the order is cancelled.

If a channel shows a different number, open the product and choose "Resync stock". Products with inventory tracking turned off are never updated on channels.`,
  ],
  [
    'installation-visits',
    'Book an installation visit',
    ['hardware', 'installation'],
    `Point-of-sale hardware bought from Acme (terminals, receipt printers, barcode scanners) can be installed by one of our technicians. Book a visit from Orders → Hardware → Book installation and choose a morning or afternoon slot.

The technician calls 30 minutes before arriving. Make sure someone can let them in and that there is a power socket and network cable near the counter.`,
  ],
  [
    'receipt-printer-offline',
    'Receipt printer shows offline',
    ['hardware', 'troubleshooting'],
    `If the receipt printer shows offline, check that it is switched on, has paper and that its status light is green. Then restart the Acme Cloud app on the terminal.

For network printers, print a self-test page (hold the feed button while switching on) and check the IP address matches the one in Settings → Hardware.`,
  ],
  [
    'mobile-app-notifications',
    'Push notifications in the mobile app',
    ['mobile', 'notifications'],
    `The mobile app can notify you about new orders, low stock and support replies. Choose which ones in the app under Profile → Notifications.

No notifications arriving? Check that notifications for Acme Cloud are allowed in your phone's settings and that battery saving is not stopping the app in the background.`,
  ],
  [
    'data-export-gdpr',
    'Export or delete your data (GDPR)',
    ['privacy', 'account', 'export'],
    `Administrators can export all company data as a ZIP of CSV files from Settings → Privacy → Export data. The export is ready within an hour and the link is emailed to you.

To delete a customer's personal data on request, open the customer and choose "Erase personal data". Orders are kept for your accounting, with the personal details removed.`,
  ],
  [
    'opening-hours-support',
    'Support opening hours and contact options',
    ['support', 'general'],
    `Our support team answers every day from 8:00 to 20:00 CET, public holidays included. Write to us from the help bubble in the app, by email, or on WhatsApp.

Urgent problems that stop you from selling (for example the checkout not working) are handled first. Choose the priority "Urgent" when you open a ticket.`,
  ],
  [
    'close-account',
    'Close your Acme Cloud account',
    ['account', 'billing'],
    `Only the account owner can close the account. Cancel the subscription first (Settings → Billing → Plan), export anything you want to keep, then choose Settings → Account → Close account.

The account becomes read-only for 30 days and is deleted afterwards. Write to support within those 30 days if you change your mind.`,
  ],
  [
    'custom-domain-storefront',
    'Use your own domain for the order portal',
    ['settings', 'domains'],
    `Your customers can order from a portal on your own domain, such as orders.yourshop.com. Add the domain in Settings → Portal → Domain and create the CNAME record we show at your DNS provider.

We issue an HTTPS certificate automatically once the record is visible, usually within an hour.`,
  ],
];

/** Globex is a logistics company: parcel and freight shipping, tracking, customs, returns and a shipping API. */
const globexArticles: DemoArticle[] = [
  [
    'track-a-shipment',
    'Track a shipment',
    ['tracking', 'shipments'],
    `Every shipment gets a tracking number that starts with GX followed by ten digits. Enter it on globex.test/track or in the Globex app to see where your parcel is and when it is expected.

Tracking updates each time the parcel is scanned: at pickup, at each hub and when the driver loads it for delivery. It is normal to see no update for up to 24 hours while a parcel travels between hubs.

You can also get tracking updates by SMS or WhatsApp: choose "Notify me" on the tracking page.`,
  ],
  [
    'delivery-windows',
    'Delivery windows and time slots',
    ['delivery', 'scheduling'],
    `On the morning of delivery we send a two-hour delivery window by email and SMS. Business customers can book a fixed time slot (8–10, 10–12, 12–14 or 14–16) when creating the shipment.

If the window does not suit you, use the link in the message to pick another day or a pickup point before 7:00 on the delivery day.`,
  ],
  [
    'missed-delivery',
    'Missed delivery: what happens next',
    ['delivery', 'redelivery'],
    `If nobody is home, the driver leaves a card and tries again on the next working day. After two attempts the parcel goes to the nearest Globex pickup point for seven days.

You can book a redelivery, choose a neighbour, or give safe-place instructions from the tracking page at any time before the second attempt.`,
  ],
  [
    'schedule-a-pickup',
    'Schedule a pickup',
    ['pickup', 'shipments'],
    `Business accounts can schedule pickups from the dashboard under Shipments → Pickups. Pickups booked before 14:00 happen the same day; later bookings are collected the next working day.

Have the labels printed and attached before the driver arrives. For more than 20 parcels or any pallet, choose "Freight pickup" so we send a vehicle with a tail lift.`,
  ],
  [
    'print-shipping-labels',
    'Print shipping labels',
    ['labels', 'shipments'],
    `Labels are created with each shipment as a PDF in A6 (for label printers) or A4 with four labels per page. Change the format in Settings → Labels.

Stick the label flat on the largest side of the parcel and cover any old labels or barcodes. A label that cannot be scanned delays the parcel by at least a day.`,
  ],
  [
    'packaging-guidelines',
    'Packaging guidelines',
    ['packaging', 'shipments'],
    `Use a sturdy box with at least 5 cm of cushioning around each item. Seal all seams with strong tape; string and paper wrapping are not allowed.

Parcels can weigh up to 31.5 kg and measure up to 120 × 60 × 60 cm. Heavier or larger goods travel as freight on a pallet.`,
  ],
  [
    'prohibited-items',
    'Prohibited and restricted items',
    ['customs', 'dangerous goods'],
    `We do not carry explosives, flammable liquids, compressed gases, weapons, live animals or cash. Lithium batteries are accepted only inside the device they power and must be declared when you create the shipment.

Perfume, nail polish and aerosols count as dangerous goods for air transport and travel by road only.`,
  ],
  [
    'customs-documents',
    'Customs documents for international shipments',
    ['customs', 'international'],
    `Shipments leaving the EU need a commercial invoice with the sender's and receiver's EORI numbers, a description of each item, its HS code, value and country of origin.

Create the invoice in the shipment form and we attach it electronically. Missing or vague descriptions ("gift", "parts") are the most common reason for customs delays.`,
  ],
  [
    'duties-and-taxes',
    'Who pays import duties and taxes',
    ['customs', 'international', 'billing'],
    `By default the receiver pays import duties and VAT before delivery (DAP). Business senders can choose to pay them instead (DDP) so the receiver pays nothing on arrival.

With DDP we invoice the duties and taxes to your account once customs has cleared the shipment, together with a small handling fee.`,
  ],
  [
    'shipping-insurance',
    'Insure a valuable shipment',
    ['insurance', 'claims'],
    `Every parcel is covered up to 500 EUR against loss and damage. For more valuable goods add extra cover up to 25 000 EUR when you create the shipment; the price is 0.8 % of the declared value.

Keep proof of the value, such as the sales invoice, in case you need to make a claim.`,
  ],
  [
    'damaged-parcel-claim',
    'Report a damaged or lost parcel',
    ['claims', 'insurance'],
    `If a parcel arrives damaged, keep the packaging and take photos before unpacking further. Report it within seven days from the tracking page under "Report a problem".

A parcel counts as lost when tracking has not moved for ten working days. Claims are decided within 14 days and paid to the sender.`,
  ],
  [
    'returns-portal',
    'Set up a returns portal for your customers',
    ['returns', 'ecommerce'],
    `Online shops can offer their customers a returns portal on globex.test/returns/your-shop. Customers enter their order number, print a return label or show a QR code at a pickup point.

You decide the return window, which items can be returned and whether the return label is free. Returns appear in your dashboard with their tracking.`,
  ],
  [
    'shipping-rates',
    'How shipping rates are calculated',
    ['billing', 'rates'],
    `Rates depend on the destination zone and the chargeable weight, which is the higher of the actual weight and the volume weight (length × width × height in cm divided by 5000).

Fuel and toll surcharges are updated monthly and shown separately on the invoice. Business accounts with more than 200 parcels a month can ask for a custom rate card.`,
  ],
  [
    'invoices-and-refunds',
    'Invoices, duplicate payments and refunds',
    ['billing', 'refunds'],
    `Business accounts receive one invoice per month listing every shipment. Pay by bank transfer within 30 days or by card in the dashboard.

If you paid an invoice twice, the duplicate payment is refunded to the same card or account within five working days once we confirm it. Refunds for cancelled shipments are issued automatically.`,
  ],
  [
    'api-rate-limits',
    'Shipping API rate limits',
    ['api', 'developers'],
    `The Globex shipping API allows 600 requests per minute per API key, and 20 label creations per second. Requests over the limit get HTTP 429 with a Retry-After header telling you how many seconds to wait.

For nightly bulk syncs, use the batch endpoints (up to 100 shipments per call) and spread the calls over time instead of sending them all at once.`,
  ],
  [
    'api-authentication',
    'Authenticate with the shipping API',
    ['api', 'developers', 'security'],
    `Create an API key in the dashboard under Developers → Keys. Send it as a Bearer token in the Authorization header of every request. Test keys start with gx_test_ and create no real shipments.

Keep keys on your servers only: never put them in a web page or mobile app. Revoke a key immediately if it may have leaked.`,
  ],
  [
    'tracking-webhooks',
    'Tracking webhooks',
    ['api', 'developers', 'tracking', 'webhooks'],
    `Instead of polling the tracking endpoint, register a webhook URL and we call it for every scan event: picked_up, in_transit, out_for_delivery, delivered and exception.

Each call carries a signature header made with your webhook secret. Answer with HTTP 2xx within 10 seconds, or we retry with backoff for up to 48 hours.`,
  ],
  [
    'pallet-freight',
    'Ship pallets and freight',
    ['freight', 'pallets'],
    `Goods over 31.5 kg or larger than a parcel travel as freight. We carry Euro pallets (120 × 80 cm) up to 1 000 kg and 180 cm high, door to door within Europe in two to four working days.

Book freight from the dashboard with the pallet count, weight and whether the receiver needs a tail lift.`,
  ],
  [
    'cold-chain',
    'Temperature-controlled deliveries',
    ['freight', 'cold chain'],
    `Globex Cold carries chilled (2–8 °C) and frozen (−18 °C) goods in refrigerated vehicles with continuous temperature logging. The temperature log is attached to the proof of delivery.

Cold-chain shipments must be booked by 12:00 the day before pickup and are delivered within 24 hours inside the same country.`,
  ],
  [
    'change-delivery-address',
    'Change the delivery address',
    ['delivery', 'address'],
    `The receiver can redirect a parcel to another address in the same country, to a neighbour or to a pickup point until it is out for delivery. Use "Change delivery" on the tracking page.

Senders can change the address of any shipment that has not been picked up yet from the dashboard.`,
  ],
  [
    'pickup-points',
    'Find a Globex pickup point',
    ['pickup', 'delivery'],
    `There are more than 4 000 Globex pickup points in partner shops and parcel lockers. Find the nearest one on globex.test/points or in the app.

Parcels wait seven days at a shop and three days in a locker. Bring the pickup code from your email or SMS and an ID.`,
  ],
];

const toRecords = (tenantId: string, host: string, articles: DemoArticle[]): KbArticleRecord[] =>
  articles.map(([slug, title, tags, body], index) => ({
    id: `kb_${tenantId.replace('ten_', '')}_${slug.replace(/-/g, '_')}`,
    tenant_id: tenantId,
    title,
    body,
    url: `https://${host}/kb/${slug}`,
    tags,
    updated_at: new Date(Date.parse('2025-12-01T09:00:00.000Z') + index * 86_400_000).toISOString(),
  }));

/** The demo knowledge bases: Acme's SaaS help centre and Globex's logistics help centre (21 articles each). */
export function demoKbArticles(): KbArticleRecord[] {
  return [
    ...toRecords(DEMO_TENANTS.acme, 'help.acme.test', acmeArticles),
    ...toRecords(DEMO_TENANTS.globex, 'help.globex.test', globexArticles),
  ];
}
