import { DateTime } from 'luxon';
import { ZONE } from '../../domain/calendar.ts';
import { appUrl } from '../notifications/notify.ts';
import type { CalendarEvent } from './calendar-file.ts';
import { calendarTexts, writtenDay, type CalendarLanguage } from './calendar-texts.ts';

/**
 * The calendar events of the things people plan around. Each has a UID made of the thing's id
 * and the installation's host, the same in a downloaded file, a mail's attachment and the feed,
 * so importing it twice updates one event instead of making two. Nothing here reads answers.
 */

interface Where {
  publicUrl: string;
  language: CalendarLanguage;
}

function uid(kind: string, id: string, publicUrl: string): string {
  return `${kind}-${id}@${new URL(publicUrl).hostname}`;
}

/** A round's closing moment: half an hour in the calendar that ends when the questionnaire closes. */
export function roundClosingEvent(
  round: { id: string; networkId: string; title: string; closesAt: Date; version: number; updatedAt: Date; cancelled?: boolean },
  { publicUrl, language }: Where,
): CalendarEvent {
  const t = calendarTexts(language);
  const url = appUrl(publicUrl, `/networks/${round.networkId}/rounds/${round.id}`);
  return {
    uid: uid('round-closes', round.id, publicUrl),
    sequence: Math.max(0, round.version - 1),
    summary: t.roundCloses(round.title),
    description: `${t.roundClosesAt(round.closesAt)}\n\n${t.open}: ${url}`,
    url,
    stamp: round.updatedAt,
    cancelled: round.cancelled,
    when: { start: DateTime.fromJSDate(round.closesAt).minus({ minutes: 30 }).toJSDate(), end: round.closesAt },
  };
}

export interface SessionForCalendar {
  id: string;
  networkId: string;
  title: string;
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  location: string;
  onlineLink: string;
  agenda: readonly { position: number; title: string }[];
  version: number;
  updatedAt: Date;
}

/** The instant of a wall-clock time on a Dutch calendar day. */
function dutchInstant(day: string, time: string): Date {
  return DateTime.fromISO(`${day}T${time}`, { zone: ZONE }).toJSDate();
}

/**
 * A session: at its time of day when it has one (two hours when no end is given), otherwise the
 * whole day; where it is held (and its online link), and the agenda's titles in order.
 */
export function sessionEvent(session: SessionForCalendar, { publicUrl, language }: Where): CalendarEvent {
  const t = calendarTexts(language);
  const url = appUrl(publicUrl, `/networks/${session.networkId}/sessions/${session.id}`);
  const agenda = session.agenda.length > 0 ? session.agenda.map((item) => `${item.position}. ${item.title}`).join('\n') : t.noAgenda;
  const location = [session.location, session.onlineLink].filter((s) => s !== '').join(' · ');
  let when: CalendarEvent['when'] = { day: session.heldOn };
  if (session.startTime) {
    const start = dutchInstant(session.heldOn, session.startTime);
    const end = session.endTime && session.endTime > session.startTime ? dutchInstant(session.heldOn, session.endTime) : DateTime.fromJSDate(start).plus({ hours: 2 }).toJSDate();
    when = { start, end };
  }
  return {
    uid: uid('session', session.id, publicUrl),
    sequence: Math.max(0, session.version - 1),
    summary: t.session(session.title),
    description: [`${t.agenda}:\n${agenda}`, session.onlineLink, `${t.open}: ${url}`].filter((s) => s !== '').join('\n\n'),
    url,
    location,
    stamp: session.updatedAt,
    when,
  };
}

/**
 * A session as it leaves someone's calendar: the same event (UID) as the files sent for it,
 * cancelled. Its SEQUENCE is the session's version less one, like every file of it, so the caller
 * passes the session after the change that takes it away (a removal from the participants bumps
 * the version; a deleted session is given as one version further).
 */
export function cancelledSessionEvent(session: SessionForCalendar, where: Where): CalendarEvent {
  return { ...sessionEvent(session, where), cancelled: true };
}

/** An agreement's review date, as an all-day event; cancelled once the agreement has ended. */
export function reviewEvent(
  agreement: { id: string; networkId: string; title: string; reviewOn: string; reviewSequence: number; ended: boolean; updatedAt: Date },
  { publicUrl, language }: Where,
): CalendarEvent {
  const t = calendarTexts(language);
  const url = appUrl(publicUrl, `/networks/${agreement.networkId}/agreements/${agreement.id}`);
  return {
    uid: uid('agreement-review', agreement.id, publicUrl),
    sequence: agreement.reviewSequence,
    summary: t.review(agreement.title),
    description: `${t.reviewText(writtenDay(agreement.reviewOn, language))}\n\n${t.open}: ${url}`,
    url,
    stamp: agreement.updatedAt,
    cancelled: agreement.ended,
    when: { day: agreement.reviewOn },
  };
}

/** The day a person's own claimed step is due, as an all-day event. */
export function stepDueEvent(step: { id: string; networkId: string; title: string; dueOn: string; version: number; updatedAt: Date }, { publicUrl, language }: Where): CalendarEvent {
  const t = calendarTexts(language);
  const url = appUrl(publicUrl, `/networks/${step.networkId}/steps`);
  return {
    uid: uid('step-due', step.id, publicUrl),
    sequence: Math.max(0, step.version - 1),
    summary: t.stepDue(step.title),
    description: `${t.stepDueText(writtenDay(step.dueOn, language))}\n\n${t.open}: ${url}`,
    url,
    stamp: step.updatedAt,
    when: { day: step.dueOn },
  };
}
