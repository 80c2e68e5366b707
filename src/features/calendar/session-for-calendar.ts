import type { Queryable } from '../../db/transaction.ts';
import { agendaOf } from '../sessions/meeting-view.ts';
import type { SessionForCalendar } from './calendar-events.ts';

/** What a session's calendar event is made of: its day, time, place and agenda titles. */
export async function sessionForCalendar(q: Queryable, { networkId, meetingId }: { networkId: string; meetingId: string }): Promise<SessionForCalendar> {
  const row = await q.selectFrom('meetings').selectAll().where('network_id', '=', networkId).where('id', '=', meetingId).executeTakeFirstOrThrow();
  const agenda = await agendaOf(q, networkId, meetingId);
  return {
    id: row.id,
    networkId,
    title: row.title,
    heldOn: row.held_on,
    startTime: row.start_time,
    endTime: row.end_time,
    location: row.location,
    onlineLink: row.online_link,
    agenda: agenda.map((item) => ({ position: item.position, title: item.title })),
    version: row.version,
    updatedAt: row.updated_at,
  };
}
