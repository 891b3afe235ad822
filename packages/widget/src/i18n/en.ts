/**
 * English strings: the reference dictionary. Every other locale must provide every key of
 * {@link Messages}; `{name}` placeholders are filled by {@link format}.
 */
export const en = {
  launcherOpen: 'Open support chat',
  launcherClose: 'Close support chat',
  unreadBadge: '{count} unread',
  panelTitle: 'Support',
  greeting: 'Hi there! How can we help you today?',
  close: 'Close',
  whatsappButton: 'Chat on WhatsApp',
  whatsappText: 'Hello! I need some help.',
  orWriteUs: 'Or send us a message',
  fieldName: 'Your name',
  fieldEmail: 'Email',
  fieldSubject: 'Subject',
  fieldMessage: 'Message',
  fieldAttachment: 'Attachment (optional)',
  send: 'Send',
  sending: 'Sending…',
  required: 'Please fill in this field.',
  invalidEmail: 'Please enter a valid email address, like name@example.com.',
  tooLong: 'This is too long (at most {max} characters).',
  fileTooLarge: 'This file is too large (10 MB at most).',
  fileType: 'This file type is not supported. Use an image, PDF, TXT or CSV file.',
  conversationLabel: 'Conversation',
  replyLabel: 'Your reply',
  replyPlaceholder: 'Write a reply…',
  you: 'You',
  agent: 'Support',
  system: 'Update',
  pending: 'Waiting to send…',
  failed: 'Could not send this message.',
  retry: 'Try again',
  newMessageFrom: 'New message from support: {text}',
  startNew: 'Start a new conversation',
  conversationResolved: 'This conversation is resolved. Write below to reopen it.',
  conversationClosed: 'This conversation is closed.',
  myTickets: 'Your tickets',
  newTicket: 'New ticket',
  noTickets: 'You have no tickets yet.',
  back: 'Back',
  status_open: 'Open',
  status_pending: 'Waiting',
  status_resolved: 'Resolved',
  status_closed: 'Closed',
  ratePrompt: 'How did we do?',
  rateStar: '{n} out of 5',
  rateComment: 'Anything to add? (optional)',
  rateSubmit: 'Send rating',
  rateThanks: 'Thanks for your feedback!',
  loading: 'Loading…',
  errorOffline: "You're offline. We'll send your message as soon as you're back online.",
  errorServer: 'Something went wrong on our side. Please try again in a moment.',
  errorRateLimited: 'Too many attempts. Please wait a few minutes and try again.',
  errorExpired: 'This conversation has expired. Please start a new one.',
  errorValidation: 'Please check the highlighted fields.',
  errorClosed: 'This conversation is closed and cannot take new messages.',
  errorGeneric: 'Something went wrong. Please try again.',
  cancel: 'Cancel',
  // Attachments (composer files, file chips)
  attachFiles: 'Attach files',
  attachDrop: 'Drop files here to attach them',
  attachPending: 'Files to send',
  attachProgress: 'Uploading {name}',
  attachReady: 'Ready',
  attachCancel: 'Cancel upload of {name}',
  attachRemove: 'Remove {name}',
  attachRetry: 'Retry upload of {name}',
  attachFailed: 'Could not upload this file.',
  attachOffline: "You're offline. Files can't wait to be sent: try again once you're back online.",
  attachTooMany: 'At most 10 files per message.',
  attachWait: 'Please wait until the files finish uploading.',
  attachFix: 'Remove or retry the files that could not be uploaded.',
  attachmentsLabel: 'Attachments',
  attachDownload: 'Download',
  attachDownloadFailed: 'Could not download {name}. Please try again.',
  // Presence: availability and typing
  replyTimeMinutes: 'Usually replies in a few minutes',
  replyTimeHours: 'Usually replies in a few hours',
  replyTimeDay: 'Usually replies within a day',
  awayTitle: "We're away right now",
  awayDefault: "Leave us a message and we'll reply as soon as we're back.",
  awayBackToday: 'Back today at {time}',
  awayBackTomorrow: 'Back tomorrow at {time}',
  awayBackOn: 'Back {day} at {time}',
  supportTyping: 'Support is typing…',
} as const;

/** English strings of `<helpdock-partner-attributes>` (kept apart so the bubble's bundle leaves them out). */
export const enPartner = {
  partnerTitle: 'Partner settings',
  partnerIntro: 'Choose the partners you work with. You can change this any time.',
  partnerChotot: 'Chotot',
  partnerWhatsapp: 'WhatsApp',
  chototId: 'Chotot ID',
  chototOid: 'Chotot OID',
  whatsappPhoneNumberId: 'WhatsApp phone number ID',
  whatsappSystemToken: 'WhatsApp system token',
  tokenSet: 'set',
  tokenNotSet: 'not set',
  tokenKeepHint: 'Leave empty to keep the saved token.',
  notConfigured: 'Not configured',
  edit: 'Edit',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  skip: 'Skip for now',
  signInRequired: 'Please sign in to manage partner settings.',
} as const;

/** The keys every locale dictionary provides. */
export type MessageKey = keyof typeof en;

/** A complete dictionary for one locale. */
export type Messages = Record<MessageKey, string>;

/** The keys of the partner-settings dictionaries. */
export type PartnerMessageKey = keyof typeof enPartner;

/** A complete partner-settings dictionary for one locale. */
export type PartnerMessages = Record<PartnerMessageKey, string>;
