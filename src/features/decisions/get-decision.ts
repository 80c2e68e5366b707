import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { findDecision } from './decision-view.ts';

/** One decision with its consequences and the "changes nothing tomorrow" flag. */
export async function getDecision(db: Kysely<DB>, networkId: string, decisionId: string) {
  const decision = await findDecision(db, networkId, decisionId);
  if (!decision) throw notFound('Decision not found');
  return decision;
}
