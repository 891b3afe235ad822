import type { Role } from '@helpdock/sdk/schemas';
import type { PasswordHash } from '../core/passwords.js';
import { defaultSupportConfig } from '../store/config.js';
import {
  emptyState,
  type MessageRecord,
  type State,
  type ThreadRecord,
  type UserRecord,
} from '../store/records.js';

/** The password of every demo user. */
export const DEMO_PASSWORD = 'helpdock-demo';

/** Demo tenant ids. */
export const DEMO_TENANTS = {
  /** Acme: two customers (alice, bob) and most of the demo threads. */
  acme: 'ten_acme',
  /** Globex: a second tenant, to show that data never crosses tenants. */
  globex: 'ten_globex',
} as const;

/**
 * PBKDF2-SHA-256 (100 000 rounds) of `helpdock-demo`, precomputed per user with a salt derived from
 * the email, so seeding (and every reset) is instant and no plaintext password is stored.
 */
const demoHashes: Record<string, [salt: string, hash: string]> = {
  'admin@acme.test': ['MGB_sflawIs6t3X_KKD-Og', 'caZ5iP7jeuEJuewMLUo5IDLkVXnn-QAvwe6ZFsVzgoE'],
  'ops@acme.test': ['bdS4UGfrLH9L0JojRfFWUg', 'u1X9jNuTt4g531O54mN3mG88gooD43DyeXDwpxlCVy0'],
  'alice@acme.test': ['kAVf10Y4kklqvQO3KhnYAA', 'bpdJU0y5KDQqoh4bzOpKLM6jl1Iu9JsE2C3FN3TEuUQ'],
  'bob@acme.test': ['cayU-eHIGdZp-ueGIm7DLg', 'AumqER-uAyhz6SMnaXk4O8hWZ8CZcAr3dpdU0eKcwXk'],
  'provider@acme.test': ['ajSPghXDs2FcJnBhHhnzNQ', 'FhObHJVnV_Lj0H47cleFaIf5nUhXqKTOWum6_CAg0ps'],
  'admin@globex.test': ['XcYVgGz6M-F20ODxqsCUaA', '0zoWooYB_Hcne6vvtO5NNw4h-kbDDC5S9OYjiTuItwE'],
  'ops@globex.test': ['qSPwTWe7uwR7nJAoq8jt_w', 'IRZbzSggSHSnfq-ZKGLtLU8tJSsw3LjQjRL3vHKKF3I'],
  'carol@globex.test': ['mWBZYV0_Vctt-PnhMEzuig', 'hZjVXzQozMMmtilEUHah4U9npcXAnlO3Qw89a6Ed8xM'],
  'provider@globex.test': ['cEKPjzyESZgeYXfGckdzfg', 'lkKA6bcKO6f8L4hjTvQmewVFyxvfjhXSVSXP9qmFkgs'],
};

const passwordOf = (email: string): PasswordHash => {
  const [salt, hash] = demoHashes[email] ?? ['', ''];
  return { algorithm: 'pbkdf2-sha256', iterations: 100_000, salt, hash };
};

/** The demo logins, for the CLI banner and the demo page. */
export const DEMO_LOGINS: readonly {
  /** Sign-in email (every demo password is {@link DEMO_PASSWORD}). */
  email: string;
  /** The account's role. */
  role: Role;
  /** The tenant's key in {@link DEMO_TENANTS} (`acme` or `globex`). */
  tenant: string;
}[] = [
  { email: 'admin@acme.test', role: 'admin', tenant: 'acme' },
  { email: 'ops@acme.test', role: 'ops', tenant: 'acme' },
  { email: 'alice@acme.test', role: 'customer', tenant: 'acme' },
  { email: 'bob@acme.test', role: 'customer', tenant: 'acme' },
  { email: 'provider@acme.test', role: 'provider', tenant: 'acme' },
  { email: 'admin@globex.test', role: 'admin', tenant: 'globex' },
  { email: 'ops@globex.test', role: 'ops', tenant: 'globex' },
  { email: 'carol@globex.test', role: 'customer', tenant: 'globex' },
  { email: 'provider@globex.test', role: 'provider', tenant: 'globex' },
];

/** The Chatwoot user id `provider@acme.test` already has in the emulated Chatwoot. */
export const ACME_PROVIDER_CHATWOOT_USER_ID = 1001;

/** Customer ids of the demo customers. */
export const DEMO_CUSTOMERS = { alice: 'cus_alice', bob: 'cus_bob', carol: 'cus_carol' } as const;

const BASE = Date.parse('2026-01-01T09:00:00.000Z');
const at = (hoursAfterBase: number): string => new Date(BASE + hoursAfterBase * 3600_000).toISOString();

