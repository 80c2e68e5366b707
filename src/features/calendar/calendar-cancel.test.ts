import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { onlyCalendarFile } from '../../../test/helpers/ical.ts';
import { notificationMailsTo, runAllJobs as runAll } from '../../../test/helpers/mail-items.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import type { MailAttachment } from '../../db/schema.ts';

/**
 * Calendar files that take a session out of a calendar, and the round reminders that carry the
 * closing moment (issue 12, item 3): who gets a METHOD:CANCEL file when a session is deleted or
 * they stop taking part (only those who were sent the session's file), in their language, with
 * the same UID and a higher SEQUENCE; and a reminder's file is the opening mail's event. Read back
 * with ical.js.
 */
describe.each(testDatabases)('calendar cancellations and reminders (%s)', (kind) => {
  // Monday 22 March 2027, 09:00 in Amsterdam (CET); summer time starts on Sunday the 28th.
  const clock = new TestClock('2027-03-22T08:00:00Z');
  let app: TestApp;
  let coordinator: TestClient;
  let gert: TestClient;
  let base: string;
  const ids: Record<string, string> = {};
  const people = { gert: 'gert@ggz.test', wim: 'wim@wijkteam.test', anna: 'anna@ggz.test', piet: 'piet@gemeente.test' };

  const runAllJobs = () => runAll(app.runtime);
  const deliver = async () => {
    clock.advance({ minutes: 11 });
    await runAllJobs();
  };
  const mailsTo = (email: string) => notificationMailsTo(app.runtime, email);
  const counts = async () => Object.fromEntries(await Promise.all(Object.entries(people).map(async ([name, email]) => [name, (await mailsTo(email)).length]))) as Record<keyof typeof people, number>;
  const newMailsTo = async (name: keyof typeof people, before: Record<keyof typeof people, number>) => (await mailsTo(people[name])).slice(before[name]);
  const onlyFile = (attachments: MailAttachment[] | null, method: 'PUBLISH' | 'CANCEL') => {
    const checked = onlyCalendarFile(attachments, method);
    expect(checked.calendar.timezones).toContain('Europe/Amsterdam');
    return checked;
  };

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    const ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    const wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    const politie = await addPartner(app, networkId, 'Gemeente Noord', 'gemeente');
    const clients = {
      gert: await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: people.gert, role: 'representative', partnerId: ggz }),
      wim: await invitePerson(app, coordinator, networkId, { name: 'Wim Wijk', email: people.wim, role: 'representative', partnerId: wijkteam }),
      anna: await invitePerson(app, coordinator, networkId, { name: 'Anna GGZ', email: people.anna, role: 'member', partnerId: ggz }),
      piet: await invitePerson(app, coordinator, networkId, { name: 'Piet Gemeente', email: people.piet, role: 'representative', partnerId: politie }),
    };
    gert = clients.gert;
    for (const [name, client] of Object.entries(clients)) {
      ids[name] = (await client.get('/api/me')).body.user.id;
      // Anna wants no mail about sessions: she never gets a session's file, so no cancellation either.
      const deliveries = { sessions: name === 'anna' ? 'never' : 'immediate' };
      expect((await client.put('/api/me/notification-preferences', { deliveries, ...(name === 'wim' ? { language: 'en' } : {}) })).status).toBe(200);
    }
  });
  afterAll(() => app?.close());

  it('sends a cancelling file to who leaves a session and, when it is deleted, to each participant who had its file; nobody else', async () => {
    const before = await counts();
    const created = await coordinator.post(`${base}/sessions`, {
      title: 'Stuurgroep voorjaar',
      heldOn: '2027-03-26',
      startTime: '10:00',
      endTime: '12:00',
      location: 'Stadhuis, zaal 3',
      participantIds: [ids.gert, ids.wim, ids.anna],
    });
    expect(created.status).toBe(201);
    const session = created.body.id as string;
    await deliver();
    const [planned] = await newMailsTo('gert', before);
    const original = onlyFile(planned!.attachments, 'PUBLISH').event;
    expect(original).toMatchObject({ sequence: 0, start: '2027-03-26T09:00:00.000Z' });
    expect(await newMailsTo('anna', before)).toEqual([]);

    // Wim leaves, Piet joins, and the session moves past the start of summer time.
    const afterPlanning = await counts();
    const changed = await coordinator.patch(`${base}/sessions/${session}`, { baseVersion: created.body.version, heldOn: '2027-03-29', participantIds: [ids.gert, ids.anna, ids.piet] });
    expect(changed.status).toBe(200);
    await deliver();
    const [left, ...moreLeft] = await newMailsTo('wim', afterPlanning);
    expect(moreLeft).toEqual([]);
    expect(left!.subject).toBe('No longer in the session: Stuurgroep voorjaar');
    expect(left!.body_text).toContain('You no longer take part in the session "Stuurgroep voorjaar" of Crisisroute Jeugd Regio Noord');
    expect(left!.body_text).not.toMatch(/overleg|Piet|Stadhuis/);
    const leftFile = onlyFile(left!.attachments, 'CANCEL');
    expect(leftFile.file.content).toContain('DTSTART;TZID=Europe/Amsterdam:20270329T100000');
    expect(leftFile.file.content).toMatch(/^ORGANIZER;CN="?Ketenregie"?:mailto:no-reply@ketenregie.local\r?$/m);
    expect(leftFile.event).toMatchObject({ uid: original.uid, status: 'CANCELLED', tzid: 'Europe/Amsterdam', start: '2027-03-29T08:00:00.000Z', summary: 'Session: Stuurgroep voorjaar' });
    expect(leftFile.event.sequence).toBeGreaterThan(original.sequence);
    const [moved, ...moreMoved] = await newMailsTo('gert', afterPlanning);
    expect(moreMoved).toEqual([]);
    const movedEvent = onlyFile(moved!.attachments, 'PUBLISH').event;
    expect(movedEvent).toMatchObject({ uid: original.uid, status: 'CONFIRMED', start: '2027-03-29T08:00:00.000Z' });
    expect(movedEvent.sequence).toBeGreaterThan(original.sequence);
    const [joined, ...moreJoined] = await newMailsTo('piet', afterPlanning);
    expect(moreJoined).toEqual([]);
    expect(joined!.subject).toBe('Overleg gepland: Stuurgroep voorjaar');
    expect(await newMailsTo('anna', afterPlanning)).toEqual([]);

    // The session is deleted: Gert and Piet had its file; Wim already had his cancellation, Anna never had a file.
    const afterChange = await counts();
    expect((await coordinator.delete(`${base}/sessions/${session}`)).status).toBe(200);
    await deliver();
    const cancelled: Record<string, ReturnType<typeof onlyFile>['event']> = {};
    for (const name of ['gert', 'piet'] as const) {
      const [mail, ...more] = await newMailsTo(name, afterChange);
      expect(more).toEqual([]);
      expect(mail!.subject).toBe('Overleg vervallen: Stuurgroep voorjaar');
      expect(mail!.body_text).toContain('Het overleg "Stuurgroep voorjaar" van Crisisroute Jeugd Regio Noord op maandag 29 maart 2027 gaat niet door.');
      cancelled[name] = onlyFile(mail!.attachments, 'CANCEL').event;
      expect(cancelled[name]).toMatchObject({ uid: original.uid, status: 'CANCELLED', start: '2027-03-29T08:00:00.000Z', end: '2027-03-29T10:00:00.000Z', summary: 'Overleg: Stuurgroep voorjaar' });
      expect(cancelled[name]!.sequence).toBeGreaterThan(movedEvent.sequence);
    }
    expect(await newMailsTo('wim', afterChange)).toEqual([]);
    expect(await newMailsTo('anna', afterChange)).toEqual([]);
    expect(await mailsTo('beheer@ketenregie.test')).toEqual([]);
    const notices = await app.runtime.deps.db.selectFrom('notifications').select(['user_id', 'kind', 'link']).where('kind', 'in', ['sessionCancelled', 'sessionLeft']).orderBy('kind').execute();
    expect(notices.map((n) => [n.kind, n.user_id]).sort()).toEqual(
      [
        ['sessionCancelled', ids.gert],
        ['sessionCancelled', ids.piet],
        ['sessionLeft', ids.wim],
      ].sort(),
    );
    // The deleted session's page is gone: the notice opens the list of sessions.
    expect(notices.find((n) => n.kind === 'sessionCancelled')!.link).toBe(`${base.replace('/api', '')}/sessions`);
  });

  it('puts only the cancelling file in a digest that also held the planning', async () => {
    const before = (await mailsTo(people.gert)).length;
    expect((await gert.put('/api/me/notification-preferences', { deliveries: { sessions: 'daily' } })).status).toBe(200);
    const created = await coordinator.post(`${base}/sessions`, { title: 'Werkgroep april', heldOn: '2027-04-12', participantIds: [ids.gert] });
    expect(created.status).toBe(201);
    clock.advance({ minutes: 5 });
    expect((await coordinator.delete(`${base}/sessions/${created.body.id}`)).status).toBe(200);
    clock.set('2027-03-23T06:31:00Z');
    await runAllJobs();
    const [digest, ...more] = (await mailsTo(people.gert)).slice(before);
    expect(more).toEqual([]);
    expect(digest!.subject).toMatch(/^Ketenregie: uw dagoverzicht/);
    const { event } = onlyFile(digest!.attachments, 'CANCEL');
    expect(event).toMatchObject({ status: 'CANCELLED', allDay: true, start: '2027-04-12', sequence: 1 });
  });

  it("attaches the opening mail's closing-moment file, unchanged, to each reminder", async () => {
    const round = await coordinator.post(`${base}/rounds`, { title: 'Reflectieronde voorjaar', opensAt: '2027-03-23T07:00:00Z', closesAt: '2027-04-05T15:00:00Z' });
    expect(round.status).toBe(201);
    clock.set('2027-03-23T07:00:00Z');
    expect((await coordinator.post(`${base}/rounds/${round.body.id}/open`)).status).toBe(200);
    await deliver();
    const opened: Record<string, ReturnType<typeof onlyFile>['event']> = {};
    for (const name of ['gert', 'wim'] as const) {
      const [mail] = (await mailsTo(people[name])).filter((m) => /Reflectieronde voorjaar/.test(m.subject));
      opened[name] = onlyFile(mail!.attachments, 'PUBLISH').event;
    }
    const before = await counts();
    // Halfway between opening and closing, the first reminder (summer time by then).
    clock.set('2027-03-30T00:00:00Z');
    await runAllJobs();
    await deliver();
    for (const name of ['gert', 'wim'] as const) {
      const reminders = (await newMailsTo(name, before)).filter((m) => m.attachments !== null);
      expect(reminders).toHaveLength(1);
      expect(reminders[0]!.subject).toMatch(name === 'wim' ? /^Reminder: round Reflectieronde voorjaar closes/ : /^Herinnering: reflectieronde Reflectieronde voorjaar sluit/);
      const { file, event } = onlyFile(reminders[0]!.attachments, 'PUBLISH');
      expect(event).toEqual(opened[name]);
      expect(file.content).toContain('DTEND;TZID=Europe/Amsterdam:20270405T170000');
      expect(event).toMatchObject({ end: '2027-04-05T15:00:00.000Z', status: 'CONFIRMED' });
    }
  });
});
