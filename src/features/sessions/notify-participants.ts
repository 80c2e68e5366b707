import type { Tx } from '../../db/transaction.ts';
import type { Language } from '../../domain/notification-preferences.ts';
import { sessionEvent } from '../calendar/calendar-events.ts';
import { calendarAttachment } from '../calendar/calendar-file.ts';
import { sessionForCalendar } from '../calendar/session-for-calendar.ts';
import { notify, type NotifyDeps } from '../notifications/notify.ts';
import { sessionPublishedMail, sessionScheduledMail } from './meeting-mails.ts';

type Deps = NotifyDeps;

async function networkName(tx: Tx, networkId: string): Promise<string> {
  return (await tx.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow()).name;
}

/**
 * Tells people that they take part in a session, or (`changed`) that its title, day, time or place
 * changed (not the one who did it). The mail carries the session's calendar file as it is now, in
 * the reader's language: the same UID as before with a higher SEQUENCE, so it updates the event.
 * Its agenda is the one every member of the network sees on the session's page (EVERY_READER),
 * by title only; the participants are people of the network, so it shows them nothing new.
 */
export async function notifyScheduled(
  tx: Tx,
  deps: Deps,
  { networkId, meetingId, userIds, actorId, changed = false }: { networkId: string; meetingId: string; userIds: string[]; actorId: string; changed?: boolean },
) {
  if (userIds.length === 0) return 0;
  const session = await sessionForCalendar(tx, { networkId, meetingId });
  const link = `/networks/${networkId}/sessions/${meetingId}`;
  const mailInput = { networkName: await networkName(tx, networkId), ...session, changed };
  const mail = (language: Language) => sessionScheduledMail(mailInput, language);
  const attachment = (language: Language) => calendarAttachment(sessionEvent(session, { publicUrl: deps.config.publicUrl, language }));
  return notify(tx, deps, networkId, userIds, { kind: 'sessionScheduled', params: { title: session.title, heldOn: session.heldOn }, link, mail, attachment }, actorId);
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
