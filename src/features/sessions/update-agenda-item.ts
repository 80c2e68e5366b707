import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { lockMeeting } from './lock-meeting.ts';
import { toAgendaItemView } from './meeting-view.ts';

export interface UpdateAgendaItemOptions extends NetworkCaller {
  meetingId: string;
  itemId: string;
  changes: { title?: string | undefined; notes?: string | undefined; timeBoxMinutes?: number | null | undefined };
}

/** Changes an agenda item's title, its notes (what was said) or its time box (coordinator). */
export async function updateAgendaItem({ db }: AppDeps, { actor, membership, meetingId, itemId, changes }: UpdateAgendaItemOptions) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    await lockMeeting(tx, networkId, meetingId);
    const current = await tx.selectFrom('meeting_agenda_items').selectAll().where('id', '=', itemId).where('meeting_id', '=', meetingId).executeTakeFirst();
    if (!current) throw notFound('Agenda item not found');
    const title = changes.title?.trim() ?? current.title;
    const notes = changes.notes ?? current.notes;
    const timeBox = changes.timeBoxMinutes === undefined ? current.time_box_minutes : changes.timeBoxMinutes;
    const updated = await tx.updateTable('meeting_agenda_items').set({ title, notes, time_box_minutes: timeBox }).where('id', '=', itemId).returningAll().executeTakeFirstOrThrow();
    const changed = [title !== current.title && 'title', notes !== current.notes && 'notes', timeBox !== current.time_box_minutes && 'timeBoxMinutes'].filter(Boolean);
    await recordAudit(tx, actor, { networkId, action: 'session.agenda.update', objectType: 'session_agenda_item', objectId: itemId, details: { sessionId: meetingId, title, changed } });
    return toAgendaItemView(updated);
  });
}
