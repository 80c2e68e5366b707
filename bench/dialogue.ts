import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { readConfig } from '../src/config.ts';
import type { DB } from '../src/db/schema.ts';
import { DIFFERENCE_STATUSES } from '../src/domain/development.ts';
import { DEFAULT_VALUE_DIMENSIONS } from '../src/domain/value-map.ts';
import { startRuntime } from '../src/runtime.ts';
import { TestClient } from '../test/helpers/test-app.ts';
import { percentile, type BenchResult } from './report.ts';
import { freshPostgres, insertInChunks } from './bench-database.ts';

const ADMIN = { name: 'Bench Beheer', email: 'bench@ketenregie.test', password: 'bench-wachtwoord-1' };
const PARTNERS = 30;
const STORIES = 500;
const DIFFERENCES = 200;
const STATEMENTS = 40;
const CALLS = 21;
const TAGS = ['nacht', 'lvb', 'overdracht', 'school', 'ouders', 'huisarts', 'veiligheid', 'regie', 'consultatie', 'nazorg'];
const KINDS = ['values', 'interests', 'work_logic', 'practice'] as const;


/**
 * 30 partners; 500 stories over two years, each with two or three partners, two tags and a few
 * supporting partners; 200 differences at every status, each between two partners with their
 * views and status history; 40 vision statements with support; a full value map.
 */
async function seedDialogue(db: Kysely<DB>, networkId: string, authorId: string) {
  const now = Date.now();
  const partners = Array.from({ length: PARTNERS }, (_, i) => ({ id: randomUUID(), network_id: networkId, name: `Partner ${String(i + 1).padStart(2, '0')}`, sector: 'ggz' as const }));
  await db.insertInto('partners').values(partners).execute();
  const partner = (i: number) => partners[i % PARTNERS]!.id;

  const stories = Array.from({ length: STORIES }, (_, i) => ({
    id: randomUUID(),
    network_id: networkId,
    created_by: authorId,
    created_at: new Date(now - (STORIES - i) * 30 * 3_600_000),
    title: `Verhaal ${i + 1}`,
    what_happened: 'Een jongere in crisis had binnen vier uur een veilige plek, met een begeleider die hem al kende.',
    what_made_it_work: 'Eén nummer en korte lijnen.',
    tags: JSON.stringify([TAGS[i % TAGS.length], TAGS[(i * 3 + 1) % TAGS.length]]),
    origin_round_id: null,
  }));
  await insertInChunks(stories, (chunk) => db.insertInto('stories').values(chunk).execute());
  const storyLinks = stories.flatMap((s, i) => [0, 1, ...(i % 2 ? [2] : [])].map((k) => ({ network_id: networkId, story_id: s.id, partner_id: partner(i + k * 7) })));
  await insertInChunks(storyLinks, (chunk) => db.insertInto('story_partners').values(chunk).execute());
  const supports = stories.flatMap((s, i) => Array.from({ length: i % 5 }, (_, k) => ({ network_id: networkId, story_id: s.id, partner_id: partner(i + k * 3 + 1), supported_by: authorId })));
  await insertInChunks(supports, (chunk) => db.insertInto('story_supports').values(chunk).execute());

  const differences = Array.from({ length: DIFFERENCES }, (_, i) => ({
    id: randomUUID(),
    network_id: networkId,
    created_by: authorId,
    created_at: new Date(now - (DIFFERENCES - i) * 3 * 86_400_000),
    topic: `Verschil ${i + 1}`,
    description: 'Twee partners zien de nachtelijke achterwacht anders.',
    kind: KINDS[i % KINDS.length]!,
    status: DIFFERENCE_STATUSES[i % DIFFERENCE_STATUSES.length]!,
    resolved_by_agreement_id: null,
    origin_round_id: null,
  }));
  await insertInChunks(differences, (chunk) => db.insertInto('differences').values(chunk).execute());
  const parties = differences.flatMap((d, i) => [0, 1].map((k) => ({ network_id: networkId, difference_id: d.id, partner_id: partner(i + k * 11), view: k === 0 ? 'Onze kijk in een paar zinnen.' : '' })));
  await insertInChunks(parties, (chunk) => db.insertInto('difference_partners').values(chunk).execute());
  const changes = differences.flatMap((d, i) =>
    DIFFERENCE_STATUSES.slice(0, (i % DIFFERENCE_STATUSES.length) + 1).map((to, step, path) => ({
      id: randomUUID(),
      network_id: networkId,
      created_by: authorId,
      created_at: new Date(d.created_at.getTime() + step * 86_400_000),
      difference_id: d.id,
      from_status: step === 0 ? null : path[step - 1]!,
      to_status: to,
    })),
  );
  await insertInChunks(changes, (chunk) => db.insertInto('difference_status_changes').values(chunk).execute());

  const statements = Array.from({ length: STATEMENTS }, (_, i) => ({ id: randomUUID(), network_id: networkId, created_by: authorId, text: `Uitspraak ${i + 1}`, from_story_id: i % 4 === 0 ? stories[i]!.id : null }));
  await db.insertInto('vision_statements').values(statements).execute();
  const statementSupports = statements.flatMap((s, i) => Array.from({ length: i % PARTNERS }, (_, k) => ({ network_id: networkId, vision_statement_id: s.id, partner_id: partner(k), supported_by: authorId })));
  await insertInChunks(statementSupports, (chunk) => db.insertInto('vision_supports').values(chunk).execute());

  const dimensions = DEFAULT_VALUE_DIMENSIONS.map((name, position) => ({ id: randomUUID(), network_id: networkId, created_by: authorId, name, position }));
  await db.insertInto('value_dimensions').values(dimensions).execute();
  const claims = partners.flatMap((p, i) => dimensions.map((d, k) => ({ network_id: networkId, value_dimension_id: d.id, partner_id: p.id, score: (i + k) % 4, updated_by: authorId })));
  await db.insertInto('value_claims').values(claims).execute();
  await sql`analyze`.execute(db);
  return { differences };
}

