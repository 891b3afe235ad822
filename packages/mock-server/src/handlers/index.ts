import type { HttpHandler } from 'msw';
import type { ServerDeps } from '../deps.js';
import { configHandlers } from './config.js';
import { controlHandlers } from './control.js';
import { eventHandlers } from './events.js';
import { identityHandlers } from './identity.js';
import { portalHandlers } from './portal.js';
import { publicHandlers } from './public.js';
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
  portalHandlers,
  eventHandlers,
];

/** All handlers of all domains. */
export const buildHandlers = (deps: ServerDeps): HttpHandler[] =>
  handlerModules.flatMap((module) => module(deps));
