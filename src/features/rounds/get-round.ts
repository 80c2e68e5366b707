import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { roundView, type Viewer } from './round-view.ts';

/** One round of the network as the viewer may see it. */
export async function getRound(db: Kysely<DB>, viewer: Viewer, networkId: string, roundId: string) {
  return roundView(db, networkId, roundId, viewer);
}

