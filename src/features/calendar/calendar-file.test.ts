import { describe, expect, it } from 'vitest';
import { parseCalendar } from '../../../test/helpers/ical.ts';
import { calendarAttachment, calendarFile, calendarFileName, cancellationAttachment } from './calendar-file.ts';
import { cancelledSessionEvent, reviewEvent, roundClosingEvent, sessionEvent, stepDueEvent } from './calendar-events.ts';

const where = { publicUrl: 'https://ketenregie.example.nl', language: 'nl' as const };
const stamp = new Date('2027-03-01T10:00:00Z');
const session = {
  id: '11111111-1111-4111-8111-111111111111',
  networkId: '22222222-2222-4222-8222-222222222222',
  title: 'Stuurgroep voorjaar',
  heldOn: '2027-03-26',
  startTime: '10:00',
  endTime: '12:30',
  location: 'Stadhuis, zaal 3',
  onlineLink: 'https://meet.example.nl/stuurgroep',
  agenda: [
    { position: 1, title: 'Opening' },
    { position: 2, title: 'Afspraken over informatiedeling' },
  ],
  version: 3,
  updatedAt: stamp,
};

describe('calendar files (RFC 5545, read back with ical.js)', () => {
  it('writes a session at its Amsterdam time on both sides of the DST change, with a VTIMEZONE', () => {
    // Friday 26 March 2027 is CET (UTC+1); Monday 29 March 2027 is CEST (UTC+2).
    const before = sessionEvent(session, where);
    const after = sessionEvent({ ...session, id: '33333333-3333-4333-8333-333333333333', heldOn: '2027-03-29' }, where);
    const parsed = parseCalendar(calendarFile({ name: 'Ketenregie', events: [before, after] }));
    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.timezones).toEqual(['Europe/Amsterdam']);
    const [first, second] = parsed.events;
    expect(first).toMatchObject({ tzid: 'Europe/Amsterdam', allDay: false, start: '2027-03-26T09:00:00.000Z', end: '2027-03-26T11:30:00.000Z' });
    expect(second).toMatchObject({ tzid: 'Europe/Amsterdam', start: '2027-03-29T08:00:00.000Z', end: '2027-03-29T10:30:00.000Z' });
    expect(first!.uid).toBe('session-11111111-1111-4111-8111-111111111111@ketenregie.example.nl');
    expect(first!.sequence).toBe(2);
    expect(first!.summary).toBe('Overleg: Stuurgroep voorjaar');
    expect(first!.location).toBe('Stadhuis, zaal 3 · https://meet.example.nl/stuurgroep');
    expect(first!.description).toContain('1. Opening\n2. Afspraken over informatiedeling');
    expect(first!.url).toBe('https://ketenregie.example.nl/networks/22222222-2222-4222-8222-222222222222/sessions/11111111-1111-4111-8111-111111111111');
  });

  it('keeps the UID and raises the SEQUENCE when a session changes, and writes a session without a time as a whole day', () => {
    const changed = sessionEvent({ ...session, version: 4, startTime: null, endTime: null }, where);
    const [event] = parseCalendar(calendarFile({ name: 'Ketenregie', events: [changed] })).events;
    expect(event).toMatchObject({ uid: 'session-11111111-1111-4111-8111-111111111111@ketenregie.example.nl', sequence: 3, allDay: true, start: '2027-03-26', end: '2027-03-27' });
  });

  it('cancels a session with METHOD:CANCEL, an ORGANIZER, the same UID and the SEQUENCE of the version it is given', () => {
    const sent = parseCalendar(calendarAttachment(sessionEvent(session, where)).content).events[0]!;
    const removal = cancellationAttachment(cancelledSessionEvent({ ...session, version: 4 }, { ...where, language: 'en' }), 'Ketenregie <no-reply@ketenregie.example.nl>');
    expect(removal.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(removal.filename).toBe('session-stuurgroep-voorjaar.ics');
    expect(removal.content).toMatch(/^ORGANIZER;CN="?Ketenregie"?:mailto:no-reply@ketenregie.example.nl\r?$/m);
    const parsed = parseCalendar(removal.content);
    expect(parsed.method).toBe('CANCEL');
    expect(parsed.events[0]).toMatchObject({ uid: sent.uid, sequence: 3, status: 'CANCELLED', start: '2027-03-26T09:00:00.000Z', tzid: 'Europe/Amsterdam', summary: 'Session: Stuurgroep voorjaar' });
    expect(sent).toMatchObject({ sequence: 2, status: 'CONFIRMED' });
    // cancelledSessionEvent only marks the event: the rest is the session's event as sent.
    expect({ ...cancelledSessionEvent(session, where), cancelled: undefined }).toEqual(sessionEvent(session, where));
  });

  it('gives a session without an end two hours, and one without agenda items a line that the agenda follows', () => {
    const event = sessionEvent({ ...session, endTime: null, agenda: [] }, { ...where, language: 'en' });
    const [parsed] = parseCalendar(calendarFile({ name: 'Ketenregie', events: [event] })).events;
    expect(parsed).toMatchObject({ start: '2027-03-26T09:00:00.000Z', end: '2027-03-26T11:00:00.000Z', summary: 'Session: Stuurgroep voorjaar' });
    expect(parsed!.description).toContain('The agenda will follow.');
  });

  it("writes a round's closing moment in Amsterdam time, in the reader's language", () => {
    // 31 October 2027 is the day summer time ends: 17:00 in Amsterdam is 16:00 UTC.
    const round = { id: '44444444-4444-4444-8444-444444444444', networkId: session.networkId, title: 'Najaar 2027', closesAt: new Date('2027-10-31T16:00:00Z'), version: 1, updatedAt: stamp };
    const [nl] = parseCalendar(calendarFile({ name: 'x', events: [roundClosingEvent(round, where)] })).events;
    expect(nl).toMatchObject({ sequence: 0, start: '2027-10-31T15:30:00.000Z', end: '2027-10-31T16:00:00.000Z', summary: 'Reflectieronde sluit: Najaar 2027' });
    expect(nl!.description).toContain('31 oktober 2027 om 17:00');
    const [en] = parseCalendar(calendarFile({ name: 'x', events: [roundClosingEvent(round, { ...where, language: 'en' })] })).events;
    expect(en!.description).toContain('31 October 2027 at 17:00');
  });

  it("writes an agreement's review date as a day, cancelled once the agreement ends", () => {
    const agreement = { id: '55555555-5555-4555-8555-555555555555', networkId: session.networkId, title: 'Informatiedeling', reviewOn: '2027-06-01', reviewSequence: 2, ended: false, updatedAt: stamp };
    const [open] = parseCalendar(calendarFile({ name: 'x', events: [reviewEvent(agreement, where)] })).events;
    expect(open).toMatchObject({ allDay: true, start: '2027-06-01', end: '2027-06-02', sequence: 2, status: 'CONFIRMED', summary: 'Evaluatie afspraak: Informatiedeling' });
    expect(open!.description).toContain('1 juni 2027');
    const [ended] = parseCalendar(calendarFile({ name: 'x', events: [reviewEvent({ ...agreement, ended: true, reviewSequence: 3 }, where)] })).events;
    expect(ended).toMatchObject({ status: 'CANCELLED', sequence: 3, uid: open!.uid });
  });

  it("writes a step's due day", () => {
    const step = { id: '66666666-6666-4666-8666-666666666666', networkId: session.networkId, title: 'Contactlijst delen', dueOn: '2027-04-15', version: 2, updatedAt: stamp };
    const [event] = parseCalendar(calendarFile({ name: 'x', events: [stepDueEvent(step, where)] })).events;
    expect(event).toMatchObject({ allDay: true, start: '2027-04-15', summary: 'Kleine stap klaar: Contactlijst delen', sequence: 1 });
  });

  it('names a file after its title, in plain letters', () => {
    expect(calendarFileName('Overleg: Stuurgroep één & twee')).toBe('overleg-stuurgroep-een-twee.ics');
    expect(calendarFileName('!!!')).toBe('ketenregie.ics');
  });

  it('makes a mail attachment of one event: named after it, text/calendar with METHOD:PUBLISH, the same file as the download', () => {
    const event = sessionEvent(session, { ...where, language: 'en' });
    const file = calendarAttachment(event);
    expect(file.filename).toBe('session-stuurgroep-voorjaar.ics');
    expect(file.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH');
    expect(file.content).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(file.content).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(file.content).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:20270326T100000\r\n');
    const parsed = parseCalendar(file.content);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]).toMatchObject({ uid: `session-${session.id}@ketenregie.example.nl`, sequence: 2, summary: 'Session: Stuurgroep voorjaar' });
    // Only the agenda's titles: what every member of the network reads on the session's page.
    expect(parsed.events[0]!.description).toBe(
      'Agenda:\n1. Opening\n2. Afspraken over informatiedeling\n\nhttps://meet.example.nl/stuurgroep\n\nOpen in Ketenregie: https://ketenregie.example.nl/networks/22222222-2222-4222-8222-222222222222/sessions/11111111-1111-4111-8111-111111111111',
    );
  });
});