function user(
  email: string,
  name: string,
  role: Role,
  tenantId: string,
  customerId: string | null,
): UserRecord {
  const local = email.split('@')[0] ?? email;
  const tenant = tenantId === DEMO_TENANTS.acme ? 'acme' : 'globex';
  return {
    id: `usr_${tenant}_${local}`,
    tenant_id: tenantId,
    email,
    name,
    role,
    customer_id: customerId,
    password: passwordOf(email),
    external_id: null,
    chatwoot_user_id: email === 'provider@acme.test' ? ACME_PROVIDER_CHATWOOT_USER_ID : null,
    created_at: at(-24 * 30),
  };
}

interface DemoThread {
  id: string;
  tenant: string;
  subject: string;
  status: ThreadRecord['status'];
  priority: ThreadRecord['priority'];
  customer: string | null;
  assignment: string | null;
  category: string | null;
  /** The person outside who asked (assignment threads: the site contact); undefined: a customer or staff. */
  requester?: ThreadRecord['requester'];
  /** [author type, author user id, text] per message, oldest first, one hour apart. */
  messages: [MessageRecord['author_type'], string | null, string][];
  startHour: number;
}

const demoThreads: DemoThread[] = [
  {
    id: 'thr_acme_login',
    tenant: DEMO_TENANTS.acme,
    subject: 'Cannot sign in on the mobile app',
    status: 'OPEN',
    priority: 'HIGH',
    customer: DEMO_CUSTOMERS.alice,
    assignment: null,
    category: 'account',
    messages: [
      ['CUSTOMER', 'usr_acme_alice', 'The app says my password is wrong, but it works on the website.'],
      ['INTERNAL', 'usr_acme_ops', 'Thanks Alice, could you tell us which app version you have?'],
    ],
    startHour: 0,
  },
  {
    id: 'thr_acme_invoice',
    tenant: DEMO_TENANTS.acme,
    subject: 'Invoice shows the wrong VAT number',
    status: 'RESOLVED',
    priority: 'MEDIUM',
    customer: DEMO_CUSTOMERS.alice,
    assignment: null,
    category: 'billing',
    messages: [
      ['CUSTOMER', 'usr_acme_alice', 'My December invoice has an old VAT number on it.'],
      ['INTERNAL', 'usr_acme_admin', 'Fixed and re-issued: you will find the new invoice in your account.'],
    ],
    startHour: 5,
  },
  {
    id: 'thr_acme_export',
    tenant: DEMO_TENANTS.acme,
    subject: 'CSV export is missing the date column',
    status: 'PENDING',
    priority: 'LOW',
    customer: DEMO_CUSTOMERS.bob,
    assignment: null,
    category: 'reports',
    messages: [['CUSTOMER', 'usr_acme_bob', 'When I export orders to CSV the date column is empty.']],
    startHour: 10,
  },
  {
    id: 'thr_acme_install',
    tenant: DEMO_TENANTS.acme,
    subject: 'Installation visit for order 4411',
    status: 'OPEN',
    priority: 'URGENT',
    customer: null,
    assignment: 'asg_4411',
    category: null,
    requester: { name: 'Dana Reyes', email: 'dana.reyes@example.com' },
    messages: [
      ['INTERNAL', 'usr_acme_ops', 'Technician booked for Tuesday morning.'],
      ['EXTERNAL', null, 'Tuesday works, the gate code is at reception.'],
    ],
    startHour: 15,
  },
  {
    id: 'thr_acme_closed',
    tenant: DEMO_TENANTS.acme,
    subject: 'Old question about opening hours',
    status: 'CLOSED',
    priority: 'LOW',
    customer: DEMO_CUSTOMERS.bob,
    assignment: null,
    category: 'general',
    messages: [
      ['CUSTOMER', 'usr_acme_bob', 'Are you open on public holidays?'],
      ['INTERNAL', 'usr_acme_ops', 'Support is open every day, 8:00 to 20:00.'],
    ],
    startHour: -48,
  },
  {
    id: 'thr_globex_api',
    tenant: DEMO_TENANTS.globex,
    subject: 'API returns 429 during nightly sync',
    status: 'OPEN',
    priority: 'HIGH',
    customer: DEMO_CUSTOMERS.carol,
    assignment: null,
    category: 'api',
    messages: [['CUSTOMER', 'usr_globex_carol', 'Our nightly sync hits rate limits since Monday.']],
    startHour: 2,
  },
  {
    id: 'thr_globex_refund',
    tenant: DEMO_TENANTS.globex,
    subject: 'Refund for a duplicate payment',
    status: 'RESOLVED',
    priority: 'MEDIUM',
    customer: DEMO_CUSTOMERS.carol,
    assignment: null,
    category: 'billing',
    messages: [
      ['CUSTOMER', 'usr_globex_carol', 'I was charged twice for January.'],
      ['INTERNAL', 'usr_globex_admin', 'The duplicate payment was refunded today.'],
    ],
    startHour: 7,
  },
  {
    id: 'thr_globex_delivery',
    tenant: DEMO_TENANTS.globex,
    subject: 'Delivery window for assignment 9001',
    status: 'OPEN',
    priority: 'MEDIUM',
    customer: null,
    assignment: 'asg_9001',
    category: null,
    requester: { name: 'Marek Novak', email: 'marek.novak@example.net' },
    messages: [['INTERNAL', 'usr_globex_ops', 'Your delivery is planned between 10:00 and 12:00.']],
    startHour: 12,
  },
];

