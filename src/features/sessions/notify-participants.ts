import type { Tx } from '../../db/transaction.ts';
import type { Language } from '../../domain/notification-preferences.ts';
import { cancelledSessionEvent, sessionEvent, type SessionForCalendar } from '../calendar/calendar-events.ts';
import { calendarAttachment, cancellationAttachment } from '../calendar/calendar-file.ts';
import { sessionForCalendar } from '../calendar/session-for-calendar.ts';
import { notify, type NotifyDeps } from '../notifications/notify.ts';
import { sessionCancelledMail, sessionPublishedMail, sessionScheduledMail } from './meeting-mails.ts';

type Deps = NotifyDeps;

const sessionPath = (networkId: string, meetingId: string) => `/networks/${networkId}/sessions/${meetingId}`;

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
  const link = sessionPath(networkId, meetingId);
  const mailInput = { networkName: await networkName(tx, networkId), ...session, changed };
  const mail = (language: Language) => sessionScheduledMail(mailInput, language);
  const attachment = (language: Language) => calendarAttachment(sessionEvent(session, { publicUrl: deps.config.publicUrl, language }));
  return notify(tx, deps, networkId, userIds, { kind: 'sessionScheduled', params: { title: session.title, heldOn: session.heldOn }, link, mail, attachment }, actorId);
}

/**
 * Of these people, those who were sent the session's calendar file (a mail item about it with a
 * file, mailed or waiting for its digest) and are still people of the network. Nobody else had it
 * in their calendar from us, so nobody else hears that it left.
 */
async function hadCalendarFile(tx: Tx, { networkId, meetingId, userIds }: { networkId: string; meetingId: string; userIds: readonly string[] }): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await tx
    .selectFrom('notification_mail_items as i')
    .innerJoin('network_members as m', (j) => j.onRef('m.user_id', '=', 'i.user_id').on('m.network_id', '=', networkId))
    .select('i.user_id')
    .distinct()
    .where('i.network_id', '=', networkId)
    .where('i.about', '=', sessionPath(networkId, meetingId))
    .where('i.attachments', 'is not', null)
    .where('i.user_id', 'in', [...userIds])
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * Tells the people among `userIds` who were sent the session's calendar file that it is off for
 * them: `deleted` (the session is gone; `session` is it as it was, read before the delete) or
 * `removed` (they no longer take part; `session` is it after that change). The mail carries a
 * METHOD:CANCEL file with the same UID and a higher SEQUENCE, so their calendar drops the event.
 * Information like the planning (topic "sessions"); it says only the title, network and day they
 * were told before.
 */
export async function notifyCancelled(
  tx: Tx,
  deps: Deps,
  { session, userIds, actorId, reason }: { session: SessionForCalendar; userIds: readonly string[]; actorId: string; reason: 'deleted' | 'removed' },
) {
  const recipients = await hadCalendarFile(tx, { networkId: session.networkId, meetingId: session.id, userIds });
  if (recipients.length === 0) return 0;
  // Every file of a session has its version less one as SEQUENCE; the delete is one change more.
  const gone = reason === 'deleted' ? { ...session, version: session.version + 1, updatedAt: deps.clock.now() } : session;
  const about = sessionPath(session.networkId, session.id);
  const link = reason === 'deleted' ? `/networks/${session.networkId}/sessions` : about;
  const mailInput = { networkName: await networkName(tx, session.networkId), title: session.title, heldOn: session.heldOn, reason };
  const mail = (language: Language) => sessionCancelledMail(mailInput, language);
  const attachment = (language: Language) => cancellationAttachment(cancelledSessionEvent(gone, { publicUrl: deps.config.publicUrl, language }), deps.config.mailFrom);
  const params = { title: session.title, heldOn: session.heldOn };
  const kind = reason === 'deleted' ? 'sessionCancelled' : 'sessionLeft';
  return notify(tx, deps, session.networkId, recipients, { kind, params, link, about, mail, attachment }, actorId);
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
