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
