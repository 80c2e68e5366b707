import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { readConfig } from '../src/config.ts';
import type { DB } from '../src/db/schema.ts';
import { startRuntime } from '../src/runtime.ts';
import { TestClient } from '../test/helpers/test-app.ts';
import { percentile, type BenchResult } from './report.ts';
import { freshPostgres, insertInChunks } from './bench-database.ts';

const ADMIN = { name: 'Bench Beheer', email: 'bench@ketenregie.test', password: 'bench-wachtwoord-1' };
const PARTNERS = 30;
const PEOPLE = 40;
const STEPS = 5_000;
const REQUESTS = 2_000;
const OFFERS = 200;
const GOALS = 50;
const CALLS = 21;


const DAY = 86_400_000;
const dayFrom = (now: number, offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);

/**
 * 30 partners, 40 people, 50 goals, 5,000 steps over the last two years (a quarter serving a goal;
 * open, claimed, done and dropped; some overdue), 200 offers and 2,000 requests between the
 * partners, a fifth to the whole network, most answered and many fulfilled within the year.
 */
async function seedDevelopment(db: Kysely<DB>, networkId: string, coordinatorId: string) {
  const now = Date.now();
  const partners = Array.from({ length: PARTNERS }, (_, i) => ({ id: randomUUID(), network_id: networkId, name: `Partner ${String(i + 1).padStart(2, '0')}`, sector: 'ggz' as const }));
  await db.insertInto('partners').values(partners).execute();
  const people = Array.from({ length: PEOPLE }, (_, i) => ({ id: randomUUID(), name: `Persoon ${i + 1}`, email: `persoon${i + 1}@bench.test`, email_verified: true, image: null, created_at: new Date(now), updated_at: new Date(now) }));
  await db.insertInto('users').values(people).execute();
  await db
    .insertInto('network_members')
    .values(people.map((p, i) => ({ id: randomUUID(), network_id: networkId, user_id: p.id, role: i < PARTNERS ? ('representative' as const) : ('member' as const), partner_id: partners[i % PARTNERS]!.id })))
    .execute();
  const userIds = [coordinatorId, ...people.map((p) => p.id)];

  const goals = Array.from({ length: GOALS }, (_, i) => ({
    id: randomUUID(),
    network_id: networkId,
    created_by: coordinatorId,
    created_at: new Date(now - (GOALS - i) * DAY),
    title: `Doel ${i + 1}`,
    indicator: 'Aandeel binnen 24 uur geholpen',
    unit: '%',
    target: 90,
    deadline: dayFrom(now, 365),
    agreed_result: 'Negen van de tien jongeren binnen 24 uur op een passende plek.',
  }));
  await db.insertInto('goals').values(goals).execute();
  await db
    .insertInto('goal_partners')
    .values(goals.flatMap((g, i) => [0, 1, 2, 3].map((k) => ({ network_id: networkId, goal_id: g.id, partner_id: partners[(i + k) % PARTNERS]!.id, accepted_version: k < 3 ? 1 : null }))))
    .execute();
  await db
    .insertInto('goal_progress')
    .values(goals.flatMap((g) => [300, 200, 100, 10].map((ago, k) => ({ id: randomUUID(), network_id: networkId, goal_id: g.id, created_by: coordinatorId, measured_on: dayFrom(now, -ago), value: 50 + k * 8 }))))
    .execute();

  const statuses = ['open', 'claimed', 'claimed', 'done', 'dropped'] as const;
  const steps = Array.from({ length: STEPS }, (_, i) => {
    const status = statuses[i % statuses.length]!;
    const claimed = status === 'claimed' || status === 'done';
    const goal = i % 4 === 0 ? goals[i % GOALS]! : null;
    return {
      id: randomUUID(),
      network_id: networkId,
      created_by: userIds[i % userIds.length]!,
      created_at: new Date(now - (STEPS - i) * 3 * 3_600_000),
      title: `Stap ${i + 1}`,
      status,
      due_on: i % 3 === 0 ? null : dayFrom(now, (i % 120) - 60),
      claimed_by: claimed ? (i % 10 === 1 ? coordinatorId : userIds[(i * 7) % userIds.length]!) : null,
      serves_kind: goal ? ('goal' as const) : null,
      serves_id: goal?.id ?? null,
    };
  });
  await insertInChunks(steps, (chunk) => db.insertInto('steps').values(chunk).execute());

  const offers = Array.from({ length: OFFERS }, (_, i) => ({
    id: randomUUID(),
    network_id: networkId,
    created_by: coordinatorId,
    created_at: new Date(now - (OFFERS - i) * DAY),
    partner_id: partners[i % PARTNERS]!.id,
    title: `Aanbod ${i + 1}`,
    active: i % 10 !== 0,
  }));
  await db.insertInto('offers').values(offers).execute();

  const requestStatuses = ['open', 'accepted', 'declined', 'fulfilled', 'fulfilled', 'fulfilled', 'withdrawn'] as const;
  const requests = Array.from({ length: REQUESTS }, (_, i) => {
    const status = requestStatuses[i % requestStatuses.length]!;
    const from = partners[i % PARTNERS]!.id;
    const to = i % 5 === 0 ? null : partners[(i * 7 + 3) % PARTNERS]!.id;
    const toPartner = to === from ? partners[(i + 1) % PARTNERS]!.id : to;
    const asked = new Date(now - (REQUESTS - i) * 8 * 3_600_000);
    const provider = status === 'accepted' || status === 'fulfilled' ? (toPartner ?? partners[(i + 2) % PARTNERS]!.id) : null;
    return {
      id: randomUUID(),
      network_id: networkId,
      created_by: coordinatorId,
      created_at: asked,
      from_partner_id: from,
      to_partner_id: toPartner,
      provider_partner_id: provider,
      title: `Verzoek ${i + 1}`,
      status,
      reason: status === 'declined' ? 'Geen capaciteit' : null,
      answered_at: status === 'open' ? null : new Date(asked.getTime() + DAY),
      fulfilled_at: status === 'fulfilled' ? new Date(asked.getTime() + 5 * DAY) : null,
    };
  });
  await insertInChunks(requests, (chunk) => db.insertInto('requests').values(chunk).execute());
  await sql`analyze`.execute(db);
  return { partners, goals };
}

