import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findMeeting } from './meeting-view.ts';

/** One session with its participants, agenda, minutes and decisions. */
export async function getMeeting({ db }: AppDeps, { membership, meetingId }: { membership: Membership; meetingId: string }) {
  permit(membership, 'network.read');
  const meeting = await findMeeting(db, membership.networkId, meetingId);
  if (!meeting) throw notFound('Session not found');
  return meeting;
}
