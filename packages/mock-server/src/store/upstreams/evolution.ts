import { equalSecrets, randomBytes, toHex } from '../../core/ids.js';
import type { StoreContext } from '../context.js';
import type { EvolutionSentMessage, EvolutionState } from '../records.js';

/** Demo credentials of the emulated Evolution: published demo values, valid only against the emulator. */
export const DEMO_EVOLUTION = {
  /** The global API key (`apikey` header). */
  apiKey: 'demo-evolution-api-key',
  /** The connected demo instance. */
  instance: 'helpdock-demo',
} as const;

/** Evolution v2's answer to `sendText`: the queued WhatsApp message. */
export interface EvolutionSendTextAnswer {
  /** Where the message went and its id. */
  key: {
    /** The recipient's JID. */
    remoteJid: string;
    /** Always true: the message is outgoing. */
    fromMe: boolean;
    /** The message id. */
    id: string;
  };
  /** The sender's display name (empty, as Evolution answers). */
  pushName: string;
  /** Delivery status: `PENDING` right after sending. */
  status: string;
  /** The message content. */
  message: {
    /** The text. */
    conversation: string;
  };
  /** Kind of message: `conversation` for a text. */
  messageType: string;
  /** When it was sent, in Unix seconds. */
  messageTimestamp: number;
  /** The instance it was sent through. */
  instanceId: string;
  /** The sending client as Evolution reports it (`unknown`). */
  source: string;
}

/** The emulator's demo state: one connected instance. */
export function demoEvolutionState(): EvolutionState {
  return { instances: [{ name: DEMO_EVOLUTION.instance, state: 'open' }], sent: [], webhook_deliveries: [] };
}

/** An error answer of the emulated Evolution, shaped as Evolution's `{status, error, response}`. */
export class EvolutionHttpError extends Error {
  override name = 'EvolutionHttpError';
  readonly body: unknown;
  constructor(
    readonly status: number,
    message: string | string[],
  ) {
    super(`Evolution answered ${status}`);
    const error = status === 401 ? 'Unauthorized' : status === 404 ? 'Not Found' : 'Bad Request';
    this.body = { status, error, response: { message } };
  }
}

/** The digits of a WhatsApp number or JID (`+55…`, `55…@s.whatsapp.net`); 400 unless 8–15 of them. */
function whatsappDigits(number: string): string {
  const digits = number.replace(/@.*$/, '').replace(/^\+/, '');
  if (!/^\d{8,15}$/.test(digits)) throw new EvolutionHttpError(400, ['number must be 8 to 15 digits']);
  return digits;
}

/**
 * The emulated Evolution API (SPEC §8, §10): `POST /message/sendText/{instance}` records the message
 * and answers like Evolution v2 does.
 */
export class EvolutionEmulator {
  constructor(private readonly ctx: StoreContext) {}

  /** The emulator's state. */
  get state(): EvolutionState {
    const slot = this.ctx.state.upstreams;
    slot.evolution ??= demoEvolutionState();
    return slot.evolution;
  }

  /** The demo API key and instance name (for tests and local setups). */
  credentials(): typeof DEMO_EVOLUTION {
    return DEMO_EVOLUTION;
  }

  /** True when `key` is the global API key (compared in constant time). */
  isApiKey(key: string | null): boolean {
    return equalSecrets(key, DEMO_EVOLUTION.apiKey);
  }

  private assertInstance(instance: string): void {
    if (!this.state.instances.some((i) => i.name === instance)) {
      throw new EvolutionHttpError(404, [`The "${instance}" instance does not exist`]);
    }
  }

  /** Sends a text: 404 for an unknown instance, 400 for a number that is not 8–15 digits (a JID is fine). */
  sendText(instance: string, input: { number: string; text: string }): EvolutionSendTextAnswer {
    this.assertInstance(instance);
    const digits = whatsappDigits(input.number);
    const sent: EvolutionSentMessage = {
      id: `BAE5${toHex(randomBytes(6)).toUpperCase()}`,
      instance,
      number: digits,
      remote_jid: `${digits}@s.whatsapp.net`,
      text: input.text,
      sent_at: this.ctx.nowIso(),
    };
    this.state.sent.push(sent);
    return {
      key: { remoteJid: sent.remote_jid, fromMe: true, id: sent.id },
      pushName: '',
      status: 'PENDING',
      message: { conversation: sent.text },
      messageType: 'conversation',
      messageTimestamp: Math.floor(Date.parse(sent.sent_at) / 1000),
      instanceId: instance,
      source: 'unknown',
    };
  }

  /**
   * A WhatsApp user writes to `instance`: the `messages.upsert` webhook Evolution would post for
   * it (404 for an unknown instance, 400 for a number that is not 8–15 digits).
   */
  receive(input: { instance: string; number: string; text: string; name?: string | undefined }): {
    /** The WhatsApp message id. */
    id: string;
    /** The webhook body. */
    webhook: Record<string, unknown>;
  } {
    this.assertInstance(input.instance);
    const digits = whatsappDigits(input.number);
    const id = `3EB0${toHex(randomBytes(8)).toUpperCase()}`;
    return {
      id,
      webhook: {
        event: 'messages.upsert',
        instance: input.instance,
        data: {
          key: { remoteJid: `${digits}@s.whatsapp.net`, fromMe: false, id },
          pushName: input.name ?? '',
          message: { conversation: input.text },
          messageType: 'conversation',
          messageTimestamp: Math.floor(this.ctx.clock.now() / 1000),
        },
        date_time: this.ctx.nowIso(),
      },
    };
  }

  /** Records the outcome of a webhook delivery. */
  recordDelivery(
    event: string,
    messageId: string,
    outcome: { status: number | null; error: string | null },
  ): void {
    this.state.webhook_deliveries.push({ event, message_id: messageId, ...outcome, at: this.ctx.nowIso() });
  }

  /** Every message sent, oldest first. */
  sentMessages(): EvolutionSentMessage[] {
    return [...this.state.sent];
  }
}
