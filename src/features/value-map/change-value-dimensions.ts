import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { ensureValueDimensions } from './value-dimensions.ts';

async function refuseDuplicate(tx: Tx, networkId: string, name: string, exceptId?: string) {
  let query = tx.selectFrom('value_dimensions').select('id').where('network_id', '=', networkId).where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw conflict(`The value map already has a dimension "${name}"`);
}

/** Adds a value dimension at the end of the order (coordinator). */
export async function addValueDimension({ db, clock }: AppDeps, { actor, membership, dimension: input }: NetworkCaller & { dimension: { name: string } }) {
  permit(membership, 'valueMap.manage');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await ensureValueDimensions(tx, { networkId, actor, now });
    const name = input.name.trim();
    await refuseDuplicate(tx, networkId, name);
    const last = await tx.selectFrom('value_dimensions').select((eb) => eb.fn.max('position').as('max')).where('network_id', '=', networkId).executeTakeFirst();
    const dimension = { id: randomUUID(), name, position: (last?.max ?? -1) + 1 };
    await tx.insertInto('value_dimensions').values({ ...dimension, network_id: networkId, created_by: actor.userId, created_at: now }).execute();
    await recordAudit(tx, actor, { networkId, action: 'value_dimension.create', objectType: 'value_dimension', objectId: dimension.id, details: { name } });
    return dimension;
  });
}

export interface UpdateValueDimensionOptions extends NetworkCaller {
  dimensionId: string;
  changes: { name?: string | undefined; position?: number | undefined };
}

/** Renames a value dimension or moves it in the order (coordinator); the claims stay. */
export async function updateValueDimension({ db }: AppDeps, { actor, membership, dimensionId, changes }: UpdateValueDimensionOptions) {
  permit(membership, 'valueMap.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await tx.selectFrom('value_dimensions').selectAll().where('id', '=', dimensionId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Value dimension not found');
    const name = changes.name?.trim() ?? current.name;
    if (name.toLowerCase() !== current.name.toLowerCase()) await refuseDuplicate(tx, networkId, name, dimensionId);
    const position = changes.position ?? current.position;
    await tx.updateTable('value_dimensions').set({ name, position }).where('id', '=', dimensionId).execute();
    await recordAudit(tx, actor, { networkId, action: 'value_dimension.update', objectType: 'value_dimension', objectId: dimensionId, details: { from: current.name, name, position } });
    return { id: dimensionId, name, position };
  });
}

/** Removes a value dimension and every claim on it (coordinator); returns it as it was. */
export async function removeValueDimension({ db }: AppDeps, { actor, membership, dimensionId }: NetworkCaller & { dimensionId: string }) {
  permit(membership, 'valueMap.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await tx.selectFrom('value_dimensions').select(['id', 'name', 'position']).where('id', '=', dimensionId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('Value dimension not found');
    const claims = await tx.selectFrom('value_claims').select('partner_id').where('value_dimension_id', '=', dimensionId).execute();
    await tx.deleteFrom('value_dimensions').where('id', '=', dimensionId).execute();
    await recordAudit(tx, actor, { networkId, action: 'value_dimension.delete', objectType: 'value_dimension', objectId: dimensionId, details: { name: current.name, claims: claims.length } });
    return current;
  });
}
