import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { findMeeting } from './meeting-view.ts';

/** One session with its participants, agenda, minutes and decisions. */
export async function getMeeting(db: Kysely<DB>, networkId: string, meetingId: string) {
  const meeting = await findMeeting(db, networkId, meetingId);
  if (!meeting) throw notFound('Session not found');
  return meeting;
}
