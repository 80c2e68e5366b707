import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { sessionForCalendar } from '../calendar/session-for-calendar.ts';
import { findMeeting } from './meeting-view.ts';
import { notifyCancelled } from './notify-participants.ts';

/**
 * Deletes a session with its agenda and participants (coordinator) and returns it as it was. Its
 * decisions stay in the network's list of decisions, without a session. Its participants who were
 * sent its calendar file get one that takes it out of their calendar.
 */
export async function deleteMeeting(deps: AppDeps, { actor, membership, meetingId }: NetworkCaller & { meetingId: string }) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
  return inTransaction(deps.db, async (tx) => {
    const locked = await tx.selectFrom('meetings').select('id').where('id', '=', meetingId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!locked) throw notFound('Session not found');
    const meeting = (await findMeeting(tx, networkId, meetingId))!;
    const session = await sessionForCalendar(tx, { networkId, meetingId });
    const participants = (await tx.selectFrom('meeting_participants').select('user_id').where('meeting_id', '=', meetingId).execute()).map((r) => r.user_id);
    await tx.deleteFrom('meetings').where('id', '=', meetingId).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'session.delete',
      objectType: 'session',
      objectId: meetingId,
      details: { title: meeting.title, heldOn: meeting.heldOn, keptDecisions: meeting.decisions.map((d) => d.id) },
    });
    await notifyCancelled(tx, deps, { session, userIds: participants, actorId: actor.userId, reason: 'deleted' });
    return meeting;
  });
}
