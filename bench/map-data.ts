import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema.ts';
import { SECTORS } from '../src/domain/sectors.ts';
import { HISTORY_OUTCOMES } from '../src/domain/shared-history.ts';
import { bumpMapRevision } from '../src/features/map/map-revision.ts';

const BATCH = 1000;

/** A small deterministic random number generator (LCG), so every run draws the same network. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Fills a network with `partners` partners (sectors in turn) and `ties` distinct random pairs of
 * them, each pair sharing one history entry, with bulk inserts of 1,000 rows at a time.
 */
export async function seedHistoryNetwork(db: Kysely<DB>, networkId: string, userId: string, partners: number, ties: number, seed = 42) {
  const maxTies = (partners * (partners - 1)) / 2;
  if (ties > maxTies) throw new RangeError(`${partners} partners have at most ${maxTies} ties`);
  const partnerIds = Array.from({ length: partners }, () => randomUUID());
  await insertInBatches(
    partnerIds.map((id, i) => ({ id, network_id: networkId, name: `Partner ${String(i + 1).padStart(4, '0')}`, sector: SECTORS[i % SECTORS.length]! })),
    (batch) => db.insertInto('partners').values(batch).execute(),
  );

  const next = random(seed);
  const seen = new Set<number>();
  const entries: Array<{ id: string; a: string; b: string; outcome: (typeof HISTORY_OUTCOMES)[number] }> = [];
  while (entries.length < ties) {
    const a = Math.floor(next() * partners);
    const b = Math.floor(next() * partners);
    if (a === b) continue;
    const key = Math.min(a, b) * partners + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ id: randomUUID(), a: partnerIds[a]!, b: partnerIds[b]!, outcome: HISTORY_OUTCOMES[entries.length % HISTORY_OUTCOMES.length]! });
  }
  await insertInBatches(
    entries.map((e, i) => ({ id: e.id, network_id: networkId, title: `Samenwerking ${i + 1}`, outcome: e.outcome, started_on: null, ended_on: null, created_by: userId })),
    (batch) => db.insertInto('history_entries').values(batch).execute(),
  );
  await insertInBatches(
    entries.flatMap((e) => [
      { network_id: networkId, entry_id: e.id, partner_id: e.a },
      { network_id: networkId, entry_id: e.id, partner_id: e.b },
    ]),
    (batch) => db.insertInto('history_entry_partners').values(batch).execute(),
  );
  await bumpMapRevision(db, networkId);
}
