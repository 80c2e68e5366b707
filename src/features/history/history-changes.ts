import { sql } from 'kysely';
import type { Queryable, Tx } from '../../db/transaction.ts';
import { stampAfter } from '../../domain/history-confirmation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
import { bumpMapRevision } from '../map/map-revision.ts';

/**
 * The journal of changes to shared history, which decides when a partner's confirmation has gone
 * stale. A deleted entry leaves no other trace, so the journal is the audit log: every create,
 * update and delete of an entry records the partners it touched and the moment it happened.
 *
 * Changes and confirmations are ordered by the network row: a change bumps the map revision
 * (a row lock until commit) and a confirmation reads that row FOR SHARE, so they take turns. Each
 * then stamps itself strictly after what the other side committed before it (`stampAfter`), on the
 * database's clock, so a confirmation right after a change (or the other way round) in the same
 * millisecond still sorts the right way.
 */

const ACTIONS = ['history.create', 'history.update', 'history.delete'] as const;
export type HistoryChangeAction = (typeof ACTIONS)[number];

/** How long a transaction may at most have been under way; bounds the part of the journal read back. */
const LONGEST_TRANSACTION_MS = 60 * 60 * 1000;

interface ChangeDetails {
  title?: string;
  partnerIds?: string[];
  changedAt?: string;
}

async function databaseClock(q: Queryable): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select clock_timestamp() as now`.execute(q);
  return new Date(rows[0]!.now);
}

/**
 * Starts a change of history involving `partnerIds` (before and after the change): marks the map
 * as changed and returns the moment to stamp the change with, strictly after every confirmation of
 * those partners. Call it before writing the entry, inside the change's transaction.
 */
export async function beginHistoryChange(tx: Tx, networkId: string, partnerIds: readonly string[]): Promise<Date> {
  await bumpMapRevision(tx, networkId);
  const clock = await databaseClock(tx);
  if (partnerIds.length === 0) return stampAfter(clock, []);
  const confirmations = await tx
    .selectFrom('history_confirmations')
    .select('confirmed_at')
    .where('network_id', '=', networkId)
    .where('partner_id', 'in', [...partnerIds])
    .execute();
  return stampAfter(clock, confirmations.map((c) => c.confirmed_at));
}

/** Writes the change into the journal (the audit log), in the same transaction. */
export async function recordHistoryChange(
  tx: Tx,
  actor: Actor,
  change: { networkId: string; action: HistoryChangeAction; entryId: string; title: string; partnerIds: readonly string[]; changedAt: Date },
): Promise<void> {
  const details: ChangeDetails = { title: change.title, partnerIds: [...new Set(change.partnerIds)], changedAt: change.changedAt.toISOString() };
  await recordAudit(tx, actor, { networkId: change.networkId, action: change.action, objectType: 'history_entry', objectId: change.entryId, details: { ...details } });
}

/**
 * Starts a confirmation: waits for history changes under way in the network to commit, then
 * returns the moment to stamp the confirmation with, strictly after every change of the partner's
 * history so far.
 */
export async function beginHistoryConfirmation(tx: Tx, networkId: string, partnerId: string): Promise<Date> {
  await tx.selectFrom('networks').select('id').where('id', '=', networkId).forShare().executeTakeFirst();
  const clock = await databaseClock(tx);
  // Only a change stamped about now or later can lie after the clock; older ones need no reading.
  const recent = await historyChangesByPartner(tx, networkId, new Date(clock.getTime() - 1000));
  return stampAfter(clock, recent.get(partnerId) ?? []);
}

/**
 * When history involving each partner changed, from the journal: partner id → moments, for the
 * changes stamped after `since` (all when `since` is null).
 */
export async function historyChangesByPartner(q: Queryable, networkId: string, since: Date | null): Promise<Map<string, Date[]>> {
  let query = q.selectFrom('audit_events').select(['details', 'created_at']).where('network_id', '=', networkId).where('action', 'in', [...ACTIONS]);
  // The audit row's time is its transaction's start, never after the stamp: read back a margin.
  if (since) query = query.where('created_at', '>', new Date(since.getTime() - LONGEST_TRANSACTION_MS));
  const rows = await query.execute();
  const byPartner = new Map<string, Date[]>();
  for (const row of rows) {
    const details = row.details as ChangeDetails;
    const at = details.changedAt ? new Date(details.changedAt) : row.created_at;
    if (since && at <= since) continue;
    for (const partnerId of details.partnerIds ?? []) {
      let moments = byPartner.get(partnerId);
      if (moments === undefined) byPartner.set(partnerId, (moments = []));
      moments.push(at);
    }
  }
  return byPartner;
}
