import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { sessionClaimProblem } from '../../domain/meeting.ts';
import { findMeeting } from './meeting-view.ts';

/**
 * One session with its participants, agenda, minutes and decisions, and what keeps the caller from
 * claiming a step of its decisions (so that the page can say why), or null.
 */
export async function getMeeting({ db }: AppDeps, { membership, userId, meetingId }: { membership: Membership; userId: string; meetingId: string }) {
  permit(membership, 'network.read');
  const meeting = await findMeeting(db, membership.networkId, meetingId);
  if (!meeting) throw notFound('Session not found');
  const { partners, attendees } = meeting.attendance;
  const myClaimProblem = sessionClaimProblem({ userId, partnerId: membership.partnerId }, { partners, attendeeIds: attendees.map((a) => a.id) });
  return { ...meeting, myClaimProblem };
}
