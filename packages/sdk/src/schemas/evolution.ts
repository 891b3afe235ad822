import * as z from 'zod';

/*
 * The Evolution API (v2) as far as Helpdock uses it.
 * Source: github.com/EvolutionAPI/evolution-api, src/api/routes/sendMessage.router.ts
 * (POST /message/sendText/{instance}, answered 201) and src/validate/message.schema.ts
 * (textMessageSchema: `number` and `text` required), plus the `messages.upsert` webhook event.
 */

/** `POST /message/sendText/{instance}` body. */
export const EvolutionSendTextRequest = z.object({
  number: z.string().min(8),
  text: z.string().min(1),
  delay: z.number().int().nonnegative().optional(),
  linkPreview: z.boolean().optional(),
});
export type EvolutionSendTextRequest = z.infer<typeof EvolutionSendTextRequest>;

/** `POST /message/sendText/{instance}` response. */
export const EvolutionSendTextResponse = z.looseObject({
  key: z.looseObject({ remoteJid: z.string(), fromMe: z.boolean(), id: z.string() }),
  status: z.string().optional(),
});
export type EvolutionSendTextResponse = z.infer<typeof EvolutionSendTextResponse>;

/** The `messages.upsert` webhook Evolution posts for each incoming WhatsApp message. */
export const EvolutionMessagesUpsertWebhook = z.looseObject({
  event: z.literal('messages.upsert'),
  instance: z.string(),
  data: z.looseObject({
    key: z.looseObject({ remoteJid: z.string(), fromMe: z.boolean(), id: z.string() }),
    pushName: z.string().nullable().optional(),
    message: z
      .looseObject({
        conversation: z.string().optional(),
        extendedTextMessage: z.looseObject({ text: z.string() }).optional(),
      })
      .nullable()
      .optional(),
    messageType: z.string().optional(),
    messageTimestamp: z.union([z.number(), z.string()]).optional(),
  }),
});
export type EvolutionMessagesUpsertWebhook = z.infer<typeof EvolutionMessagesUpsertWebhook>;
