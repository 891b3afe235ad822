/**
 * `npm start -w examples/whatsapp-bridge`: starts the bridge in front of a reference server (emulated
 * Chatwoot and Evolution) and plays one WhatsApp conversation through it. `-- --serve` keeps both
 * running afterwards. With CHATWOOT_URL, CHATWOOT_API_TOKEN, EVOLUTION_URL, EVOLUTION_API_KEY and
 * BRIDGE_WEBHOOK_SECRET set, it serves the bridge for those real upstreams instead.
 */
import { parseArgs } from 'node:util';
import { createBridge, settingsFromEnv } from './bridge.js';
import { playConversation, startBridgeDemo } from './demo.js';
import { startWebhookServer } from './webhook-server.js';

const { values } = parseArgs({
  options: { serve: { type: 'boolean', default: false }, port: { type: 'string', default: '0' } },
});
const port = Number(values.port);

const stopOnSignal = (close: () => Promise<void>) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
};

const real = settingsFromEnv(process.env);
if (real) {
  const server = await startWebhookServer(port);
  server.mount(createBridge(real));
  console.log(`Bridge listening: point both webhooks at ${server.webhookUrl}?secret=<BRIDGE_WEBHOOK_SECRET>`);
  stopOnSignal(server.close);
} else {
  const demo = await startBridgeDemo(port);
  console.log(`Reference server (emulated Chatwoot and Evolution): ${demo.api.url}`);
  console.log(`Bridge webhook: ${demo.bridge.webhookUrl}`);
  await playConversation(demo, (line) => console.log(line));
  if (values.serve) {
    console.log(
      `Serving until Ctrl+C. Inspect ${demo.api.url}/__helpdock/chatwoot and /__helpdock/evolution ` +
        `(header Authorization: Bearer ${demo.api.controlToken})`,
    );
    stopOnSignal(demo.close);
  } else {
    await demo.close();
  }
}
