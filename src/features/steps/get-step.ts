import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { findStep } from './step-view.ts';

/** One step of the network (404 when it is not there). */
export async function getStep(db: Kysely<DB>, networkId: string, stepId: string) {
  const step = await findStep(db, networkId, stepId);
  if (!step) throw notFound('Step not found');
  return step;
}
