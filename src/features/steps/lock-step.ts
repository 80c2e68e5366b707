import type { Tx } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';

/** The step's row, locked for the rest of the transaction (404 when it is not in the network). */
export async function lockStep(tx: Tx, networkId: string, stepId: string) {
  const step = await tx.selectFrom('steps').selectAll().where('id', '=', stepId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
  if (!step) throw notFound('Step not found');
  return step;
}
