import { z } from 'zod/mini';

/** A mail kept by the development outbox (no SMTP server configured). */
export const outboxMessageSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  text: z.string(),
  /** The HTML part, its inline images turned into data: URLs so a page can preview it. */
  html: z.string(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string() })),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxSchema = z.object({
  messages: z.array(outboxMessageSchema),
});
export type Outbox = z.infer<typeof outboxSchema>;

export const outboxQuerySchema = z.object({
  /** How many of the newest mails to return. */
  limit: z._default(
    z.coerce
      .number({ message: 'La limite doit être un nombre.' })
      .check(
        z.int({ message: 'La limite doit être un nombre entier.' }),
        z.gte(1, { message: 'La limite va de 1 à 100.' }),
        z.lte(100, { message: 'La limite va de 1 à 100.' }),
      ),
    50,
  ),
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;
