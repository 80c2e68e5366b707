import type { AppDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';

/** Marks one of the person's notifications read; another person's answers 404. */
export async function markNotificationRead({ db, clock }: AppDeps, { userId, notificationId: id }: { userId: string; notificationId: string }): Promise<void> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: clock.now() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    const exists = await db.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    if (!exists) throw notFound('No such notification');
  }
}

/** Marks all of the person's notifications read; returns how many changed. */
export async function markAllNotificationsRead({ db, clock }: AppDeps, { userId }: { userId: string }): Promise<number> {
  const result = await db.updateTable('notifications').set({ read_at: clock.now() }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
