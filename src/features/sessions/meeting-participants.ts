import type { Tx } from '../../db/transaction.ts';
import { invalid } from '../../errors.ts';

/** Checks that every participant is a person of the network; returns the ids without duplicates. */
export async function checkParticipants(tx: Tx, networkId: string, userIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(userIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0) return [];
  const members = await tx.selectFrom('network_members').select('user_id').where('network_id', '=', networkId).where('user_id', 'in', ids).execute();
  const known = new Set(members.map((m) => m.user_id));
  const strangers = ids.filter((id) => !known.has(id));
  if (strangers.length > 0) {
    throw invalid('Participants must be people of this network', strangers.map((id) => ({ path: ['participantIds'], message: `${id} is not in this network` })));
  }
  return ids;
}

/** Replaces a session's participants; returns the people who were added and those who were removed. */
export async function setParticipants(
  tx: Tx,
  { networkId, meetingId, userIds }: { networkId: string; meetingId: string; userIds: readonly string[] },
): Promise<{ added: string[]; removed: string[] }> {
  const before = (await tx.selectFrom('meeting_participants').select('user_id').where('meeting_id', '=', meetingId).execute()).map((r) => r.user_id);
  const removed = before.filter((id) => !userIds.includes(id));
  const added = userIds.filter((id) => !before.includes(id));
  if (removed.length > 0) await tx.deleteFrom('meeting_participants').where('meeting_id', '=', meetingId).where('user_id', 'in', removed).execute();
  if (added.length > 0) {
    await tx.insertInto('meeting_participants').values(added.map((userId) => ({ network_id: networkId, meeting_id: meetingId, user_id: userId }))).execute();
  }
  return { added, removed };
}
