import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, mayEditOwnWork, permit } from '../../domain/permissions.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findStatement } from './statement-view.ts';

async function loadOwnStatement(tx: Tx, { actor, membership, statementId }: NetworkCaller & { statementId: string }) {
  const row = await tx.selectFrom('vision_statements').selectAll().where('id', '=', statementId).where('network_id', '=', membership.networkId).forUpdate().executeTakeFirst();
  if (!row) throw notFound('Statement not found');
  demand(mayEditOwnWork(membership, actor.userId, row.created_by), 'Only the author or the coordinator can change this statement');
  return row;
}

/**
 * Rewords a statement (its author or the coordinator). Partners supported the old words, so a new
 * text withdraws their support; a stale baseVersion gets 409.
 */
export async function updateStatement({ db, clock }: AppDeps, { actor, membership, statementId, changes }: NetworkCaller & { statementId: string; changes: { baseVersion: number; text: string } }) {
  permit(membership, 'statement.write');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const current = await loadOwnStatement(tx, { actor, membership, statementId });
    if (current.version !== changes.baseVersion) {
      throw conflict('The statement was changed by someone else; reload and try again', { currentVersion: current.version, current: await findStatement(tx, networkId, statementId) });
    }
    const text = changes.text.trim();
    if (text === current.text) return (await findStatement(tx, networkId, statementId))!;
    const withdrawn = await tx.deleteFrom('vision_supports').where('vision_statement_id', '=', statementId).executeTakeFirst();
    await tx.updateTable('vision_statements').set({ text, updated_at: now, version: current.version + 1 }).where('id', '=', statementId).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'vision_statement.update',
      objectType: 'vision_statement',
      objectId: statementId,
      details: { from: current.text, text, supportsWithdrawn: Number(withdrawn.numDeletedRows) },
    });
    return (await findStatement(tx, networkId, statementId))!;
  });
}

/** Deletes a statement with its support (its author or the coordinator); returns it as it was. */
export async function deleteStatement({ db }: AppDeps, { actor, membership, statementId }: NetworkCaller & { statementId: string }) {
  permit(membership, 'statement.write');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    await loadOwnStatement(tx, { actor, membership, statementId });
    const statement = (await findStatement(tx, networkId, statementId))!;
    await tx.deleteFrom('vision_statements').where('id', '=', statementId).execute();
    await recordAudit(tx, actor, { networkId, action: 'vision_statement.delete', objectType: 'vision_statement', objectId: statementId, details: { text: statement.text } });
    return statement;
  });
}
