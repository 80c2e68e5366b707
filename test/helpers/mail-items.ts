import type { Runtime } from '../../src/runtime.ts';
import type { TestApp } from './test-app.ts';

/**
 * The notification mails of a person as they will read them: each event's subject and text in the
 * person's language, whether it goes out at once (after the bundling window) or in a digest.
 */
export async function mailItemsTo(app: TestApp, email: string) {
  const rows = await app.runtime.deps.db
    .selectFrom('notification_mail_items as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['u.email', 'i.subject', 'i.lines', 'i.delivery', 'i.kind'])
    .where('u.email', '=', email.toLowerCase())
    .orderBy('i.created_at')
    .execute();
  return rows.map((r) => ({ to: r.email, subject: r.subject, text: r.lines.join('\n'), delivery: r.delivery, kind: r.kind }));
}

/** Every person's notification mails whose subject starts with `prefix`. */
export async function mailItemsWithSubject(app: TestApp, prefix: string) {
  const rows = await app.runtime.deps.db
    .selectFrom('notification_mail_items as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['u.email', 'i.subject', 'i.lines'])
    .where('i.subject', 'like', `${prefix}%`)
    .orderBy('i.created_at')
    .execute();
  return rows.map((r) => ({ to: r.email, subject: r.subject, text: r.lines.join('\n') }));
}

/** Runs due jobs until none is left, as the poller does over a few seconds (it takes 20 at a time). */
export async function runAllJobs(runtime: Runtime): Promise<void> {
  while ((await runtime.runJobs()) > 0);
}

/**
 * The notification mails sent to an address, oldest first: the mails in `mail_messages` that carry
 * an unsubscribe header, which invitations and password mails do not.
 */
export function notificationMailsTo(runtime: Runtime, email: string) {
  return runtime.deps.db
    .selectFrom('mail_messages')
    .select(['to_address', 'subject', 'body_text', 'attachments'])
    .where('to_address', '=', email)
    .where('list_unsubscribe', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
