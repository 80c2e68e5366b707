import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * The newest map JSON of each network, kept in this process's memory in front of `map_cache`, so
 * that reading an unchanged map of thousands of partners costs one revision lookup instead of
 * fetching megabytes from the database. Entries are per database (one per app runtime) and valid
 * only for the revision they were made for; the least recently stored go first beyond the budget.
 */
const MEMORY_BUDGET_CHARS = 64 * 1024 * 1024;

interface Entry {
  revision: number;
  json: string;
}

const byDatabase = new WeakMap<Kysely<DB>, Map<string, Entry>>();

/** The map JSON of `networkId` at `revision`, if this process holds it. */
export function rememberedMap(db: Kysely<DB>, networkId: string, revision: number): string | undefined {
  const entry = byDatabase.get(db)?.get(networkId);
  return entry?.revision === revision ? entry.json : undefined;
}

/** Keeps the map JSON of `networkId` at `revision`, unless a newer one is already kept. */
export function rememberMap(db: Kysely<DB>, networkId: string, revision: number, json: string): void {
  let maps = byDatabase.get(db);
  if (!maps) byDatabase.set(db, (maps = new Map()));
  const current = maps.get(networkId);
  if (current && current.revision > revision) return;
  maps.delete(networkId); // re-inserted last: the Map's order is the order of storing
  if (json.length > MEMORY_BUDGET_CHARS) return;
  maps.set(networkId, { revision, json });
  let total = 0;
  for (const entry of maps.values()) total += entry.json.length;
  for (const [id, entry] of maps) {
    if (total <= MEMORY_BUDGET_CHARS) break;
    maps.delete(id);
    total -= entry.json.length;
  }
}
