import { type UpstreamConfig, upstreamRequest } from '../core/upstream.js';
import { EvolutionSendTextRequest, EvolutionSendTextResponse } from '../schemas/evolution.js';

/**
 * Options of {@link EvolutionClient}.
 *
 * @example
 * ```ts
 * new EvolutionClient({ baseUrl: 'https://evolution.example.com', apiKey: process.env.EVOLUTION_API_KEY! });
 * ```
 */
export interface EvolutionClientOptions {
  /** Evolution API origin. */
  baseUrl: string;
  /** The global or instance API key, sent as the `apikey` header. */
  apiKey: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
}

/**
 * The Evolution API (WhatsApp gateway), server-only. Requests follow github.com/EvolutionAPI/evolution-api:
 * `src/api/routes/sendMessage.router.ts` (`POST /message/sendText/{instance}`) and
 * `src/validate/message.schema.ts` (`textMessageSchema`: `number`, `text`, optional `delay`, `linkPreview`).
 *
 * @example
 * ```ts
 * const evolution = new EvolutionClient({ baseUrl, apiKey });
 * await evolution.sendText('acme', { number: '5511987654321', text: 'Hello!' });
 * ```
 */
export class EvolutionClient {
  #config: UpstreamConfig;

  constructor(options: EvolutionClientOptions) {
    this.#config = {
      name: 'Evolution',
      baseUrl: options.baseUrl,
      headers: { apikey: options.apiKey },
      fetch: options.fetch,
    };
  }

  /**
   * Sends a plain text WhatsApp message from `instance` to `number` (digits, country code first).
   * @throws {UpstreamError} when Evolution refuses (unknown instance, number not on WhatsApp…).
   */
  sendText(instance: string, message: EvolutionSendTextRequest): Promise<EvolutionSendTextResponse> {
    if (!instance) throw new TypeError('sendText needs an instance name');
    return upstreamRequest(
      this.#config,
      'POST',
      `/message/sendText/${encodeURIComponent(instance)}`,
      EvolutionSendTextResponse,
      EvolutionSendTextRequest.parse(message),
    );
  }
}