/**
 * Issue 6's list targets for stories and differences on PostgreSQL: a network with 500 stories and
 * 200 differences; every list and board endpoint under 100 ms with pagination. Median and 95th
 * percentile of 20 calls each (after one warm-up call).
 */
export async function benchDialogue(): Promise<BenchResult[]> {
  const database = await freshPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-dialogue-'));
  const runtime = await startRuntime({ ...readConfig({}), databaseUrl: database.url, dataDir, publicUrl: 'http://localhost:3000', runJobs: false }, { serveWeb: false });
  const results: BenchResult[] = [];
  try {
    const coordinator = new TestClient(runtime);
    if ((await coordinator.post('/api/setup', ADMIN)).status !== 201) throw new Error('setup failed');
    const me = (await coordinator.get('/api/me')).body;
    const networkId = (await coordinator.post('/api/networks', { name: 'Bench dialoog' })).body.id as string;
    const { differences } = await seedDialogue(runtime.deps.db, networkId, me.user.id);
    const base = `/api/networks/${networkId}`;

    const measure = async (name: string, url: string, check: (body: any) => boolean) => {
      const times: number[] = [];
      for (let i = 0; i < CALLS; i++) {
        const started = performance.now();
        const res = await coordinator.get(url);
        const ms = performance.now() - started;
        if (res.status !== 200 || !check(res.body)) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 200)}`);
        if (i > 0) times.push(ms);
      }
      results.push({ name: `${name}, median`, value: percentile(times, 50), unit: 'ms', target: 100 });
      results.push({ name: `${name}, p95`, value: percentile(times, 95), unit: 'ms' });
    };
    const cursorAfter = async (url: string, pages: number) => {
      let cursor: string | null = null;
      for (let i = 0; i < pages; i++) cursor = (await coordinator.get(`${url}${cursor ? `&cursor=${cursor}` : ''}`)).body.nextCursor;
      return cursor!;
    };
    const full = (b: { items: unknown[] }) => b.items.length === 50;
    console.log(`  (${STORIES} stories / ${DIFFERENCES} differences / ${STATEMENTS} statements / ${PARTNERS} partners; median and p95 of ${CALLS - 1} calls)`);

    await measure('GET …/stories?limit=50, first page', `${base}/stories?limit=50`, full);
    await measure('GET …/stories?limit=50, 9th page', `${base}/stories?limit=50&cursor=${await cursorAfter(`${base}/stories?limit=50`, 8)}`, full);
    await measure('GET …/stories?limit=100 (the page’s first read)', `${base}/stories?limit=100`, (b) => b.items.length === 100);
    await measure('GET …/stories?tag=nacht', `${base}/stories?tag=nacht&limit=50`, full);
    await measure('GET …/differences?limit=50, first page', `${base}/differences?limit=50`, full);
    await measure('GET …/differences?limit=50, 4th page', `${base}/differences?limit=50&cursor=${await cursorAfter(`${base}/differences?limit=50`, 3)}`, full);
    await measure('GET …/differences?limit=100 (the board’s first read)', `${base}/differences?limit=100`, (b) => b.items.length === 100);
    await measure('GET …/differences?status=named', `${base}/differences?status=named&limit=50`, (b) => b.items.length === DIFFERENCES / 5);
    await measure('GET …/differences?kind=values', `${base}/differences?kind=values&limit=50`, full);
    await measure('GET …/differences/{id} (views and history)', `${base}/differences/${differences[4]!.id}`, (b) => b.history.length === 5);
    await measure('GET …/vision', `${base}/vision`, (b) => b.statements.length === STATEMENTS);
    await measure('GET …/value-map', `${base}/value-map`, (b) => b.partners.length === PARTNERS);
  } finally {
    await runtime.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