function buildThreads(state: State): void {
  for (const demo of demoThreads) {
    const lastHour = demo.startHour + demo.messages.length - 1;
    state.threads.push({
      id: demo.id,
      tenant_id: demo.tenant,
      assignment_id: demo.assignment,
      customer_id: demo.customer,
      subject: demo.subject,
      status: demo.status,
      priority: demo.priority,
      created_by: demo.messages[0]?.[1] ?? null,
      created_at: at(demo.startHour),
      updated_at: at(lastHour),
      resolved_at: demo.status === 'RESOLVED' || demo.status === 'CLOSED' ? at(lastHour) : null,
      closed_at: demo.status === 'CLOSED' ? at(lastHour) : null,
      last_message_at: at(lastHour),
      message_count: demo.messages.length,
      category: demo.category,
      type: 'issue',
      requester: demo.requester ?? null,
      custom_attributes: {},
    });
    demo.messages.forEach(([authorType, authorId, text], index) => {
      state.messages.push({
        id: `${demo.id.replace('thr_', 'msg_')}_${index + 1}`,
        tenant_id: demo.tenant,
        thread_id: demo.id,
        author_user_id: authorId,
        author_type: authorType,
        message_text: text,
        attachments: [],
        created_at: at(demo.startHour + index),
      });
    });
  }
}

/**
 * The demo data of SPEC §10: tenants acme (default, `pk_acme_demo`) and globex (`pk_globex_demo`),
 * their users (password `helpdock-demo`), a handful of threads each (some are alice's, bob's and
 * carol's tickets) and their support configuration. Knowledge-base articles and other customer-portal
 * data are added by the customer-portal seed.
 */
export function demoState(): State {
  const state = emptyState();
  state.tenants.push(
    { id: DEMO_TENANTS.acme, slug: 'acme', name: 'Acme', site_key: 'pk_acme_demo', is_default: true },
    {
      id: DEMO_TENANTS.globex,
      slug: 'globex',
      name: 'Globex',
      site_key: 'pk_globex_demo',
      is_default: false,
    },
  );
  const { acme, globex } = DEMO_TENANTS;
  state.users.push(
    user('admin@acme.test', 'Ada Admin', 'admin', acme, null),
    user('ops@acme.test', 'Oscar Ops', 'ops', acme, null),
    user('alice@acme.test', 'Alice Customer', 'customer', acme, DEMO_CUSTOMERS.alice),
    user('bob@acme.test', 'Bob Customer', 'customer', acme, DEMO_CUSTOMERS.bob),
    user('provider@acme.test', 'Paula Provider', 'provider', acme, null),
    user('admin@globex.test', 'Gina Admin', 'admin', globex, null),
    user('ops@globex.test', 'Otto Ops', 'ops', globex, null),
    user('carol@globex.test', 'Carol Customer', 'customer', globex, DEMO_CUSTOMERS.carol),
    user('provider@globex.test', 'Pete Provider', 'provider', globex, null),
  );
  state.config[acme] = {
    ...defaultSupportConfig(),
    WHATSAPP_NUMBER: '15555550100',
    OPS_SUPPORT_EMAIL: 'support@acme.test',
    REPLY_TIME: 'minutes',
  };
  state.config[globex] = {
    ...defaultSupportConfig(),
    WHATSAPP_NUMBER: '4915555550199',
    OPS_SUPPORT_EMAIL: 'help@globex.test',
    // Office hours in Berlin, so the demo shows the bubble's away state outside them.
    BUSINESS_HOURS: {
      timezone: 'Europe/Berlin',
      days: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [['09:00', '17:30']]])),
    },
    AWAY_MESSAGE: 'Our Berlin team is out of the office. Leave a message and we reply first thing.',
  };
  buildThreads(state);
  return state;
}

/** No tenants, no users, nothing: for tests that build their own data. */
export { emptyState } from '../store/records.js';
