import type { Call } from '@helpdock/sdk/schemas';
import type { ReactiveControllerHost } from 'lit';
import {
  type CallRequestErrors,
  type CallRequestValues,
  callRequestBody,
  validateCallRequest,
} from './call-request.js';
import type { CustomerController } from './customer-portal.controller.js';

/**
 * The "request a call" form's state (its host re-renders on each change): what is typed, its problems,
 * and the call the server accepted last.
 */
export class CallFormController {
  /** The values typed so far. */
  values: CallRequestValues = { when: 'now', at: '', ticketId: '', note: '' };
  /** Problems found when sending; empty when none. */
  errors: CallRequestErrors = {};
  /** The call accepted last, shown as a confirmation. */
  requested: Call | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly customer: CustomerController,
    private readonly now: () => number = Date.now,
  ) {}

  /** Changes one field (and re-checks it once a send has shown problems). */
  set<K extends keyof CallRequestValues>(field: K, value: CallRequestValues[K]): void {
    this.values = { ...this.values, [field]: value };
    if (Object.keys(this.errors).length > 0) this.errors = validateCallRequest(this.values, this.now());
    this.host.requestUpdate();
  }

  /** Validates and sends; resolves to whether the call was requested. */
  async submit(): Promise<boolean> {
    this.errors = validateCallRequest(this.values, this.now());
    this.requested = null;
    this.host.requestUpdate();
    if (Object.keys(this.errors).length > 0) return false;
    const call = await this.customer.requestCall(callRequestBody(this.values));
    if (!call) return false;
    this.requested = call;
    this.values = { when: 'now', at: '', ticketId: '', note: '' };
    this.host.requestUpdate();
    return true;
  }
}
