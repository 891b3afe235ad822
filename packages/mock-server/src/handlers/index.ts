import type { HttpHandler } from 'msw';
import type { ServerDeps } from '../deps.js';
import { callHandlers } from './calls.js';
import { chatwootEmulatorHandlers } from './chatwoot-emulator.js';
import { configHandlers } from './config.js';
import { controlHandlers } from './control.js';
import { customerHandlers } from './customers.js';
import { eventHandlers } from './events.js';
import { evolutionEmulatorHandlers } from './evolution-emulator.js';
import { feedbackHandlers } from './feedback.js';
import { fileHandlers } from './files.js';
import { hostIdentityHandlers } from './host-identity.js';
import { identityHandlers } from './identity.js';
import { knowledgeBaseHandlers } from './knowledge-base.js';
import { notificationHandlers } from './notifications.js';
import { partnerAttributeHandlers } from './partner-attributes.js';
import { portalHandlers } from './portal.js';
import { publicHandlers } from './public.js';
import { supportAccessHandlers } from './support-access.js';
import { supportThreadHandlers } from './support-threads.js';
import { tokenHandlers } from './tokens.js';

/** One domain's handlers, built from the server's dependencies. */
export type HandlerModule = (deps: ServerDeps) => HttpHandler[];

/**
 * Every domain module of the reference server, in matching order. To add a domain, write
 * `handlers/<domain>.ts` exporting a {@link HandlerModule} and list it here.
 */
export const handlerModules: readonly HandlerModule[] = [
  controlHandlers,
  identityHandlers,
  supportThreadHandlers,
  tokenHandlers,
  configHandlers,
  publicHandlers,
  hostIdentityHandlers,
  portalHandlers,
  eventHandlers,
  customerHandlers,
  fileHandlers,
  callHandlers,
  notificationHandlers,
  feedbackHandlers,
  knowledgeBaseHandlers,
  partnerAttributeHandlers,
  supportAccessHandlers,
  chatwootEmulatorHandlers,
  evolutionEmulatorHandlers,
];

/** All handlers of all domains. */
export const buildHandlers = (deps: ServerDeps): HttpHandler[] =>
  handlerModules.flatMap((module) => module(deps));
