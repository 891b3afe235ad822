import { ChatwootClient } from '@helpdock/sdk/chatwoot';
import { createWhatsappBridge, EvolutionClient, type FetchHandler } from '@helpdock/sdk/whatsapp';

/** Everything the bridge needs to reach Chatwoot and Evolution. */
export interface BridgeSettings {
  /** Chatwoot origin (on the reference server: `<api>/chatwoot`). */
  chatwootUrl: string;
  /** Chatwoot access token (Application API). */
  chatwootToken: string;
  /** Evolution origin (on the reference server: `<api>/evolution`). */
  evolutionUrl: string;
  /** Evolution API key. */
  evolutionKey: string;
  /** Chatwoot account id. */
  accountId: number;
  /** Chatwoot inbox (an API channel) of the WhatsApp conversations. */
  inboxId: number;
  /** Evolution instance (the WhatsApp number). */
  instance: string;
  /** Shared secret both webhooks carry (`X-Webhook-Secret` or `?secret=`). */
  webhookSecret: string;
}

/** The bridge as one fetch handler, built from settings. */
export function createBridge(settings: BridgeSettings): FetchHandler {
  return createWhatsappBridge({
    chatwoot: new ChatwootClient({ baseUrl: settings.chatwootUrl, apiAccessToken: settings.chatwootToken }),
    evolution: new EvolutionClient({ baseUrl: settings.evolutionUrl, apiKey: settings.evolutionKey }),
    accountId: settings.accountId,
    inboxId: settings.inboxId,
    instance: settings.instance,
    webhookSecret: settings.webhookSecret,
  });
}

/** Reads bridge settings from the environment, as a deployment would (see the README). */
export function settingsFromEnv(env: NodeJS.ProcessEnv): BridgeSettings | undefined {
  const required = [
    'CHATWOOT_URL',
    'CHATWOOT_API_TOKEN',
    'EVOLUTION_URL',
    'EVOLUTION_API_KEY',
    'BRIDGE_WEBHOOK_SECRET',
  ];
  if (!required.every((name) => env[name])) return undefined;
  return {
    chatwootUrl: env.CHATWOOT_URL!,
    chatwootToken: env.CHATWOOT_API_TOKEN!,
    evolutionUrl: env.EVOLUTION_URL!,
    evolutionKey: env.EVOLUTION_API_KEY!,
    accountId: Number(env.CHATWOOT_ACCOUNT_ID ?? 1),
    inboxId: Number(env.CHATWOOT_INBOX_ID ?? 1),
    instance: env.EVOLUTION_INSTANCE ?? 'helpdock-demo',
    webhookSecret: env.BRIDGE_WEBHOOK_SECRET!,
  };
}
