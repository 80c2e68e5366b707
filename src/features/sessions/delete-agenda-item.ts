import { sql } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockMeeting } from './lock-meeting.ts';
import { toAgendaItemView } from './meeting-view.ts';

/** Takes an item off a session's agenda (coordinator); the items after it move up. Returns it as it was. */
export async function deleteAgendaItem({ db }: AppDeps, { actor, membership, meetingId, itemId }: NetworkCaller & { meetingId: string; itemId: string }) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
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
