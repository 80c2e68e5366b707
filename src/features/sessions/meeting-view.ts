import type { Selectable } from 'kysely';
import type { MeetingAgendaItemsTable, MeetingsTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { agendaTimeBudget } from '../../domain/meeting.ts';
import { selectDecisions, toDecisionViews } from '../decisions/decision-view.ts';
import { attendanceOf } from './meeting-attendance.ts';

type MeetingRow = Selectable<MeetingsTable> & { created_by_name: string };

/** Sessions of the network with their author's name. */
export function selectMeetings(q: Queryable, networkId: string) {
  return q
    .selectFrom('meetings as m')
    .innerJoin('users as u', 'u.id', 'm.created_by')
    .selectAll('m')
    .select('u.name as created_by_name')
    .where('m.network_id', '=', networkId);
}

export function toAgendaItemView(row: Selectable<MeetingAgendaItemsTable>) {
  return {
    id: row.id,
    position: row.position,
    section: row.section,
    kind: row.kind,
    title: row.title,
    reason: row.reason ? { code: row.reason, params: row.reason_params } : null,
    link: row.link,
    notes: row.notes,
    timeBoxMinutes: row.time_box_minutes,
  };
}

/** The agenda of a session, in order. */
export async function agendaOf(q: Queryable, networkId: string, meetingId: string) {
  const rows = await q
    .selectFrom('meeting_agenda_items')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map(toAgendaItemView);
}

/** The people taking part in a session, by name. */
export async function participantsOf(q: Queryable, networkId: string, meetingId: string) {
  return q
    .selectFrom('meeting_participants as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.name'])
    .where('p.network_id', '=', networkId)
    .where('p.meeting_id', '=', meetingId)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

function toMeetingView(row: MeetingRow) {
  return {
    id: row.id,
    title: row.title,
    heldOn: row.held_on,
    startTime: row.start_time,
    endTime: row.end_time,
    location: row.location,
    onlineLink: row.online_link,
    minutes: row.minutes,
    durationMinutes: row.duration_minutes,
    publishedAt: row.published_at?.toISOString() ?? null,
    version: row.version,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** One session with its participants, agenda and decisions (each with consequences and flag), or undefined. */
export async function findMeeting(q: Queryable, networkId: string, meetingId: string) {
  const row = await selectMeetings(q, networkId).where('m.id', '=', meetingId).executeTakeFirst();
  if (!row) return undefined;
  const decisionRows = await selectDecisions(q, networkId).where('d.meeting_id', '=', meetingId).orderBy('d.created_at').orderBy('d.id').execute();
  const agenda = await agendaOf(q, networkId, meetingId);
  return {
    ...toMeetingView(row),
    participants: await participantsOf(q, networkId, meetingId),
    agenda,
    timeBudget: agendaTimeBudget(agenda, row.duration_minutes),
    attendance: await attendanceOf(q, networkId, meetingId),
    decisions: await toDecisionViews(q, networkId, decisionRows),
  };
}

export type MeetingView = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;
