import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkParticipants, setParticipants } from './meeting-participants.ts';
import { findMeeting } from './meeting-view.ts';
import { notifyScheduled } from './notify-participants.ts';

export interface NewMeeting {
  title: string;
  heldOn: string;
  durationMinutes?: number | undefined;
  participantIds?: string[] | undefined;
  startTime?: string | null | undefined;
  endTime?: string | null | undefined;
  location?: string | undefined;
  onlineLink?: string | undefined;
}

/** Schedules a session (coordinator) with people of the network as participants, and tells them. */
export async function createMeeting(deps: AppDeps, { actor, membership, meeting: input }: NetworkCaller & { meeting: NewMeeting }) {
  permit(membership, 'session.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const participantIds = await checkParticipants(tx, networkId, input.participantIds ?? []);
    const id = randomUUID();
    const title = input.title.trim();
    await tx.insertInto('meetings').values({ id, network_id: networkId, title, held_on: input.heldOn, duration_minutes: input.durationMinutes ?? null, start_time: input.startTime ?? null, end_time: input.endTime ?? null, location: input.location ?? '', online_link: input.onlineLink ?? '', created_by: actor.userId, published_at: null, created_at: now, updated_at: now }).execute();
    await setParticipants(tx, { networkId, meetingId: id, userIds: participantIds });
    await recordAudit(tx, actor, { networkId, action: 'session.create', objectType: 'session', objectId: id, details: { title, heldOn: input.heldOn, participantIds } });
    await notifyScheduled(tx, deps, { networkId, meetingId: id, userIds: participantIds, actorId: actor.userId });
    return (await findMeeting(tx, networkId, id))!;
  });
}
