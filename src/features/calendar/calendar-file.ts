import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { MailAttachment } from '../../db/schema.ts';
import { ZONE } from '../../domain/calendar.ts';

/**
 * One thing in someone's calendar. `uid` stays the same for the life of the thing, so a changed
 * file updates the event a person imported before; `sequence` goes up with every change.
 * Either `day` (an all-day event, YYYY-MM-DD) or `start` and `end` (instants, written in
 * Amsterdam time with the zone's rules in the file).
 */
export interface CalendarEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  url: string;
  location?: string | undefined;
  /** When the event was last changed: its DTSTAMP. */
  stamp: Date;
  cancelled?: boolean | undefined;
  when: { day: string } | { start: Date; end: Date };
}

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** The content type of a calendar file attached to a mail: METHOD:PUBLISH, for import, not an invitation. */
export const CALENDAR_ATTACHMENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

/** The content type of a file that takes an event out of a calendar: METHOD:CANCEL (RFC 5546 §3.2.5). */
export const CALENDAR_CANCEL_TYPE = 'text/calendar; charset=utf-8; method=CANCEL';

/**
 * An iCalendar file (RFC 5545) with these events, times in Europe/Amsterdam with a VTIMEZONE.
 * METHOD:PUBLISH unless `cancel` is given: then METHOD:CANCEL with the installation's mail
 * address as ORGANIZER (RFC 5546 asks a CANCEL for one), and the events should be cancelled.
 *
 * @example calendarFile({ name: 'Ketenregie', events: [event] }) // 'BEGIN:VCALENDAR…'
 */
export function calendarFile({ name, events, cancel }: { name: string; events: readonly CalendarEvent[]; cancel?: { organizer: string } | undefined }): string {
  const calendar = new ICalCalendar({ name, prodId: { company: 'Ketenregie', product: 'Ketenregie', language: 'NL' } });
  calendar.method(cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH);
  calendar.timezone({ name: ZONE, generator: getVtimezoneComponent });
  for (const event of events) {
    const times =
      'day' in event.when
        ? { start: DateTime.fromISO(event.when.day, { zone: ZONE }), end: DateTime.fromISO(event.when.day, { zone: ZONE }).plus({ days: 1 }), allDay: true }
        : { start: DateTime.fromJSDate(event.when.start, { zone: ZONE }), end: DateTime.fromJSDate(event.when.end, { zone: ZONE }), allDay: false };
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: DateTime.fromJSDate(event.stamp, { zone: 'utc' }),
      ...times,
      ...(times.allDay ? {} : { timezone: ZONE }),
      summary: event.summary,
      description: event.description,
      url: event.url,
      location: event.location || null,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(cancel ? { organizer: cancel.organizer } : {}),
    });
  }
  return calendar.toString();
}

/** A name for a downloaded calendar file: letters, digits and dashes only. */
export function calendarFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'ketenregie'}.ics`;
}

/**
 * One event as a file attached to a mail: the same file (UID, SEQUENCE) as the download of that
 * thing in the app, so importing either updates one event in the reader's calendar.
 *
 * @example calendarAttachment(sessionEvent(session, { publicUrl, language: 'en' })) // { filename: 'session-steering-group.ics', … }
 */
export function calendarAttachment(event: CalendarEvent): MailAttachment {
  return { filename: calendarFileName(event.summary), contentType: CALENDAR_ATTACHMENT_TYPE, content: calendarFile({ name: event.summary, events: [event] }) };
}

/**
 * The file that takes an event out of the calendars it was put in from a mail: METHOD:CANCEL,
 * the same UID, STATUS:CANCELLED. `event.sequence` must be higher than that of every file sent
 * for it before (see cancelledSessionEvent). `organizer` is the installation's sender address.
 *
 * @example cancellationAttachment(cancelledSessionEvent(session, where), config.mailFrom) // { contentType: '…; method=CANCEL', … }
 */
export function cancellationAttachment(event: CalendarEvent, organizer: string): MailAttachment {
  const cancelled = { ...event, cancelled: true };
  return { filename: calendarFileName(event.summary), contentType: CALENDAR_CANCEL_TYPE, content: calendarFile({ name: event.summary, events: [cancelled], cancel: { organizer } }) };
}
