import { inTransaction } from '../../db/transaction.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkParticipants, setParticipants } from './meeting-participants.ts';
import { findMeeting } from './meeting-view.ts';
import { sessionForCalendar } from '../calendar/session-for-calendar.ts';
import { notifyCancelled, notifyScheduled } from './notify-participants.ts';

export interface MeetingChanges {
  baseVersion: number;
  title?: string | undefined;
  heldOn?: string | undefined;
  minutes?: string | undefined;
  durationMinutes?: number | null | undefined;
  participantIds?: string[] | undefined;
  startTime?: string | null | undefined;
  endTime?: string | null | undefined;
  location?: string | undefined;
  onlineLink?: string | undefined;
}

/**
 * Changes a session's title, date, length, minutes or participants (coordinator). A stale baseVersion gets
 * 409 with the current session; people added as participants are told, and when the title, date,
 * time or place changes, everyone taking part hears it, with the changed calendar file. People no
 * longer taking part who were sent its calendar file get one that takes it out of their calendar.
 */
export async function updateMeeting(deps: AppDeps, { actor, membership, meetingId, changes }: NetworkCaller & { meetingId: string; changes: MeetingChanges }) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const current = await tx.selectFrom('meetings').selectAll().where('id', '=', meetingId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Session not found');
    if (current.version !== changes.baseVersion) {
      throw conflict('The session was changed by someone else; reload and try again', {
        currentVersion: current.version,
        current: await findMeeting(tx, networkId, meetingId),
      });
    }
    const title = changes.title?.trim() ?? current.title;
    const heldOn = changes.heldOn ?? current.held_on;
    const minutes = changes.minutes ?? current.minutes;
    const durationMinutes = changes.durationMinutes === undefined ? current.duration_minutes : changes.durationMinutes;
    const place = {
      start_time: changes.startTime === undefined ? current.start_time : changes.startTime,
      end_time: changes.endTime === undefined ? current.end_time : changes.endTime,
      location: changes.location ?? current.location,
      online_link: changes.onlineLink ?? current.online_link,
    };
    if (place.start_time && place.end_time && place.end_time <= place.start_time) {
      throw invalid('The end time comes after the start time', [{ path: ['endTime'], message: 'Before the start time' }]);
    }
    await tx
      .updateTable('meetings')
      .set({ title, held_on: heldOn, minutes, ...place, duration_minutes: durationMinutes, version: current.version + 1, updated_at: now })
      .where('id', '=', meetingId)
      .execute();
    let added: string[] = [];
    let removed: string[] = [];
    if (changes.participantIds) ({ added, removed } = await setParticipants(tx, { networkId, meetingId, userIds: await checkParticipants(tx, networkId, changes.participantIds) }));
    const changed = [
      title !== current.title && 'title',
      heldOn !== current.held_on && 'heldOn',
      minutes !== current.minutes && 'minutes',
      durationMinutes !== current.duration_minutes && 'durationMinutes',
      (place.start_time !== current.start_time || place.end_time !== current.end_time) && 'time',
      (place.location !== current.location || place.online_link !== current.online_link) && 'place',
      changes.participantIds !== undefined && 'participants',
    ].filter(Boolean);
    await recordAudit(tx, actor, { networkId, action: 'session.update', objectType: 'session', objectId: meetingId, details: { title, heldOn, changed, addedParticipants: added, removedParticipants: removed } });
    // Whoever is newly taking part hears that they do; when the title, day, time or place changed,
    // the others hear that it changed. Both mails carry the calendar file as it is now.
    await notifyScheduled(tx, deps, { networkId, meetingId, userIds: added, actorId: actor.userId });
    if (changed.some((c) => c === 'title' || c === 'heldOn' || c === 'time' || c === 'place')) {
      const participants = (await tx.selectFrom('meeting_participants').select('user_id').where('meeting_id', '=', meetingId).execute()).map((r) => r.user_id);
      const addedSet = new Set(added);
      await notifyScheduled(tx, deps, { networkId, meetingId, userIds: participants.filter((id) => !addedSet.has(id)), actorId: actor.userId, changed: true });
    }
    // The session as it is now (its version bumped above), so the cancellation's SEQUENCE is higher than any file sent before.
    if (removed.length > 0) await notifyCancelled(tx, deps, { session: await sessionForCalendar(tx, { networkId, meetingId }), userIds: removed, actorId: actor.userId, reason: 'removed' });
    return (await findMeeting(tx, networkId, meetingId))!;
  });
}
