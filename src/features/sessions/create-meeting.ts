import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
import { checkParticipants, setParticipants } from './meeting-participants.ts';
import { findMeeting } from './meeting-view.ts';
import { notifyScheduled } from './notify-participants.ts';

/** Schedules a session (coordinator) with people of the network as participants, and tells them. */
export async function createMeeting(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>,
  actor: Actor & { userId: string },
  networkId: string,
  input: { title: string; heldOn: string; participantIds?: string[] | undefined },
) {
  return inTransaction(deps.db, async (tx) => {
    const participantIds = await checkParticipants(tx, networkId, input.participantIds ?? []);
    const id = randomUUID();
    const title = input.title.trim();
    await tx.insertInto('meetings').values({ id, network_id: networkId, title, held_on: input.heldOn, created_by: actor.userId, published_at: null }).execute();
    await setParticipants(tx, networkId, id, participantIds);
    await recordAudit(tx, actor, { networkId, action: 'session.create', objectType: 'session', objectId: id, details: { title, heldOn: input.heldOn, participantIds } });
    await notifyScheduled(tx, deps, networkId, { id, title, heldOn: input.heldOn }, participantIds, actor.userId);
    return (await findMeeting(tx, networkId, id))!;
  });
}