/**
 * Issue 6's list targets for steps, requests, offers and goals on PostgreSQL: a network with
 * 5,000 steps and 2,000 requests; every list and board endpoint under 100 ms with pagination.
 * Median and 95th percentile of 20 calls each (after one warm-up call).
 */
export async function benchDevelopment(): Promise<BenchResult[]> {
  const database = await freshPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-development-'));
  const runtime = await startRuntime({ ...readConfig({}), databaseUrl: database.url, dataDir, publicUrl: 'http://localhost:3000', runJobs: false }, { serveWeb: false });
  const results: BenchResult[] = [];
  try {
    const coordinator = new TestClient(runtime);
    if ((await coordinator.post('/api/setup', ADMIN)).status !== 201) throw new Error('setup failed');
    const me = (await coordinator.get('/api/me')).body;
    const networkId = (await coordinator.post('/api/networks', { name: 'Bench ontwikkeling' })).body.id as string;
    const { partners, goals } = await seedDevelopment(runtime.deps.db, networkId, me.user.id);
    const base = `/api/networks/${networkId}`;

    const measure = async (name: string, url: string, check: (body: any) => boolean) => {
      const times: number[] = [];
      for (let i = 0; i < CALLS; i++) {
        const started = performance.now();
        const res = await coordinator.get(url);
        const ms = performance.now() - started;
        if (res.status !== 200 || !check(res.body)) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`);
        if (i > 0) times.push(ms); // the first warms the connection and the plan cache
      }
      results.push({ name: `${name}, median`, value: percentile(times, 50), unit: 'ms', target: 100 });
      // The target is on the median, as in the other suites; p95 is shown too (this machine is shared, so its tail is noisy).
      results.push({ name: `${name}, p95`, value: percentile(times, 95), unit: 'ms' });
    };
    const cursorAfter = async (url: string, pages: number) => {
      let cursor: string | null = null;
      for (let i = 0; i < pages; i++) cursor = (await coordinator.get(`${url}${cursor ? `&cursor=${cursor}` : ''}`)).body.nextCursor;
      return cursor!;
    };
    const full = (b: { items: unknown[] }) => b.items.length === 50;
    console.log(`  (${STEPS.toLocaleString('en')} steps / ${REQUESTS.toLocaleString('en')} requests / ${OFFERS} offers / ${GOALS} goals; median and p95 of ${CALLS - 1} calls)`);

    await measure('GET …/steps?limit=50, first page', `${base}/steps?limit=50`, full);
    await measure('GET …/steps?limit=50, 51st page', `${base}/steps?limit=50&cursor=${await cursorAfter(`${base}/steps?limit=50`, 50)}`, full);
    for (const status of ['open', 'claimed', 'done', 'dropped']) await measure(`GET …/steps?status=${status} (board column)`, `${base}/steps?status=${status}&limit=50`, full);
    await measure('GET …/steps/counts (board header)', `${base}/steps/counts`, (b) => b.open + b.claimed + b.done + b.dropped === STEPS);
    await measure('GET …/steps?mine=true', `${base}/steps?mine=true&limit=50`, full);
    await measure('GET …/steps?overdue=true', `${base}/steps?overdue=true&limit=50`, full);
    await measure('GET …/steps?servesKind=goal&servesId=…', `${base}/steps?servesKind=goal&servesId=${goals[0]!.id}&limit=50`, (b) => b.items.length > 0);
    await measure('GET /api/me/steps?status=claimed', `/api/me/steps?status=claimed&limit=50`, full);
    await measure('GET …/requests?limit=50, first page', `${base}/requests?limit=50`, full);
    await measure('GET …/requests?limit=50, 31st page', `${base}/requests?limit=50&cursor=${await cursorAfter(`${base}/requests?limit=50`, 30)}`, full);
    await measure('GET …/requests?status=open', `${base}/requests?status=open&limit=50`, full);
    await measure('GET …/requests?direction=incoming&partnerId=…', `${base}/requests?direction=incoming&partnerId=${partners[3]!.id}&limit=50`, full);
    await measure('GET …/requests?direction=network', `${base}/requests?direction=network&limit=50`, full);
    await measure('GET …/reciprocity', `${base}/reciprocity`, (b) => b.items.length === PARTNERS);
    await measure('GET …/offers?limit=50', `${base}/offers?limit=50`, full);
    await measure('GET …/goals?limit=50', `${base}/goals?limit=50`, full);
  } finally {
    await runtime.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
