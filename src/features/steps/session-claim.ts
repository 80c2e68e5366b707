import type { Queryable } from '../../db/transaction.ts';
import { SESSION_CLAIM_MESSAGES, sessionClaimProblem, type SessionClaimProblem } from '../../domain/meeting.ts';
import { conflict } from '../../errors.ts';
import { attendanceOf } from '../sessions/meeting-attendance.ts';

/**
 * What keeps this person from claiming a step of a decision taken at this session (see
 * `sessionClaimProblem`), or null.
 */
export async function claimAtSessionProblem(q: Queryable, networkId: string, meetingId: string, claimant: { userId: string; partnerId: string | null }): Promise<SessionClaimProblem | null> {
  const attendance = await attendanceOf(q, networkId, meetingId);
  return sessionClaimProblem(claimant, { partners: attendance.partners, attendeeIds: attendance.attendees.map((a) => a.id) });
}

/**
 * Refuses with 409 and the reason when the claimant may not take on a step of this thing: only a
 * step that serves a decision of a session is bound to who was there; other steps are not.
 */
export async function demandPresentClaimant(
  q: Queryable,
  networkId: string,
  served: { kind: string | null; id: string | null },
  claimant: { userId: string; partnerId: string | null },
): Promise<void> {
  if (served.kind !== 'decision' || served.id === null) return;
  const decision = await q.selectFrom('decisions').select('meeting_id').where('network_id', '=', networkId).where('id', '=', served.id).executeTakeFirst();
  if (!decision?.meeting_id) return;
  const problem = await claimAtSessionProblem(q, networkId, decision.meeting_id, claimant);
  if (problem) throw conflict(SESSION_CLAIM_MESSAGES[problem], { reason: problem, sessionId: decision.meeting_id });
}
