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

/** Every mail the installation wrote, newest first: the outbox when no SMTP server is set (administrators only). */
export async function listOutbox({ db }: AppDeps, { userId, page }: { userId: string; page: { limit: number; cursor?: string | undefined } }) {
  await requireInstanceAdmin(db, userId);
  const cursor = decodeCursor(page.cursor);
  let query = db.selectFrom('mail_messages').selectAll();
  if (cursor) {
    query = query.where(afterCursor(cursor, 'desc', 'created_at', 'id'));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit + 1).execute();
  return toPage(rows, page.limit, (m) => ({
    id: m.id,
    to: m.to_address,
    subject: m.subject,
    text: m.body_text,
    status: m.status,
    attempts: m.attempts,
    lastError: m.last_error,
    createdAt: m.created_at.toISOString(),
    sentAt: m.sent_at?.toISOString() ?? null,
  }));
}
