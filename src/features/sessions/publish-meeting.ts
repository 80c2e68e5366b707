import { inTransaction } from '../../db/transaction.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findMeeting } from './meeting-view.ts';
import { notifyPublished } from './notify-participants.ts';

/**
 * Publishes a session's minutes and decisions to its participants (coordinator): stamps the
 * session and tells everyone taking part, naming the decisions that change nothing tomorrow yet.
 * Publishing again after a correction tells them again.
 */
export async function publishMeeting(deps: AppDeps, { actor, membership, meetingId, baseVersion }: NetworkCaller & { meetingId: string; baseVersion: number }) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const current = await tx.selectFrom('meetings').selectAll().where('id', '=', meetingId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Session not found');
    const meeting = (await findMeeting(tx, networkId, meetingId))!;
    if (current.version !== baseVersion) throw conflict('The session was changed by someone else; reload and check before publishing', { currentVersion: current.version, current: meeting });
    if (!current.minutes.trim() && meeting.decisions.length === 0) throw invalid('Write the minutes or record a decision before publishing');
    await tx.updateTable('meetings').set({ published_at: now }).where('id', '=', meetingId).execute();
    const flagged = meeting.decisions.filter((d) => d.changesNothingTomorrow).length;
    await recordAudit(tx, actor, {
      networkId,
      action: 'session.publish',
      objectType: 'session',
      objectId: meetingId,
      details: { title: current.title, version: current.version, decisions: meeting.decisions.length, changesNothingTomorrow: flagged },
    });
    await notifyPublished(tx, deps, {
      networkId,
      meeting: { id: meetingId, title: current.title, heldOn: current.held_on, decisions: meeting.decisions.length, flagged },
      userIds: meeting.participants.map((p) => p.id),
      actorId: actor.userId,
    });
    return (await findMeeting(tx, networkId, meetingId))!;
  });
}
