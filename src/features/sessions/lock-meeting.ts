import type { Tx } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';

/** Locks a session of the network for a change to its agenda (changes take turns), or 404. */
export async function lockMeeting(tx: Tx, networkId: string, meetingId: string) {
  const meeting = await tx.selectFrom('meetings').select(['id', 'title']).where('id', '=', meetingId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
  if (!meeting) throw notFound('Session not found');
  return meeting;
}

/** The next free position at the end of a session's agenda. */
export async function nextPosition(tx: Tx, meetingId: string): Promise<number> {
  const row = await tx.selectFrom('meeting_agenda_items').select((eb) => eb.fn.max('position').as('last')).where('meeting_id', '=', meetingId).executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}
