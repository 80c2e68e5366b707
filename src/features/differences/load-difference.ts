import type { Queryable } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { Membership } from '../../domain/membership.ts';
import { seesDrafts } from '../../domain/permissions.ts';

/**
 * The difference row, locked when `lock` is set, if the caller may see it: a draft from a round
 * is the coordinator's alone until published, so anyone else gets 404.
 */
export async function loadDifference(q: Queryable, membership: Membership, differenceId: string, lock = false) {
  let query = q.selectFrom('differences').selectAll().where('id', '=', differenceId).where('network_id', '=', membership.networkId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row || (row.draft && !seesDrafts(membership))) throw notFound('Difference not found');
  return row;
}

/** The ids of the partners involved in a difference. */
export async function partnerIdsOf(q: Queryable, differenceId: string): Promise<string[]> {
  const rows = await q.selectFrom('difference_partners').select('partner_id').where('difference_id', '=', differenceId).execute();
  return rows.map((r) => r.partner_id);
}
