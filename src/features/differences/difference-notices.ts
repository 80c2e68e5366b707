import type { Tx } from '../../db/transaction.ts';
import type { DifferenceStatus } from '../../domain/development.ts';
import { notify, representativesOf, type NotifyDeps } from '../notifications/notify.ts';
import { differenceMovedMail, differenceNamedMail } from './difference-mails.ts';

async function namesOf(tx: Tx, networkId: string, userId: string) {
  const network = await tx.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow();
  const user = await tx.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirstOrThrow();
  return { networkName: network.name, byName: user.name };
}

/** Tells the representatives of `partnerIds` that a (published) difference names their partner. */
export async function noticeDifferenceNamed(
  tx: Tx,
  deps: NotifyDeps,
  input: { networkId: string; differenceId: string; topic: string; partnerIds: string[]; actorId: string },
) {
  const recipients = await representativesOf(tx, input.networkId, input.partnerIds);
  if (recipients.length === 0) return;
  const link = `/networks/${input.networkId}/differences/${input.differenceId}`;
  const names = await namesOf(tx, input.networkId, input.actorId);
  await notify(
    tx,
    deps,
    input.networkId,
    recipients,
    { kind: 'differenceNamed', params: { topic: input.topic }, link, mail: (language) => differenceNamedMail({ ...names, topic: input.topic }, language) },
    input.actorId,
  );
}

/** Tells the representatives of the partners involved that a difference moved to `to`. */
export async function noticeDifferenceMoved(
  tx: Tx,
  deps: NotifyDeps,
  input: { networkId: string; differenceId: string; topic: string; partnerIds: string[]; to: DifferenceStatus; note: string; actorId: string },
) {
  const recipients = await representativesOf(tx, input.networkId, input.partnerIds);
  if (recipients.length === 0) return;
  const link = `/networks/${input.networkId}/differences/${input.differenceId}`;
  const names = await namesOf(tx, input.networkId, input.actorId);
  await notify(
    tx,
    deps,
    input.networkId,
    recipients,
    {
      kind: 'differenceStatusChanged',
      params: { topic: input.topic, status: input.to },
      link,
      mail: (language) => differenceMovedMail({ ...names, topic: input.topic, to: input.to, note: input.note }, language),
    },
    input.actorId,
  );
}
