import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { parseCalendar } from '../../../test/helpers/ical.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient, type TestResponse } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('calendar files and the personal feed (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let rep: TestClient;
  let member: TestClient;
  let stranger: TestClient;
  let networkId: string;
  let base: string;
  const ids: Record<string, string> = {};
  // Monday 22 March 2027, 09:00 in Amsterdam (CET); summer time starts on Sunday the 28th.
  const clock = new TestClock('2027-03-22T08:00:00Z');
  const idOf = async (client: TestClient) => (await client.get('/api/me')).body.user.id as string;
  const calendarOf = (res: TestResponse) => {
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    return parseCalendar(String(res.body));
  };

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    ids.ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ids.wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    rep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ids.ggz });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@wijkteam.test', role: 'member', partnerId: ids.wijkteam });
    ids.rep = await idOf(rep);
    ids.member = await idOf(member);
    const otherNetwork = await createNetwork(coordinator, 'Ander netwerk');
    stranger = await invitePerson(app, coordinator, otherNetwork, { name: 'Vera Vreemd', email: 'vera@elders.test', role: 'coordinator' });
  });
  afterAll(() => app?.close());

  it('gives a session as a calendar file with its Amsterdam time, place and agenda, and a higher SEQUENCE after a change', async () => {
    const created = await coordinator.post(`${base}/sessions`, {
      title: 'Stuurgroep voorjaar',
      heldOn: '2027-03-26',
      startTime: '10:00',
      endTime: '12:00',
      location: 'Stadhuis, zaal 3',
      onlineLink: 'https://meet.example.nl/stuurgroep',
      participantIds: [ids.rep],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ startTime: '10:00', endTime: '12:00', location: 'Stadhuis, zaal 3', onlineLink: 'https://meet.example.nl/stuurgroep' });
    ids.session = created.body.id;
    await coordinator.post(`${base}/sessions/${ids.session}/agenda`, { title: 'Afspraken over informatiedeling' });

    const res = await member.get(`${base}/sessions/${ids.session}/calendar`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="overleg-stuurgroep-voorjaar.ics"');
    const [event] = calendarOf(res).events;
    expect(event).toMatchObject({ tzid: 'Europe/Amsterdam', start: '2027-03-26T09:00:00.000Z', end: '2027-03-26T11:00:00.000Z', sequence: 0, summary: 'Overleg: Stuurgroep voorjaar' });
    expect(event!.uid).toBe(`session-${ids.session}@localhost`);
    expect(event!.location).toBe('Stadhuis, zaal 3 · https://meet.example.nl/stuurgroep');
    expect(event!.description).toContain('1. Afspraken over informatiedeling');

    // Moved past the start of summer time: the same 10:00 is now 08:00 UTC.
    const moved = await coordinator.patch(`${base}/sessions/${ids.session}`, { baseVersion: created.body.version, heldOn: '2027-03-29' });
    expect(moved.status).toBe(200);
    const [after] = calendarOf(await member.get(`${base}/sessions/${ids.session}/calendar?lang=en`)).events;
    expect(after).toMatchObject({ uid: event!.uid, start: '2027-03-29T08:00:00.000Z', summary: 'Session: Stuurgroep voorjaar' });
    expect(after!.sequence).toBeGreaterThan(event!.sequence);

    expect((await coordinator.patch(`${base}/sessions/${ids.session}`, { baseVersion: moved.body.version, startTime: '14:00', endTime: '13:00' })).status).toBe(400);
    expect((await coordinator.post(`${base}/sessions`, { title: 'Overleg', heldOn: '2027-04-01', startTime: '25:00' })).status).toBe(400);
    expect((await coordinator.post(`${base}/sessions`, { title: 'Overleg', heldOn: '2027-04-01', onlineLink: 'javascript:alert(1)' })).status).toBe(400);
  });

  it("gives a round's closing moment, and an agreement's review date with a higher SEQUENCE when it moves", async () => {
    const round = await coordinator.post(`${base}/rounds`, { title: 'Reflectieronde voorjaar', opensAt: '2027-03-22T09:00:00Z', closesAt: '2027-04-05T15:00:00Z' });
    expect(round.status).toBe(201);
    ids.round = round.body.id;
    clock.set('2027-03-22T09:00:01Z');
    expect((await coordinator.post(`${base}/rounds/${ids.round}/open`)).status).toBe(200);
    const [closing] = calendarOf(await rep.get(`${base}/rounds/${ids.round}/calendar`)).events;
    // 5 April 2027 is summer time: 17:00 in Amsterdam.
    expect(closing).toMatchObject({ end: '2027-04-05T15:00:00.000Z', summary: 'Reflectieronde sluit: Reflectieronde voorjaar', uid: `round-closes-${ids.round}@localhost` });
    expect(closing!.description).toContain('5 april 2027 om 17:00');

    const agreement = await coordinator.post(`${base}/agreements`, { kind: 'escalation', title: 'Wachtlijsten melden', body: 'Binnen een week melden.', partyIds: [ids.ggz], reviewOn: '2027-09-01' });
    expect(agreement.status).toBe(201);
    ids.agreement = agreement.body.id;
    const [review] = calendarOf(await member.get(`${base}/agreements/${ids.agreement}/calendar`)).events;
    expect(review).toMatchObject({ allDay: true, start: '2027-09-01', sequence: 0, summary: 'Evaluatie afspraak: Wachtlijsten melden' });
    expect((await coordinator.patch(`${base}/agreements/${ids.agreement}`, { reviewOn: '2027-10-01' })).status).toBe(200);
    const [moved] = calendarOf(await member.get(`${base}/agreements/${ids.agreement}/calendar`)).events;
    expect(moved).toMatchObject({ uid: review!.uid, start: '2027-10-01', sequence: 1 });

    const without = await coordinator.post(`${base}/agreements`, { kind: 'other', title: 'Zonder evaluatie', body: 'Tekst van de afspraak.' });
    expect((await member.get(`${base}/agreements/${without.body.id}/calendar`)).status).toBe(404);
    expect((await member.get(`${base}/agreements/${ids.agreement}/calendar?lang=fr`)).status).toBe(400);
  });

  it('answers 404 to people of another network and 401 to anonymous callers', async () => {
    for (const path of [`sessions/${ids.session}`, `rounds/${ids.round}`, `agreements/${ids.agreement}`]) {
      const res = await stranger.get(`${base}/${path}/calendar`);
      expect(res.status, path).toBe(404);
      expect(String(res.body)).not.toContain('BEGIN:VCALENDAR');
      expect((await app.client().get(`${base}/${path}/calendar`)).status, path).toBe(401);
    }
  });

  it("feeds a person everything relevant to them across networks, in their language, until they revoke it", async () => {
    // The representative's agreement comes into force; they claim a step with a due day.
    const url = `${base}/agreements/${ids.agreement}`;
    expect((await coordinator.post(`${url}/propose`, { version: 1 })).status).toBe(200);
    expect((await rep.post(`${url}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(200);
    const step = await rep.post(`${base}/steps`, { title: 'Wachtlijst delen', dueOn: '2027-04-12', claim: true });
    expect(step.status).toBe(201);
    await member.post(`${base}/steps`, { title: 'Stap van een ander', dueOn: '2027-04-13', claim: true });

    expect((await rep.get('/api/me/calendar-feed')).body).toEqual({ feed: null });
    const made = await rep.post('/api/me/calendar-feed', { language: 'en' });
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await rep.get('/api/me/calendar-feed')).body).toEqual({ feed: { id: made.body.id, language: 'en', createdAt: made.body.createdAt } });
    const feedPath = new URL(made.body.url).pathname;

    const feed = calendarOf(await app.client().get(feedPath));
    expect(feed.name).toBe('Ketenregie: my calendar');
    expect(feed.events.map((e) => e.summary).sort()).toEqual(
      ['Agreement review: Wachtlijsten melden', 'Reflection round closes: Reflectieronde voorjaar', 'Session: Stuurgroep voorjaar', 'Small step due: Wachtlijst delen'].sort(),
    );
    const stored = await app.runtime.deps.db.selectFrom('calendar_feeds').select('token_hash').where('id', '=', made.body.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(feedPath.slice(14, 57));

    // The member is not invited to the round, takes part in no session and their partner is not a party.
    const memberFeed = await member.post('/api/me/calendar-feed', { language: 'nl' });
    const memberEvents = calendarOf(await app.client().get(new URL(memberFeed.body.url).pathname)).events;
    expect(memberEvents.map((e) => e.summary)).toEqual(['Kleine stap klaar: Stap van een ander']);

    // A new address replaces the old one; a revoked address is 404.
    const again = await rep.post('/api/me/calendar-feed', { language: 'nl' });
    expect((await app.client().get(feedPath)).status).toBe(404);
    const newPath = new URL(again.body.url).pathname;
    expect(calendarOf(await app.client().get(newPath)).events).toHaveLength(4);
    expect((await stranger.delete(`/api/me/calendar-feed/${again.body.id}`)).status).toBe(404);
    expect((await rep.delete(`/api/me/calendar-feed/${again.body.id}`)).body).toEqual({ feed: null });
    expect((await app.client().get(newPath)).status).toBe(404);
    expect((await rep.get('/api/me/calendar-feed')).body).toEqual({ feed: null });
    expect((await app.client().get('/api/calendar/not-a-token.ics')).status).toBe(400);
    expect((await app.client().post('/api/me/calendar-feed', { language: 'nl' })).status).toBe(401);
  });
});
