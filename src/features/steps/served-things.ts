import type { StepServesKind } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { invalid } from '../../errors.ts';

/** The titles of some things of one kind (optionally only in one network), from the table where that kind lives. */
function titlesOf(q: Queryable, kind: StepServesKind, ids: string[], networkId?: string): Promise<Array<{ id: string; title: string }>> {
  const network = networkId ?? null;
  switch (kind) {
    case 'story':
      return q.selectFrom('stories').select(['id', 'title']).where('id', 'in', ids).$if(network !== null, (w) => w.where('network_id', '=', network!)).execute();
    case 'statement':
      return q.selectFrom('vision_statements').select(['id', 'text as title']).where('id', 'in', ids).$if(network !== null, (w) => w.where('network_id', '=', network!)).execute();
    case 'agreement':
      return q.selectFrom('agreements').select(['id', 'title']).where('id', 'in', ids).$if(network !== null, (w) => w.where('network_id', '=', network!)).execute();
    case 'decision':
      return q.selectFrom('decisions').select(['id', 'title']).where('id', 'in', ids).$if(network !== null, (w) => w.where('network_id', '=', network!)).execute();
    case 'difference':
      return q.selectFrom('differences').select(['id', 'topic as title']).where('id', 'in', ids).$if(network !== null, (w) => w.where('network_id', '=', network!)).execute();
    case 'goal':
      return q.selectFrom('goals').select(['id', 'title']).where('id', 'in', ids).$if(network !== null, (w) => w.where('network_id', '=', network!)).execute();
  }
}

/** Titles of the things steps serve: id → title. Things deleted since are left out. */
export async function titlesOfServed(q: Queryable, things: Array<{ kind: StepServesKind; id: string }>) {
  const titles = new Map<string, string>();
  const byKind = new Map<StepServesKind, Set<string>>();
  for (const t of things) {
    let ids = byKind.get(t.kind);
    if (!ids) byKind.set(t.kind, (ids = new Set()));
    ids.add(t.id);
  }
  for (const [kind, ids] of byKind) {
    for (const row of await titlesOf(q, kind, [...ids])) titles.set(row.id, row.title);
  }
  return titles;
}

/** A step can only serve a thing that exists in the same network (400 otherwise). */
export async function checkServedThing(q: Queryable, networkId: string, kind: StepServesKind, id: string): Promise<void> {
  const found = await titlesOf(q, kind, [id], networkId);
  if (found.length === 0) throw invalid(`There is no ${kind} with this id in the network`, [{ path: ['servesId'], message: `No ${kind} with this id in this network` }]);
}
