import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { DB, MailAttachment, MailKind } from '../db/schema.ts';
import type { Queryable } from '../db/transaction.ts';
import { enqueueJob, type JobHandlers, type QueueClock } from '../jobs/queue.ts';
import type { MailContent } from './layout.ts';

export interface Mailer {
  /** Whether mail leaves the machine over SMTP; without it mail stays in the outbox. */
  readonly smtp: boolean;
  /** Stores a mail (in the caller's transaction) and, with SMTP, schedules its delivery. */
  send(q: Queryable, mail: MailContent & { to: string; networkId?: string | null; kind?: MailKind; attachments?: readonly MailAttachment[] | undefined }): Promise<string>;
  /** Job handlers that deliver queued mail over SMTP. */
  jobHandlers(db: Kysely<DB>): JobHandlers;
  close(): void;
}

/**
 * Mail over SMTP with nodemailer when `smtpUrl` is set (`smtp://user:pass@host:587`,
 * `smtps://…`); otherwise every mail lands in the outbox table that the administrator reads.
 * Delivery is a durable job, so a mail written in a transaction is sent only if that commits.
 */
export function createMailer(options: { smtpUrl?: string | undefined; from: string; clock: QueueClock }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    smtp: transport !== null,
    async send(q, mail) {
      const id = randomUUID();
      await q
        .insertInto('mail_messages')
        .values({
          id,
          network_id: mail.networkId ?? null,
          kind: mail.kind ?? 'general',
          to_address: mail.to,
          subject: mail.subject,
          body_text: mail.text,
          body_html: mail.html ?? null,
          list_unsubscribe: mail.listUnsubscribe ?? null,
          attachments: mail.attachments && mail.attachments.length > 0 ? JSON.stringify(mail.attachments) : null,
          status: transport ? 'queued' : 'outbox',
          created_at: options.clock.now(),
        })
        .execute();
      if (transport) await enqueueJob(q, { kind: 'mail.send', payload: { mailId: id }, dedupeKey: `mail.send:${id}`, runAt: options.clock.now() });
      return id;
    },
    jobHandlers(db) {
      return {
        'mail.send': async (payload) => {
          if (!transport) return;
          const mailId = String(payload.mailId);
          const mail = await db.selectFrom('mail_messages').selectAll().where('id', '=', mailId).executeTakeFirst();
          if (!mail || mail.status === 'sent') return;
          try {
            await transport.sendMail({
              from: options.from,
              to: mail.to_address,
              subject: mail.subject,
              text: mail.body_text,
              ...(mail.body_html ? { html: mail.body_html } : {}),
              // A calendar file goes as a MIME part of its own type (text/calendar; method=PUBLISH).
              ...(mail.attachments && mail.attachments.length > 0
                ? { attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) }
                : {}),
              // RFC 8058: a mail client may unsubscribe with one POST to this address, no sign-in.
              ...(mail.list_unsubscribe
                ? { headers: { 'List-Unsubscribe': `<${mail.list_unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } }
                : {}),
            });
          } catch (err) {
            await db
              .updateTable('mail_messages')
              .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: String((err as Error).message).slice(0, 2000) }))
              .where('id', '=', mailId)
              .execute();
            throw err;
          }
          await db
            .updateTable('mail_messages')
            .set((eb) => ({ status: 'sent', sent_at: options.clock.now(), attempts: eb('attempts', '+', 1), last_error: null }))
            .where('id', '=', mailId)
            .execute();
        },
      };
    },
    close() {
      transport?.close();
    },
  };
}
