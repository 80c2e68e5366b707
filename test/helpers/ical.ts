import ICAL from 'ical.js';
import { expect } from 'vitest';
import type { MailAttachment } from '../../src/db/schema.ts';

/** One event of a calendar file as an independent parser (ical.js) reads it. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  status: string | null;
  /** The start and end as instants (timed events), or the day (all-day events). */
  start: string;
  end: string;
  allDay: boolean;
  tzid: string | null;
}

/**
 * Parses an iCalendar file with ical.js, registering its VTIMEZONEs so that times with a TZID
 * become the right instants.
 *
 * @example const [event] = parseCalendar(text).events;
 */
export function parseCalendar(text: string): { method: string | null; name: string | null; timezones: string[]; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((vtz) => {
    const tz = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(tz);
    return tz.tzid;
  });
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const allDay = event.startDate.isDate;
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      location: propertyText(vevent, 'location'),
      url: propertyText(vevent, 'url'),
      status: propertyText(vevent, 'status'),
      start: allDay ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      end: allDay ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
      allDay,
      tzid: (vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
    };
  });
  return { method: propertyText(calendar, 'method'), name: propertyText(calendar, 'x-wr-calname'), timezones, events };
}

function propertyText(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}

/**
 * The one calendar file attached to a mail, checked (content type and METHOD, a file name made for
 * it, one event) and read back with ical.js.
 */
export function onlyCalendarFile(attachments: MailAttachment[] | null, method: 'PUBLISH' | 'CANCEL') {
  expect(attachments).toHaveLength(1);
  const [file] = attachments!;
  expect(file!.contentType).toBe(`text/calendar; charset=utf-8; method=${method}`);
  expect(file!.filename).toMatch(/^[a-z0-9-]+\.ics$/);
  const calendar = parseCalendar(file!.content);
  expect(calendar.method).toBe(method);
  expect(calendar.events).toHaveLength(1);
  return { file: file!, calendar, event: calendar.events[0]! };
}
