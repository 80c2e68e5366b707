import type { Kysely } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DB } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import { forbidden } from '../../errors.ts';

/** Only administrators of the installation manage it. */
export async function requireInstanceAdmin(db: Kysely<DB>, userId: string): Promise<void> {
  const admin = await db.selectFrom('instance_admins').select('user_id').where('user_id', '=', userId).executeTakeFirst();
  if (!admin) throw forbidden('Only an administrator of this installation may do this');
}

/**
 * The administrator's view of the installation's mail, newest first.
 * - Without SMTP the outbox is how mail is delivered: every mail with its text, except password
 *   resets for anyone but the administrator themselves (a reset link would hand over the account).
 * - With SMTP only what could not be delivered, without text (subjects and addresses suffice to
 *   see that delivery fails; the text may hold network content the administrator does not see).
 */
export async function listOutbox({ db, mailer }: AppDeps, { userId, page }: { userId: string; page: { limit: number; cursor?: string | undefined } }) {
  await requireInstanceAdmin(db, userId);
  const me = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
  const cursor = decodeCursor(page.cursor);
  let query = db.selectFrom('mail_messages').selectAll();
  if (mailer.smtp) {
    query = query.where((eb) => eb.or([eb('status', '=', 'failed'), eb.and([eb('status', '=', 'queued'), eb('attempts', '>', 0)])]));
  } else {
    query = query.where((eb) => eb.or([eb('kind', '!=', 'password_reset'), eb('to_address', '=', me.email.toLowerCase())]));
  }
  if (cursor) {
    query = query.where(afterCursor(cursor, 'desc', 'created_at', 'id'));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
  const result = toPage(rows, page.limit, (m) => ({
    id: m.id,
    to: m.to_address,
    subject: m.subject,
    text: mailer.smtp ? null : m.body_text,
    status: m.status,
    attempts: m.attempts,
    lastError: m.last_error,
    createdAt: m.created_at.toISOString(),
    sentAt: m.sent_at?.toISOString() ?? null,
  }));
  return { delivery: mailer.smtp ? ('smtp' as const) : ('outbox' as const), ...result };
}
