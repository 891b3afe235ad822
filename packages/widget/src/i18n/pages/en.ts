/**
 * English strings of the full-page components (`<helpdock-portal>`, `<helpdock-customer-portal>`),
 * kept apart from the bubble's so `helpdock.js` carries none of them. Every other locale provides
 * every key of {@link PageMessages}.
 */
export const enPages = {
  portalTitle: 'Your support conversations',
  portalExpires: 'This link works until {date}.',
  conversations: 'Conversations',
  newConversation: 'New conversation',
  noConversations: 'No conversations yet.',
  linkInvalidTitle: 'This link does not work',
  linkInvalidBody: 'Check that you opened the whole link from the email, or ask support for a new one.',
  linkRevokedTitle: 'This link has been turned off',
  linkRevokedBody: 'Support turned this link off. Ask them for a new one if you still need help.',
  linkExpiredTitle: 'This link has expired',
  linkExpiredBody: 'Support links work for a limited time. Ask support for a new one to carry on.',
  dashboardTitle: 'Customer portal',
  hello: 'Hello, {name}',
  signInFirst: 'Sign in to see your tickets.',
  sessionExpired: 'Your session has expired. Please sign in again.',
  statTotal: 'All tickets',
  statOpen: 'Open',
  statResolved: 'Resolved',
  sections: 'Sections',
  navTickets: 'Tickets',
  navCall: 'Request a call',
  navNotifications: 'Notifications',
  navHelp: 'Help articles',
  filterStatus: 'Status',
  filterAll: 'All',
  loadMore: 'Show more',
  openedOn: 'Opened {date}',
  uploading: 'Uploading {name}…',
  callWhen: 'When should we call?',
  callNow: 'As soon as possible',
  callLater: 'At a time I choose',
  callTime: 'Date and time',
  callTicket: 'About a ticket (optional)',
  callNoTicket: 'No specific ticket',
  callNote: 'Note (optional)',
  callSubmit: 'Request the call',
  callPast: 'Choose a time in the future.',
  callTooFar: 'Choose a time within the next 30 days.',
  callRequested: 'Call requested: we will call you as soon as we can.',
  callScheduled: 'Call scheduled for {date}.',
  noNotifications: 'You have no notifications.',
  markRead: 'Mark as read',
  unread: 'Unread',
  kbQuery: 'Search help articles',
  kbSearch: 'Search',
  kbNoResults: 'No articles match “{q}”.',
  kbBack: 'Back to results',
} as const;

/** The keys every locale's page dictionary provides. */
export type PageMessageKey = keyof typeof enPages;

/** A complete page dictionary for one locale. */
export type PageMessages = Record<PageMessageKey, string>;
