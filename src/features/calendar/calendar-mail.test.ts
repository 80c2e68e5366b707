import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { onlyCalendarFile, parseCalendar } from '../../../test/helpers/ical.ts';
import { notificationMailsTo, runAllJobs as runAll } from '../../../test/helpers/mail-items.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import type { MailAttachment } from '../../db/schema.ts';

/**
 * The calendar files that go with the mails about a round that opens, a session that is planned
 * or changed, and an agreement's review date (issue 12, item 3): one file per mail, in the mail's
 * language, the same event (UID) as the download, read back with ical.js.
 */
describe.each(testDatabases)('calendar files attached to mails (%s)', (kind) => {
  // Monday 22 March 2027, 09:00 in Amsterdam (CET); summer time starts on Sunday the 28th.
  const clock = new TestClock('2027-03-22T08:00:00Z');
  let app: TestApp;
  let coordinator: TestClient;
  let gert: TestClient;
  let wim: TestClient;
  let base: string;
  const ids: Record<string, string> = {};
  const GERT = 'gert@ggz.test';
  const WIM = 'wim@wijkteam.test';

  const runAllJobs = () => runAll(app.runtime);
  /** Lets the bundling window of immediate mails close and sends what is due. */
  const deliver = async () => {
    clock.advance({ minutes: 11 });
    await runAllJobs();
  };
  const mailsTo = (email: string) => notificationMailsTo(app.runtime, email);
  /** The mails to an address after the first `before`. */
  const newMailsTo = async (email: string, before: number) => (await mailsTo(email)).slice(before);
  const onlyFile = (attachments: MailAttachment[] | null) => onlyCalendarFile(attachments, 'PUBLISH');

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    ids.ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ids.wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    gert = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: GERT, role: 'representative', partnerId: ids.ggz });
    wim = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijk', email: WIM, role: 'representative', partnerId: ids.wijkteam });
    ids.gert = (await gert.get('/api/me')).body.user.id;
    ids.wim = (await wim.get('/api/me')).body.user.id;
    // Gert reads Dutch (the network's language); Wim chose English.
    expect((await wim.put('/api/me/notification-preferences', { language: 'en' })).status).toBe(200);
  });
  afterAll(() => app?.close());

  it("attaches a round's closing moment to the one mail each invited person gets when it opens, in their language", async () => {
    const round = await coordinator.post(`${base}/rounds`, { title: 'Reflectieronde voorjaar', opensAt: '2027-03-22T08:00:00Z', closesAt: '2027-04-05T15:00:00Z' });
    expect(round.status).toBe(201);
    ids.round = round.body.id;
    expect((await coordinator.post(`${base}/rounds/${ids.round}/open`)).status).toBe(200);
    await deliver();

    const [toGert, ...moreToGert] = await mailsTo(GERT);
    expect(moreToGert).toEqual([]);
    expect(toGert!.subject).toMatch(/Reflectieronde voorjaar/);
    const nl = onlyFile(toGert!.attachments);
    // 5 April 2027 is summer time: the questionnaire closes at 17:00 in Amsterdam; the event is the half hour before.
    expect(nl.file.content).toContain('BEGIN:VEVENT');
    expect(nl.file.content).toContain('DTSTART;TZID=Europe/Amsterdam:20270405T163000');
    expect(nl.file.content).toContain('DTEND;TZID=Europe/Amsterdam:20270405T170000');
    expect(nl.event).toMatchObject({ tzid: 'Europe/Amsterdam', end: '2027-04-05T15:00:00.000Z', summary: 'Reflectieronde sluit: Reflectieronde voorjaar' });
    expect(nl.file.filename).toBe('reflectieronde-sluit-reflectieronde-voorjaar.ics');

    const [toWim, ...moreToWim] = await mailsTo(WIM);
    expect(moreToWim).toEqual([]);
    expect(toWim!.body_text).not.toMatch(/Samenwerkingsverband|vragenlijst/i);
    const en = onlyFile(toWim!.attachments);
    expect(en.event).toMatchObject({ uid: nl.event.uid, end: '2027-04-05T15:00:00.000Z', summary: 'Reflection round closes: Reflectieronde voorjaar' });
    expect(en.event.description).toContain('5 April 2027 at 17:00');
    expect(en.file.content).not.toMatch(/sluit/);

    // The same event as the download on the round's page: importing both gives one event.
    const [downloaded] = parseCalendar(String((await gert.get(`${base}/rounds/${ids.round}/calendar`)).body)).events;
    expect(downloaded).toEqual(nl.event);
  });

  it('attaches a session to the mail that plans it and to each mail that changes it: one event (UID) with a rising SEQUENCE', async () => {
    for (const person of [gert, wim]) expect((await person.put('/api/me/notification-preferences', { deliveries: { sessions: 'immediate' } })).status).toBe(200);
    const before = { gert: (await mailsTo(GERT)).length, wim: (await mailsTo(WIM)).length };
    const created = await coordinator.post(`${base}/sessions`, {
      title: 'Stuurgroep voorjaar',
      heldOn: '2027-03-26',
      startTime: '10:00',
      endTime: '12:00',
      location: 'Stadhuis, zaal 3',
      onlineLink: 'https://meet.example.nl/stuurgroep',
      participantIds: [ids.gert, ids.wim],
    });
    expect(created.status).toBe(201);
    ids.session = created.body.id;
    await deliver();

    const [planned, ...morePlanned] = await newMailsTo(GERT, before.gert);
    expect(morePlanned).toEqual([]);
    expect(planned!.subject).toBe('Overleg gepland: Stuurgroep voorjaar');
    expect(planned!.body_text).toContain('Plaats: Stadhuis, zaal 3');
    const first = onlyFile(planned!.attachments);
    expect(first.file.content).toContain('DTSTART;TZID=Europe/Amsterdam:20270326T100000');
    expect(first.event).toMatchObject({ sequence: 0, start: '2027-03-26T09:00:00.000Z', summary: 'Overleg: Stuurgroep voorjaar', location: 'Stadhuis, zaal 3 · https://meet.example.nl/stuurgroep' });
    expect(first.event.description).toContain('De agenda volgt.');
    const [plannedEn] = await newMailsTo(WIM, before.wim);
    expect(plannedEn!.subject).toBe('Session scheduled: Stuurgroep voorjaar');
    expect(onlyFile(plannedEn!.attachments).event).toMatchObject({ uid: first.event.uid, summary: 'Session: Stuurgroep voorjaar', description: expect.stringContaining('The agenda will follow.') });

    // First change: an agenda item, then the session moves past the start of summer time.
    expect((await coordinator.post(`${base}/sessions/${ids.session}/agenda`, { title: 'Afspraken over informatiedeling', notes: 'Voorbereiding: zie de stukken' })).status).toBe(201);
    const moved = await coordinator.patch(`${base}/sessions/${ids.session}`, { baseVersion: created.body.version, heldOn: '2027-03-29' });
    expect(moved.status).toBe(200);
    await deliver();
    const [change1, ...moreChange1] = await newMailsTo(GERT, before.gert + 1);
    expect(moreChange1).toEqual([]);
    expect(change1!.subject).toBe('Overleg gewijzigd: Stuurgroep voorjaar');
    const second = onlyFile(change1!.attachments);
    expect(second.file.content).toContain('DTSTART;TZID=Europe/Amsterdam:20270329T100000');
    expect(second.event).toMatchObject({ uid: first.event.uid, start: '2027-03-29T08:00:00.000Z', end: '2027-03-29T10:00:00.000Z' });
    expect(second.event.sequence).toBeGreaterThan(first.event.sequence);
    expect(second.event.description).toContain('1. Afspraken over informatiedeling');
    expect(second.event.description).not.toContain('Voorbereiding');

    // Second change: another place.
    const placed = await coordinator.patch(`${base}/sessions/${ids.session}`, { baseVersion: moved.body.version, location: 'Gemeentehuis, raadzaal' });
    expect(placed.status).toBe(200);
    await deliver();
    const [change2, ...moreChange2] = await newMailsTo(WIM, before.wim + 2);
    expect(moreChange2).toEqual([]);
    expect(change2!.subject).toBe('Session changed: Stuurgroep voorjaar');
    const third = onlyFile(change2!.attachments);
    expect(third.event).toMatchObject({ uid: first.event.uid, summary: 'Session: Stuurgroep voorjaar', location: 'Gemeentehuis, raadzaal · https://meet.example.nl/stuurgroep' });
    expect(third.event.sequence).toBeGreaterThan(second.event.sequence);
    expect((await mailsTo(GERT)).length).toBe(before.gert + 3);

    // The file says what the reader sees on the session's page: it is the download they would make.
    const [downloaded] = parseCalendar(String((await wim.get(`${base}/sessions/${ids.session}/calendar?lang=en`)).body)).events;
    expect(downloaded).toEqual(third.event);
    // The one who changed it gets no mail about it.
    expect(await mailsTo('beheer@ketenregie.test')).toEqual([]);
  });

  it("attaches an agreement's review date to the next digest once it is in force, the latest version of it once", async () => {
    const before = { gert: (await mailsTo(GERT)).length, wim: (await mailsTo(WIM)).length };
    const agreement = await coordinator.post(`${base}/agreements`, {
      kind: 'escalation',
      title: 'Wachtlijsten melden',
      body: 'Binnen een week melden.',
      partyIds: [ids.ggz, ids.wijkteam],
      reviewOn: '2027-09-01',
    });
    expect(agreement.status).toBe(201);
    ids.agreement = agreement.body.id;
    const url = `${base}/agreements/${ids.agreement}`;
    expect((await coordinator.post(`${url}/propose`, { version: 1 })).status).toBe(200);
    expect((await wim.post(`${url}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(200);
    expect((await gert.post(`${url}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(200);
    expect((await coordinator.patch(url, { reviewOn: '2027-10-01' })).status).toBe(200);
    await deliver();
    // The immediate mail asks for consent (a draft has no review date in anyone's calendar yet).
    const asked = await newMailsTo(GERT, before.gert);
    expect(asked.map((m) => m.subject)).toEqual(['Ter instemming: Wachtlijsten melden']);
    expect(asked[0]!.attachments).toBeNull();

    // Information comes in Tuesday's digest at 07:30 (06:30 UTC): one file, the moved date.
    clock.set('2027-03-23T06:31:00Z');
    await runAllJobs();
    const [digest, ...moreDigests] = await newMailsTo(GERT, before.gert + 1);
    expect(moreDigests).toEqual([]);
    expect(digest!.subject).toMatch(/^Ketenregie: uw dagoverzicht/);
    const nl = onlyFile(digest!.attachments);
    expect(nl.event).toMatchObject({ allDay: true, start: '2027-10-01', summary: 'Evaluatie afspraak: Wachtlijsten melden', sequence: 1 });
    const [digestEn] = (await newMailsTo(WIM, before.wim)).filter((m) => m.subject.startsWith('Ketenregie: your daily digest'));
    const en = onlyFile(digestEn!.attachments);
    expect(en.event).toMatchObject({ uid: nl.event.uid, start: '2027-10-01', summary: 'Agreement review: Wachtlijsten melden', sequence: 1 });

    // Ended: the event goes once more, cancelled, so it leaves the calendars it is in.
    expect((await coordinator.post(`${url}/end`, { reason: 'Opgegaan in het regionale convenant' })).status).toBe(200);
    clock.set('2027-03-24T06:31:00Z');
    await runAllJobs();
    const [ended] = await newMailsTo(GERT, before.gert + 2);
    expect(onlyFile(ended!.attachments).event).toMatchObject({ uid: nl.event.uid, status: 'CANCELLED', sequence: 2 });
  });

  it('attaches to a digest the files of its first three things, and says where to get the others', async () => {
    expect((await gert.put('/api/me/notification-preferences', { deliveries: { sessions: 'daily' } })).status).toBe(200);
    const before = (await mailsTo(GERT)).length;
    const titles = ['Werkgroep april', 'Werkgroep mei', 'Werkgroep juni', 'Werkgroep juli'];
    for (const [i, title] of titles.entries()) {
      const made = await coordinator.post(`${base}/sessions`, { title, heldOn: `2027-0${i + 4}-12`, participantIds: [ids.gert] });
      expect(made.status).toBe(201);
      clock.advance({ minutes: 1 });
    }
    clock.set('2027-03-25T06:31:00Z');
    await runAllJobs();
    const [digest, ...more] = await newMailsTo(GERT, before);
    expect(more).toEqual([]);
    expect(digest!.attachments!.map((a) => a.filename)).toEqual(['overleg-werkgroep-april.ics', 'overleg-werkgroep-mei.ics', 'overleg-werkgroep-juni.ics']);
    for (const file of digest!.attachments!) expect(parseCalendar(file.content).events[0]).toMatchObject({ allDay: true });
    expect(digest!.body_text).toContain('De agendabestanden van de eerste 3 onderwerpen zitten bij deze e-mail; dat van het andere onderwerp niet.');
    expect(digest!.body_text).toContain('Werkgroep juli');
  });

  it('keeps the attachments out of the outbox the administrator reads', async () => {
    const stored = await app.runtime.deps.db.selectFrom('mail_messages').select('attachments').where('attachments', 'is not', null).execute();
    expect(stored.length).toBeGreaterThan(0);
    const outbox = await coordinator.get('/api/admin/outbox?limit=100');
    expect(outbox.status).toBe(200);
    expect(outbox.body.delivery).toBe('outbox');
    const text = JSON.stringify(outbox.body);
    expect(text).toContain('Stuurgroep voorjaar');
    expect(text).not.toContain('BEGIN:VCALENDAR');
    expect(text).not.toContain('attachments');
    expect(text).not.toContain('.ics');
  });
});
