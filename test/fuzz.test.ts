import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './helpers/databases.ts';
import { operationsOf, requestFor, type FuzzRequest, type Operation } from './helpers/openapi-fuzz.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from './helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient, type TestResponse } from './helpers/test-app.ts';

/**
 * Property-based fuzzing of the whole API from its own OpenAPI document: generated requests
 * (valid, or broken in one of many ways) against every operation, as every kind of caller.
 * No request may answer 5xx or hang, and a refused request (4xx) may not add or remove a row in
 * any table. FUZZ_REQUESTS sets the number of requests per database (`npm run fuzz`: 10,000);
 * FUZZ_SEED replays a run.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 800);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const REQUEST_TIMEOUT_MS = 15_000;
const CALLERS = ['coordinator', 'representative', 'member', 'observer', 'outsider', 'anonymous'] as const;
type Caller = (typeof CALLERS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every uuid in a response body, so later requests can aim at objects that exist. */
function collectIds(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    if (UUID.test(value) && into.size < 500) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectIds(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collectIds(item, into);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} hung for more than ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

describe.each(testDatabases)('fuzzing every operation from the OpenAPI document (%s)', (kind) => {
  let app: TestApp;
  let doc: any;
  let operations: Operation[];
  const callers = new Map<Caller, TestClient>();
  const networkIds: string[] = [];
  const knownIds = new Set<string>();
  let countRows: () => Promise<Record<string, number>>;

  beforeAll(async () => {
    app = await startTestApp(kind);
    const coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator);
    networkIds.push(networkId);
    const partnerId = await addPartner(app, networkId, 'Zorggroep Fuzz', 'ggz');
    const otherPartner = await addPartner(app, networkId, 'Wijkteam Fuzz', 'wijkteam');
    knownIds.add(networkId).add(partnerId).add(otherPartner);
    callers.set('coordinator', coordinator);
    callers.set('representative', await invitePerson(app, coordinator, networkId, { name: 'Rita Vertegenwoordiger', email: 'rita@fuzz.test', role: 'representative', partnerId }));
    callers.set('member', await invitePerson(app, coordinator, networkId, { name: 'Mo Lid', email: 'mo@fuzz.test', role: 'member', partnerId: otherPartner }));
    callers.set('observer', await invitePerson(app, coordinator, networkId, { name: 'Olga Waarnemer', email: 'olga@fuzz.test', role: 'observer' }));
    // The outsider holds a role in another network only: a signed-in stranger to ours.
    const otherNetwork = await createNetwork(coordinator, 'Ander netwerk');
    knownIds.add(otherNetwork);
    callers.set('outsider', await invitePerson(app, coordinator, otherNetwork, { name: 'Otto Buiten', email: 'otto@fuzz.test', role: 'coordinator' }));
    callers.set('anonymous', app.client());

    doc = (await coordinator.get('/api/openapi.json')).body;
    operations = operationsOf(doc);
    const tables = (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(app.runtime.deps.db)).rows.map((r) => r.name);
    const countQuery = sql<{ name: string; n: number }>`${sql.join(
      tables.map((t) => sql`select ${sql.lit(t)}::text as name, count(*)::int as n from ${sql.table(t)}`),
      sql` union all `,
    )}`;
    countRows = async () => Object.fromEntries((await countQuery.execute(app.runtime.deps.db)).rows.map((r) => [r.name, Number(r.n)]));
  }, 120_000);
  afterAll(() => app?.close());

  it('reads every operation of the document', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.some((o) => o.body?.types.includes('text/csv'))).toBe(true);
  });

  it(
    `answers ${REQUESTS} generated requests without a 5xx, a hang or a write by a refused request`,
    async () => {
      const ids = { networkIds: () => networkIds, knownIds: () => [...knownIds] };
      // The coordinator may do most, so their requests get past the role checks to the database most often.
      const caller = fc.oneof({ weight: 4, arbitrary: fc.constant<Caller>('coordinator') }, { weight: 4, arbitrary: fc.constantFrom(...CALLERS) });
      const arbitrary = fc.tuple(caller, fc.oneof(...operations.map((o) => requestFor(o, doc, ids))));
      const seen = new Map<string, number>();
      const statuses = new Map<number, number>();
      let before = await countRows();
      await fc.assert(
        fc.asyncProperty(arbitrary, async ([caller, request]: [Caller, FuzzRequest]) => {
          const client = callers.get(caller)!;
          const label = `${caller} ${request.method} ${request.url.slice(0, 200)} (${request.mutation})`;
          const headers: Record<string, string> = request.contentType ? { 'content-type': request.contentType } : {};
          const res: TestResponse = await withTimeout(client.request(request.method, request.url, request.body, headers), REQUEST_TIMEOUT_MS, label);
          seen.set(`${request.operation.method} ${request.operation.path}`, res.status);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, `${label} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500);
          const after = await countRows();
          if (res.status >= 400) {
            const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
            expect(changed, `${label} answered ${res.status} but changed the row count of ${changed.join(', ')}`).toEqual([]);
          } else {
            collectIds(res.body, knownIds);
          }
          before = after;
        }),
        { numRuns: REQUESTS, seed: SEED, endOnFailure: true, verbose: 1 },
      );
      console.info(`fuzz (${kind}): ${REQUESTS} requests over ${seen.size} of ${operations.length} operations; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
      // Enough requests reach (nearly) every operation; the default size is a sample.
      if (REQUESTS >= 5_000) expect(seen.size).toBeGreaterThan(operations.length * 0.95);
    },
    60_000 + REQUESTS * 150,
  );
});
