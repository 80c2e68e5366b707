import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
import { lockMeeting } from './lock-meeting.ts';
import { toAgendaItemView } from './meeting-view.ts';

/** Takes an item off a session's agenda (coordinator); the items after it move up. Returns it as it was. */
export async function deleteAgendaItem(db: Kysely<DB>, actor: Actor, networkId: string, meetingId: string, itemId: string) {
  return inTransaction(db, async (tx) => {
    await lockMeeting(tx, networkId, meetingId);
    const item = await tx.deleteFrom('meeting_agenda_items').where('id', '=', itemId).where('meeting_id', '=', meetingId).returningAll().executeTakeFirst();
    if (!item) throw notFound('Agenda item not found');
    await tx
      .updateTable('meeting_agenda_items')
      .set({ position: sql<number>`position - 1` })
      .where('meeting_id', '=', meetingId)
      .where('position', '>', item.position)
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'session.agenda.delete', objectType: 'session_agenda_item', objectId: itemId, details: { sessionId: meetingId, title: item.title } });
    return toAgendaItemView(item);
  });
}
