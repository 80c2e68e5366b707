import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/transaction.ts';
import type { Actor } from '../../domain/membership.ts';

/**
 * Appends one entry to the audit log: who did what to which object, when and from where.
 * Call it inside the use case's transaction so the log and the change commit together.
 * The log is append-only: only the retention job removes entries older than the installation's
 * period (features/retention), and the only update is the pseudonymisation of a person who deletes
 * their account (features/me/delete-my-account.ts).
 */
export async function recordAudit(
  q: Queryable,
  actor: Actor,
  entry: { networkId: string | null; action: string; objectType: string; objectId: string | null; details?: Record<string, unknown> },
): Promise<void> {
  await q
    .insertInto('audit_events')
    .values({
      id: randomUUID(),
      network_id: entry.networkId,
      actor_id: actor.userId,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId,
      ip_address: actor.ip,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
