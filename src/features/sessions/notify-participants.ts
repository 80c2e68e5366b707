import type { Tx } from '../../db/transaction.ts';
import type { Language } from '../../domain/notification-preferences.ts';
import { notify, type NotifyDeps } from '../notifications/notify.ts';
import { sessionPublishedMail, sessionScheduledMail } from './meeting-mails.ts';

type Deps = NotifyDeps;

async function networkName(tx: Tx, networkId: string): Promise<string> {
  return (await tx.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow()).name;
}

/** Tells people that they take part in a session (not the one who scheduled it). */
export async function notifyScheduled(
  tx: Tx,
  deps: Deps,
  { networkId, meeting, userIds, actorId }: { networkId: string; meeting: { id: string; title: string; heldOn: string }; userIds: string[]; actorId: string },
) {
  const link = `/networks/${networkId}/sessions/${meeting.id}`;
  const mailInput = { networkName: await networkName(tx, networkId), title: meeting.title, heldOn: meeting.heldOn };
  const mail = (language: Language) => sessionScheduledMail(mailInput, language);
  return notify(tx, deps, networkId, userIds, { kind: 'sessionScheduled', params: { title: meeting.title, heldOn: meeting.heldOn }, link, mail }, actorId);
}

/** Tells the participants that the minutes and decisions of a session are published. */
export async function notifyPublished(
  tx: Tx,
  deps: Deps,
  { networkId, meeting, userIds, actorId }: { networkId: string; meeting: { id: string; title: string; heldOn: string; decisions: number; flagged: number }; userIds: string[]; actorId: string },
) {
  const link = `/networks/${networkId}/sessions/${meeting.id}`;
  const mailInput = { networkName: await networkName(tx, networkId), ...meeting };
  const mail = (language: Language) => sessionPublishedMail(mailInput, language);
  const params = { title: meeting.title, heldOn: meeting.heldOn, decisions: meeting.decisions, flagged: meeting.flagged };
  return notify(tx, deps, networkId, userIds, { kind: 'sessionPublished', params, link, mail }, actorId);
}
