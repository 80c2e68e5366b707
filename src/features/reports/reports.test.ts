import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN, invitePerson } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

/** The text of a PDF as pdftotext reads it, with runs of white space made one space. */
function pdfText(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'file.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

// Issue 12 item 5 on the example network (three closed rounds, agreements, differences, goals and a
// session with decisions): the minutes and the network report as PDFs, made for their reader.
describe.each(testDatabases)('minutes and network report as PDF (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let observer: TestClient;
  let representative: TestClient;
  let base: string;
  let sessionId: string;
  let ggzName: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = app.client();
    const setup = await coordinator.post('/api/setup', { ...ADMIN, loadExample: true });
    expect(setup.status).toBe(201);
    const networkId = setup.body.exampleNetworkId as string;
    base = `/api/networks/${networkId}`;
    const partners = (await coordinator.get(`${base}/partners?limit=200`)).body.items as { id: string; name: string }[];
    const ggz = partners.find((p) => p.name.startsWith('GGZ'))!;
    ggzName = ggz.name;
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
    representative = await invitePerson(app, coordinator, networkId, { name: 'Rens Tweede', email: 'rens@ggznoord.test', role: 'representative', partnerId: ggz.id });
    sessionId = ((await coordinator.get(`${base}/sessions`)).body.items as { id: string; decisions: number }[]).find((s) => s.decisions > 0)!.id;
  });
  afterAll(() => app?.close());

  it('gives the minutes of a session with attendance, time boxes, decisions and their steps, in Dutch or English', async () => {
    const session = (await coordinator.get(`${base}/sessions/${sessionId}`)).body;
    const [first] = session.agenda as { id: string; title: string }[];
    await coordinator.patch(`${base}/sessions/${sessionId}/agenda/${first!.id}`, { timeBoxMinutes: 25 });
    const attendees = session.participants.slice(0, 1).map((p: { id: string }) => p.id);
    expect((await coordinator.put(`${base}/sessions/${sessionId}/attendance`, { partners: [], attendeeIds: attendees })).status).toBe(200);

    const nl = await observer.get(`${base}/sessions/${sessionId}/minutes.pdf?lang=nl`);
    expect(nl.status).toBe(200);
    expect(nl.headers.get('content-type')).toBe('application/pdf');
    expect(nl.headers.get('content-disposition')).toMatch(/^attachment; filename="verslag-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = pdfText(nl.bytes);
    expect(text).toContain('Verslag van het overleg');
    expect(text).toContain(session.title.replace('–', '–'));
    expect(text).toContain('Aanwezigheid');
    expect(text).toContain(`1. ${first!.title} (25 min.)`);
    for (const decision of session.decisions as { title: string; consequences: { title: string; owner: { name: string } | null; dueOn: string | null }[] }[]) {
      expect(text).toContain(decision.title);
      for (const step of decision.consequences) {
        expect(text).toContain(step.title);
        if (step.owner) expect(text).toContain(`opgepakt door ${step.owner.name}`);
        if (step.dueOn) {
          const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${step.dueOn}T12:00:00Z`));
          expect(text).toContain(`klaar op ${day}`);
        }
      }
    }
    expect(text).not.toMatch(ISO_DAY);

    const en = await observer.get(`${base}/sessions/${sessionId}/minutes.pdf?lang=en`);
    const english = pdfText(en.bytes);
    expect(english).toContain('Minutes of the session');
    expect(english).toContain('Attendance');
    expect(english).not.toContain('Aanwezigheid');
    expect(english).toMatch(/Held on \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(english).not.toMatch(ISO_DAY);
    expect(en.headers.get('content-disposition')).toMatch(/filename="minutes-/);

    const byHeader = await observer.request('GET', `${base}/sessions/${sessionId}/minutes.pdf`, undefined, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(pdfText(byHeader.bytes)).toContain('Minutes of the session');
    expect((await observer.get(`${base}/sessions/${crypto.randomUUID()}/minutes.pdf`)).status).toBe(404);
    expect((await observer.get(`${base}/sessions/${sessionId}/minutes.pdf?lang=de`)).status).toBe(400);
  });

  it("gives the coordinator the network's state with stage, scores with intervals, and the pair ratings marked confidential", async () => {
    const res = await coordinator.get(`${base}/report.pdf?lang=nl`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(res.bytes);
    for (const heading of ['Stand van het samenwerkingsverband', 'Fase en onderbouwing', 'Scores van de laatste rondes', 'Afspraken en hun status', 'Verschillen en hun status', 'Doelen en voortgang', 'Wederkerigheid']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Vertrouwen in het netwerk');
    expect(text).toMatch(/95 %-interval \d+,\d-\d+,\d/);
    expect(text).toContain('VERTROUWELIJK: paarscores');
    expect(text).toContain('alleen te zien voor de ketenregisseur en de partners A en B');
    expect(text).toContain('Gemaakt voor Anna Beheer (ketenregisseur)');
    expect(text).not.toMatch(ISO_DAY);
    const agreements = (await coordinator.get(`${base}/agreements?limit=200`)).body.items as { title: string }[];
    for (const a of agreements) expect(text).toContain(a.title);

    const english = pdfText((await coordinator.get(`${base}/report.pdf?lang=en`)).bytes);
    expect(english).toContain('State of the network');
    expect(english).toContain('CONFIDENTIAL: pair ratings');
    expect(english).toMatch(/95 % interval \d+\.\d-\d+\.\d/);
    expect(english).not.toContain('Vertrouwen in het netwerk');
    expect(english).not.toMatch(ISO_DAY);
  });

  it('leaves out of an observer’s report every pair rating, and out of a representative’s those of other pairs', async () => {
    const coordinatorText = pdfText((await coordinator.get(`${base}/report.pdf?lang=nl`)).bytes);
    const trends = (await coordinator.get(`${base}/trends`)).body.series as { measure: string; from: { name: string } | null; to: { name: string } | null }[];
    const pairs = trends.filter((s) => s.measure === 'dyadTrust').map((s) => `${s.from!.name} over ${s.to!.name}`);
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) expect(coordinatorText).toContain(pair);

    const observerText = pdfText((await observer.get(`${base}/report.pdf?lang=nl`)).bytes);
    expect(observerText).toContain('Gemaakt voor Olga Toehoorder (toehoorder)');
    expect(observerText).toContain('Vertrouwen in het netwerk');
    expect(observerText).not.toContain('VERTROUWELIJK');
    for (const pair of pairs) expect(observerText).not.toContain(pair);

    const repText = pdfText((await representative.get(`${base}/report.pdf?lang=nl`)).bytes);
    const own = pairs.filter((p) => p.startsWith(`${ggzName} over`) || p.endsWith(`over ${ggzName}`));
    const others = pairs.filter((p) => !own.includes(p));
    expect(others.length).toBeGreaterThan(0);
    for (const pair of others) expect(repText).not.toContain(pair);
    const repTrends = (await representative.get(`${base}/trends`)).body.series as { measure: string; from: { name: string } | null; to: { name: string } | null }[];
    for (const s of repTrends.filter((x) => x.measure === 'dyadTrust')) expect(repText).toContain(`${s.from!.name} over ${s.to!.name}`);
  });

  it('is for people of the network only', async () => {
    const stranger = app.client();
    expect((await stranger.get(`${base}/report.pdf`)).status).toBe(401);
  });
});
