import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { runAllJobs as runAll } from '../../../test/helpers/mail-items.ts';
import { insertUser } from '../../../test/helpers/round-data.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { inTransaction } from '../../db/transaction.ts';
import { notify } from './notify.ts';

/**
 * The example scenario of issue 12 with default preferences: an agreement with two parties that
 * both consent, and a round opened for 21 people. Actions come at once (one mail each, after the
 * bundling window), information only in the next morning's digest.
 */
describe.each(testDatabases)('mail by preference (%s)', (kind) => {
  // Monday 7 December 2026, 10:00 in Amsterdam: the next daily digest is Tuesday 07:30 (06:30 UTC).
  const clock = new TestClock('2026-12-07T09:00:00Z');
  let app: TestApp;
  let coordinator: TestClient;
  let ggzRep: TestClient;
  let wijkRep: TestClient;
  let networkId: string;
  let ggz: string;
  let wijkteam: string;
  let agreementId: string;
  const COORDINATOR = 'beheer@ketenregie.test';
  const GGZ = 'gert@ggz.test';
  const WIJK = 'wim@wijkteam.test';

  const db = () => app.runtime.deps.db;
  const runAllJobs = () => runAll(app.runtime);
  /** The notification mails (not invitations) to each address, oldest first. */
  const notificationMails = async () => {
    const rows = await db()
      .selectFrom('mail_messages')
      .select(['to_address', 'subject', 'body_text', 'body_html', 'list_unsubscribe'])
      .where('list_unsubscribe', 'is not', null)
      .orderBy('created_at')
      .orderBy('subject')
      .execute();
    const byPerson = new Map<string, typeof rows>();
    for (const r of rows) byPerson.set(r.to_address, [...(byPerson.get(r.to_address) ?? []), r]);
    return { rows, byPerson, subjects: (email: string) => (byPerson.get(email) ?? []).map((m) => m.subject) };
  };

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: GGZ, role: 'representative', partnerId: ggz });
    wijkRep = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijk', email: WIJK, role: 'representative', partnerId: wijkteam });
  });
  afterAll(() => app?.close());

  it('sends nothing by mail before the bundling window closes, and the invitations at once', async () => {
    const invitations = await db().selectFrom('mail_messages').select(['to_address', 'subject', 'list_unsubscribe']).orderBy('to_address').execute();
    expect(invitations).toEqual([
      { to_address: GGZ, subject: 'Uitnodiging voor Crisisroute Jeugd Regio Noord', list_unsubscribe: null },
      { to_address: WIJK, subject: 'Uitnodiging voor Crisisroute Jeugd Regio Noord', list_unsubscribe: null },
    ]);

    const created = await coordinator.post(`/api/networks/${networkId}/agreements`, {
      kind: 'escalation',
      title: 'Risico’s <melden> & opschalen',
      body: 'Een partner meldt een wachtlijst langer dan vier weken binnen een week.',
      partyIds: [ggz, wijkteam],
    });
    expect(created.status).toBe(201);
    agreementId = created.body.id;
    const url = `/api/networks/${networkId}/agreements/${agreementId}`;
    expect((await coordinator.post(`${url}/propose`, { version: 1 })).status).toBe(200);
    clock.advance({ minutes: 2 });
    expect((await ggzRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(200);
    clock.advance({ minutes: 2 });
    expect((await wijkRep.post(`${url}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(200);
    expect((await coordinator.get(url)).body.status).toBe('in_force');

    await runAllJobs();
    expect((await notificationMails()).rows).toEqual([]);
  });

  it('mails each representative once about the ratification asked of them, after the window', async () => {
    clock.advance({ minutes: 7 }); // 11 minutes after the proposal
    await runAllJobs();
    const mails = await notificationMails();
    expect(mails.subjects(GGZ)).toEqual(['Ter instemming: Risico’s <melden> & opschalen']);
    expect(mails.subjects(WIJK)).toEqual(['Ter instemming: Risico’s <melden> & opschalen']);
    expect(mails.subjects(COORDINATOR)).toEqual([]);
    const mail = mails.byPerson.get(GGZ)![0]!;
    // One language, plain text and HTML, user content escaped in the HTML, links to the preferences.
    expect(mail.body_text).toContain('legt versie 1 van de afspraak "Risico’s <melden> & opschalen" voor');
    expect(mail.body_text).not.toMatch(/Network|proposes|---/);
    expect(mail.body_text).toContain('http://localhost:3000/settings/notifications');
    expect(mail.body_html).toContain('Risico’s &lt;melden&gt; &amp; opschalen');
    expect(mail.body_html).not.toContain('<melden>');
    expect(mail.body_html).toContain('<html lang="nl">');
    expect(mail.list_unsubscribe).toMatch(/^http:\/\/localhost:3000\/api\/unsubscribe\/[\w-]+\.[\w-]+$/);
  });

  it('mails each of the 21 people of a round once that the questionnaire is open', async () => {
    const others: string[] = [];
    for (let i = 1; i <= 19; i++) {
      const id = await insertUser(app, `Respondent ${i}`);
      await db()
        .insertInto('network_members')
        .values({ id: randomUUID(), network_id: networkId, user_id: id, role: 'member', partner_id: i % 2 ? ggz : wijkteam })
        .execute();
      others.push(id);
    }
    const round = await coordinator.post(`/api/networks/${networkId}/rounds`, {
      title: 'Reflectieronde winter',
      opensAt: clock.now().toISOString(),
      closesAt: new Date(clock.now().getTime() + 14 * 86_400_000).toISOString(),
      includeMembers: true,
    });
    expect(round.status).toBe(201);
    expect((await coordinator.post(`/api/networks/${networkId}/rounds/${round.body.id}/open`)).status).toBe(200);
    clock.advance({ minutes: 10 });
    await runAllJobs();
    const mails = await notificationMails();
    const opened = mails.rows.filter((m) => m.subject === 'Reflectieronde geopend: Reflectieronde winter');
    expect(opened).toHaveLength(21);
    expect(new Set(opened.map((m) => m.to_address)).size).toBe(21);
    expect(mails.subjects(GGZ)).toEqual(['Ter instemming: Risico’s <melden> & opschalen', 'Reflectieronde geopend: Reflectieronde winter']);
    expect(mails.subjects(COORDINATOR)).toEqual([]);
  });

  it('puts the information in the next morning’s digest: one mail per person, once', async () => {
    clock.set('2026-12-08T06:29:00Z'); // 07:29 in Amsterdam
    await runAllJobs();
    expect((await notificationMails()).rows.filter((m) => m.subject.includes('dagoverzicht'))).toEqual([]);
    clock.set('2026-12-08T06:30:00Z');
    await runAllJobs();
    const mails = await notificationMails();
    const digests = mails.rows.filter((m) => m.subject.includes('dagoverzicht'));
    expect(digests.map((m) => m.to_address).sort()).toEqual([COORDINATOR, GGZ, WIJK].sort());
    expect(digests[0]!.subject).toBe('Ketenregie: uw dagoverzicht van 8 december 2026');
    const coordinatorDigest = digests.find((m) => m.to_address === COORDINATOR)!;
    // The coordinator drafted and proposed; the consents and the entry into force are news to them.
    expect(coordinatorDigest.body_text).toContain('3 meldingen');
    expect(coordinatorDigest.body_text).toContain('GGZ Noord stemt in met versie 1');
    expect(coordinatorDigest.body_text).toContain('Wijkteam Centrum stemt in met versie 1');
    expect(coordinatorDigest.body_text).toContain('is nu van kracht');
    const ggzDigest = digests.find((m) => m.to_address === GGZ)!;
    expect(ggzDigest.body_text).toContain('heeft de afspraak "Risico’s <melden> & opschalen" opgesteld');
    expect(ggzDigest.body_text).not.toContain('GGZ Noord stemt in'); // its own consent is not news
    // Per person over the whole scenario: at most one immediate mail per action asked, one digest.
    expect(mails.subjects(COORDINATOR)).toHaveLength(1);
    expect(mails.subjects(GGZ)).toHaveLength(3);
    expect(mails.subjects(WIJK)).toHaveLength(3);
    expect(mails.rows).toHaveLength(21 + 2 + 3);

    await runAllJobs();
    clock.advance({ days: 1 });
    await runAllJobs();
    expect((await notificationMails()).rows).toHaveLength(21 + 2 + 3);
  });

  it('bundles events about the same thing within the window into one mail', async () => {
    const gert = (await ggzRep.get('/api/me')).body.user.id as string;
    const send = (title: string) =>
      inTransaction(db(), (tx) =>
        notify(tx, app.runtime.deps, networkId, [gert], {
          kind: 'requestMade',
          params: { title },
          link: `/networks/${networkId}/requests`,
          mail: (language) => ({ subject: language === 'nl' ? `Verzoek: ${title}` : `Request: ${title}`, lines: [`Gevraagd: ${title}`], action: 'Bekijk de verzoeken' }),
        }),
      );
    const before = (await notificationMails()).subjects(GGZ).length;
    await send('Bed voor crisisopvang');
    clock.advance({ minutes: 4 });
    await send('Consult op vrijdag');
    clock.advance({ minutes: 6 });
    await runAllJobs();
    const after = (await notificationMails()).byPerson.get(GGZ)!.slice(before);
    expect(after.map((m) => m.subject)).toEqual(['Verzoek: Consult op vrijdag (2 meldingen)']);
    expect(after[0]!.body_text).toContain('Gevraagd: Bed voor crisisopvang');
    expect(after[0]!.body_text).toContain('Gevraagd: Consult op vrijdag');
    // A third event after the window is a new mail.
    await send('Nog een vraag');
    clock.advance({ minutes: 10 });
    await runAllJobs();
    expect((await notificationMails()).subjects(GGZ).slice(before)).toEqual(['Verzoek: Consult op vrijdag (2 meldingen)', 'Verzoek: Nog een vraag']);
  });

  it('writes each mail in the person’s language, or else the network’s', async () => {
    const preferences = await wijkRep.put('/api/me/notification-preferences', { language: 'en' });
    expect(preferences.status).toBe(200);
    expect(preferences.body.language).toBe('en');
    await db().updateTable('networks').set({ language: 'en' }).where('id', '=', networkId).execute();
    const url = `/api/networks/${networkId}/agreements/${agreementId}`;
    expect((await coordinator.post(`${url}/versions`, { baseVersion: 1, body: 'Binnen drie dagen.', changeNote: 'Sneller' })).status).toBe(201);
    expect((await coordinator.post(`${url}/propose`, { version: 2 })).status).toBe(200);
    await ggzRep.put('/api/me/notification-preferences', { language: 'nl' });
    clock.advance({ minutes: 10 });
    await runAllJobs();
    const mails = await notificationMails();
    expect(mails.subjects(WIJK).at(-1)).toBe('For ratification: Risico’s <melden> & opschalen');
    expect(mails.byPerson.get(WIJK)!.at(-1)!.body_html).toContain('<html lang="en">');
    expect(mails.byPerson.get(WIJK)!.at(-1)!.body_text).not.toContain('Bekijk');
    // Gert chose Dutch after the event was written: the mail keeps the language it was written in.
    expect(mails.subjects(GGZ).at(-1)).toBe('For ratification: Risico’s <melden> & opschalen');
    await db().updateTable('networks').set({ language: 'nl' }).where('id', '=', networkId).execute();
  });

  it('unsubscribes one kind with the one-click POST, without a session', async () => {
    const mail = (await notificationMails()).byPerson.get(GGZ)!.find((m) => m.subject.startsWith('Ter instemming'))!;
    const path = new URL(mail.list_unsubscribe!).pathname;
    const anonymous = app.client();
    const shown = await anonymous.get(path);
    expect(shown.status).toBe(302);
    expect(shown.headers.get('location')).toBe(path.replace('/api', ''));
    expect((await anonymous.get(`${path}/scope`)).body).toEqual({ topic: 'ratification' });
    expect((await ggzRep.get('/api/me/notification-preferences')).body.topics.find((t: { topic: string }) => t.topic === 'ratification').delivery).toBe('immediate');

    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await anonymous.request('POST', path, 'List-Unsubscribe=Iets', form)).status).toBe(400);
    const tampered = path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await anonymous.request('POST', tampered, 'List-Unsubscribe=One-Click', form)).status).toBe(404);
    expect((await anonymous.request('POST', '/api/unsubscribe/geen-token', 'List-Unsubscribe=One-Click', form)).status).toBe(400);
    // As a mail provider sends it: a form, from another site, without a session.
    const done = await anonymous.request('POST', path, 'List-Unsubscribe=One-Click', { ...form, origin: 'https://mail.example.com', 'sec-fetch-site': 'cross-site' });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ topic: 'ratification' });
    const after = (await ggzRep.get('/api/me/notification-preferences')).body;
    expect(after.topics.find((t: { topic: string }) => t.topic === 'ratification')).toEqual({ topic: 'ratification', group: 'action', delivery: 'never', chosen: true });

    // A ratification asked now is in the app only.
    const url = `/api/networks/${networkId}/agreements/${agreementId}`;
    const before = (await notificationMails()).subjects(GGZ).length;
    expect((await coordinator.post(`${url}/versions`, { baseVersion: 2, body: 'Binnen twee dagen.', changeNote: 'Nog sneller' })).status).toBe(201);
    expect((await coordinator.post(`${url}/propose`, { version: 3 })).status).toBe(200);
    clock.advance({ minutes: 10 });
    await runAllJobs();
    expect((await notificationMails()).subjects(GGZ)).toHaveLength(before);
    const inApp = await db().selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select('n.params').where('u.email', '=', GGZ).where('n.kind', '=', 'agreementProposed').execute();
    expect(inApp.map((n) => n.params.version)).toEqual(expect.arrayContaining([1, 2, 3]));
  });

  it('unsubscribes from a digest: every kind that came in it stops', async () => {
    const digest = (await notificationMails()).byPerson.get(COORDINATOR)!.find((m) => m.subject.includes('dagoverzicht'))!;
    const path = new URL(digest.list_unsubscribe!).pathname;
    expect((await app.client().get(`${path}/scope`)).body).toEqual({ digest: 'daily' });
    const done = await app.client().request('POST', path, 'List-Unsubscribe=One-Click', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(done.status).toBe(200);
    const topics = (await coordinator.get('/api/me/notification-preferences')).body.topics as { topic: string; group: string; delivery: string }[];
    expect(topics.filter((t) => t.group === 'information').every((t) => t.delivery === 'never')).toBe(true);
    expect(topics.filter((t) => t.group === 'action').every((t) => t.delivery === 'immediate')).toBe(true);
  });

  it('keeps preferences per person, validates them and needs a session', async () => {
    const mine = await wijkRep.get('/api/me/notification-preferences');
    expect(mine.status).toBe(200);
    expect(mine.body.topics.map((t: { topic: string; group: string; delivery: string }) => `${t.topic}:${t.group}:${t.delivery}`)).toEqual([
      'questionnaire:action:immediate',
      'ratification:action:immediate',
      'request:action:immediate',
      'differenceView:action:immediate',
      'agreements:information:daily',
      'requestUpdates:information:daily',
      'goals:information:daily',
      'sessions:information:daily',
      'rounds:information:daily',
      'differences:information:daily',
      'other:information:daily',
    ]);
    const changed = await wijkRep.put('/api/me/notification-preferences', { deliveries: { agreements: 'weekly', questionnaire: 'daily' } });
    expect(changed.status).toBe(200);
    expect(changed.body.topics.filter((t: { chosen: boolean }) => t.chosen).map((t: { topic: string; delivery: string }) => [t.topic, t.delivery])).toEqual([
      ['questionnaire', 'daily'],
      ['agreements', 'weekly'],
    ]);
    expect(changed.body.language).toBe('en');
    expect((await wijkRep.put('/api/me/notification-preferences', { language: null })).body.language).toBeNull();
    expect((await wijkRep.put('/api/me/notification-preferences', { deliveries: { agreements: 'hourly' } })).status).toBe(400);
    expect((await wijkRep.put('/api/me/notification-preferences', { deliveries: { unknown: 'daily' } })).status).toBe(400);
    expect((await wijkRep.put('/api/me/notification-preferences', { language: 'fr' })).status).toBe(400);
    expect((await app.client().get('/api/me/notification-preferences')).status).toBe(401);
    expect((await app.client().put('/api/me/notification-preferences', { language: 'nl' })).status).toBe(401);
  });

  it('sends a weekly digest on Monday morning to who chose it', async () => {
    const url = `/api/networks/${networkId}/agreements/${agreementId}`;
    clock.set('2026-12-09T12:00:00Z'); // Wednesday
    expect((await coordinator.post(`${url}/versions`, { baseVersion: 3, body: 'Binnen één dag.', changeNote: 'Nog sneller' })).status).toBe(201);
    clock.set('2026-12-13T12:00:00Z'); // Sunday: the daily digests went, the weekly one waits
    await runAllJobs();
    expect((await notificationMails()).subjects(WIJK).filter((s) => s.includes('weekoverzicht') || s.includes('weekly'))).toEqual([]);
    const before = (await notificationMails()).subjects(WIJK).length;
    clock.set('2026-12-14T06:30:00Z'); // Monday 14 December, 07:30 in Amsterdam
    await runAllJobs();
    const weekly = (await notificationMails()).byPerson.get(WIJK)!.slice(before);
    expect(weekly.map((m) => m.subject)).toEqual(['Ketenregie: uw weekoverzicht van 14 december 2026']);
    expect(weekly[0]!.body_text).toContain('versie 4');
  });
});
