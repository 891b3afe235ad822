/** How long an emulated upstream waits for a webhook receiver. */
const WEBHOOK_TIMEOUT_MS = 5_000;

/** How a webhook delivery went: the receiver's status, or the network error's name. */
export interface WebhookOutcome {
  /** HTTP status of the receiver's answer; null when the request failed. */
  status: number | null;
  /** The network error (e.g. `TimeoutError`); null when the receiver answered. */
  error: string | null;
}

/** Posts `payload` as JSON to `url`, as an upstream's webhook does; never throws. */
export async function postWebhook(url: string, payload: unknown): Promise<WebhookOutcome> {
  try {
    const response = await globalThis.fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    // Not awaited: under MSW a body is a tee branch whose cancel can wait for its twin.
    response.body?.cancel().catch(() => undefined);
    return { status: response.status, error: null };
  } catch (error) {
    return { status: null, error: error instanceof Error ? error.name : 'Error' };
  }
}
