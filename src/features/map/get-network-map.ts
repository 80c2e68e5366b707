import { sql } from 'kysely';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { computeNetworkMap } from './compute-network-map.ts';
import { rememberedMap, rememberMap } from './map-memory.ts';

/**
 * The network map with its measures, as the JSON text of the `NetworkMap` schema. Computing
 * betweenness is costly, so the result is kept in `map_cache` with the network's map revision and
 * served from there while the revision stands; every change of partners or history bumps it (see
 * map-revision.ts). A cached map is passed on as text, without parsing it; the process also keeps
 * the newest text in memory (map-memory.ts), so an unchanged map costs one revision lookup.
 *
 * Safe with several app processes: each may compute a stale map, but the cache only ever moves
 * to a newer revision, so a slow process never overwrites a fresher result.
 */
export async function getNetworkMapJson({ db, clock }: AppDeps, { membership }: { membership: Membership }): Promise<string> {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const network = await db.selectFrom('networks').select('map_revision').where('id', '=', networkId).executeTakeFirst();
  if (!network) throw notFound('Network not found');
  const remembered = rememberedMap(db, networkId, network.map_revision);
  if (remembered) return remembered;

  const cached = await db
    .selectFrom('networks as n')
    .leftJoin('map_cache as m', (join) => join.onRef('m.network_id', '=', 'n.id').onRef('m.map_revision', '=', 'n.map_revision'))
    .select(['n.map_revision', 'm.computed_at', sql<string | null>`m.payload::text`.as('payload')])
    .where('n.id', '=', networkId)
    .executeTakeFirst();
  if (!cached) throw notFound('Network not found');
  if (cached.payload && cached.computed_at) {
    const json = withRevision(cached.map_revision, cached.computed_at, cached.payload);
    rememberMap(db, networkId, cached.map_revision, json);
    return json;
  }

  const { revision, ...map } = await computeNetworkMap(db, networkId);
  const computedAt = clock.now();
  const payload = JSON.stringify(map);
  await db
    .insertInto('map_cache')
    .values({ network_id: networkId, map_revision: revision, payload, computed_at: computedAt })
    .onConflict((oc) =>
      oc
        .column('network_id')
        .doUpdateSet({ map_revision: sql`excluded.map_revision`, payload: sql`excluded.payload`, computed_at: sql`excluded.computed_at` })
        .where('map_cache.map_revision', '<', sql<number>`excluded.map_revision`),
    )
    .execute();
  const json = withRevision(revision, computedAt, payload);
  rememberMap(db, networkId, revision, json);
  return json;
}

/** `{ revision, computedAt, …payload }` as text: the payload is a JSON object of the map's other fields. */
function withRevision(revision: number, computedAt: Date, payload: string): string {
  return `{"revision":${revision},"computedAt":${JSON.stringify(computedAt.toISOString())},${payload.trimStart().slice(1)}`;
}
