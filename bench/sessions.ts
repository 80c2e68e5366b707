import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { readConfig } from '../src/config.ts';
import type { DB } from '../src/db/schema.ts';
import { startRuntime } from '../src/runtime.ts';
import { TestClient } from '../test/helpers/test-app.ts';
import { median, type BenchResult } from './report.ts';
import { freshPostgres, insertInChunks } from './bench-database.ts';

const ADMIN = { name: 'Bench Beheer', email: 'bench@ketenregie.test', password: 'bench-wachtwoord-1' };
const SESSIONS = 300;
const DECISIONS = 2_000;
const AGENDA_PER_SESSION = 8;
const STEPS = 5_000;


const day = (offset: number) => new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * 300 sessions (one a week) with eight agenda items and the coordinator as participant, 2,000
 * decisions spread over them, and 5,000 steps of which about half serve a decision: some with an
 * owner and a date, some without, some dropped, so both sides of the flag are well filled.
 */
async function seedSessions(db: Kysely<DB>, networkId: string, userId: string) {
  const meetings = Array.from({ length: SESSIONS }, (_, i) => ({
    id: randomUUID(),
    network_id: networkId,
    title: `Overleg ${i + 1}`,
    held_on: day(i * 7),
    minutes: 'Verslag van het overleg.',
    published_at: null,
    created_by: userId,
    created_at: new Date(Date.UTC(2020, 0, 1) + i * 7 * 86_400_000),
  }));
  await insertInChunks(meetings, (chunk) => db.insertInto('meetings').values(chunk).execute());
  await insertInChunks(
    meetings.map((m) => ({ network_id: networkId, meeting_id: m.id, user_id: userId })),
    (chunk) => db.insertInto('meeting_participants').values(chunk).execute(),
  );
  const items = meetings.flatMap((m) =>
    Array.from({ length: AGENDA_PER_SESSION }, (_, p) => ({ id: randomUUID(), network_id: networkId, meeting_id: m.id, created_by: userId, position: p + 1, kind: 'custom', title: `Punt ${p + 1}` })),
  );
  await insertInChunks(items, (chunk) => db.insertInto('meeting_agenda_items').values(chunk).execute());
  const decisions = Array.from({ length: DECISIONS }, (_, i) => ({
    id: randomUUID(),
    network_id: networkId,
    meeting_id: meetings[i % SESSIONS]!.id,
    title: `Besluit ${i + 1}`,
    description: 'Toelichting bij het besluit.',
    created_by: userId,
    created_at: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
  }));
  await insertInChunks(decisions, (chunk) => db.insertInto('decisions').values(chunk).execute());
  const steps = Array.from({ length: STEPS }, (_, i) => {
    const serves = i % 2 === 0 ? decisions[(i / 2) % DECISIONS]! : null;
    const kind = i % 5; // 0, 1: owner and date; 2: owner only; 3: dropped; 4: open
    return {
      id: randomUUID(),
      network_id: networkId,
      created_by: userId,
      title: `Stap ${i + 1}`,
      status: kind === 3 ? ('dropped' as const) : kind === 4 ? ('open' as const) : ('claimed' as const),
      claimed_by: kind === 4 ? null : userId,
      due_on: kind === 2 || kind === 4 ? null : day(2_000 + (i % 300)),
      serves_kind: serves ? ('decision' as const) : null,
      serves_id: serves?.id ?? null,
    };
  });
  await insertInChunks(steps, (chunk) => db.insertInto('steps').values(chunk).execute());
  // Fresh statistics, as autovacuum would have them on a network that grew over time.
  await sql`analyze`.execute(db);
}

/**
 * Issue 6's list targets for sessions and decisions on PostgreSQL: a network with 300 sessions,
 * 2,000 decisions and 5,000 steps; every list under 100 ms with pagination.
 */
export async function benchSessions(): Promise<BenchResult[]> {
  const database = await freshPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-sessions-'));
  const runtime = await startRuntime({ ...readConfig({}), databaseUrl: database.url, dataDir, publicUrl: 'http://localhost:3000', runJobs: false }, { serveWeb: false });
  const results: BenchResult[] = [];
  try {
    const { db } = runtime.deps;
    const coordinator = new TestClient(runtime);
    if ((await coordinator.post('/api/setup', ADMIN)).status !== 201) throw new Error('setup failed');
    const me = (await coordinator.get('/api/me')).body;
    const networkId = (await coordinator.post('/api/networks', { name: 'Bench overleggen' })).body.id as string;
    await seedSessions(db, networkId, me.user.id);
    const base = `/api/networks/${networkId}`;

    const measure = async (name: string, route: () => Promise<string>, check: (body: any) => boolean) => {
      const times: number[] = [];
      for (let i = 0; i < 8; i++) {
        const url = await route();
        const started = performance.now();
        const res = await coordinator.get(url);
        const ms = performance.now() - started;
        if (res.status !== 200 || !check(res.body)) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`);
        if (i > 0) times.push(ms); // the first warms the connection and the plan cache
      }
      results.push({ name, value: median(times), unit: 'ms', target: 100 });
    };
    const cursorAfter = async (url: string, pages: number) => {
      let cursor: string | null = null;
      for (let i = 0; i < pages; i++) cursor = (await coordinator.get(`${url}${cursor ? `&cursor=${cursor}` : ''}`)).body.nextCursor;
      return cursor!;
    };
    const label = `${SESSIONS} sessions / ${DECISIONS.toLocaleString('en')} decisions / ${STEPS.toLocaleString('en')} steps`;
    console.log(`  (${label}; each figure the median of 7 calls)`);

    await measure('GET …/sessions?limit=50, first page', async () => `${base}/sessions?limit=50`, (b) => b.items.length === 50 && b.nextCursor);
    const sessionsDeep = await cursorAfter(`${base}/sessions?limit=50`, 5);
    await measure('GET …/sessions?limit=50, sixth page', async () => `${base}/sessions?limit=50&cursor=${sessionsDeep}`, (b) => b.items.length === 50);
    await measure('GET …/decisions?limit=50, first page', async () => `${base}/decisions?limit=50`, (b) => b.items.length === 50 && b.nextCursor);
    const decisionsDeep = await cursorAfter(`${base}/decisions?limit=50`, 30);
    await measure('GET …/decisions?limit=50, 31st page', async () => `${base}/decisions?limit=50&cursor=${decisionsDeep}`, (b) => b.items.length === 50);
    await measure('GET …/decisions?changesNothing=true&limit=50', async () => `${base}/decisions?changesNothing=true&limit=50`, (b) =>
      b.items.length === 50 && b.items.every((d: { changesNothingTomorrow: boolean }) => d.changesNothingTomorrow),
    );
    await measure('GET …/decisions?changesNothing=true&limit=5 (home)', async () => `${base}/decisions?changesNothing=true&limit=5`, (b) => b.items.length === 5);
    await measure('GET …/decisions?limit=200, first page', async () => `${base}/decisions?limit=200`, (b) => b.items.length === 200);
    const oneSession = (await coordinator.get(`${base}/sessions?limit=1`)).body.items[0].id as string;
    await measure('GET …/sessions/{id} (8 items, 6–7 decisions)', async () => `${base}/sessions/${oneSession}`, (b) => b.agenda.length === AGENDA_PER_SESSION);
  } finally {
    await runtime.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
