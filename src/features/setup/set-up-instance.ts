import type { Kysely } from 'kysely';
import { conflict } from '../../errors.ts';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Auth } from '../../auth/auth.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../../domain/membership.ts';
import { createAccount, type NewAccount } from '../accounts/create-account.ts';
import { createExampleNetwork } from '../demo/example-network.ts';

/** Whether the first administrator exists yet. */
export async function isSetUp(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', 'setup_completed_at').executeTakeFirst();
  return row !== undefined;
}

/**
 * Creates the first administrator and, when asked, the example network with them as its
 * coordinator. Claiming the `setup_completed_at` setting in the same transaction makes a second
 * (or concurrent) setup fail with 409.
 */
export async function setUpInstance(
  db: Kysely<DB>,
  auth: Auth,
  admin: NewAccount,
  actor: Omit<Actor, 'userId'>,
  options: { loadExample?: boolean } = {},
): Promise<{ user: { id: string }; exampleNetworkId: string | null }> {
  return inTransaction(db, async (tx) => {
    const claimed = await tx
      .insertInto('instance_settings')
      .values({ key: 'setup_completed_at', value: new Date().toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) throw conflict('This installation has already been set up');
    const user = await createAccount(tx, auth, admin);
    await tx.insertInto('instance_admins').values({ user_id: user.id }).execute();
    await recordAudit(tx, { userId: user.id, ip: actor.ip }, { networkId: null, action: 'instance.setup', objectType: 'user', objectId: user.id });
    const example = options.loadExample ? await createExampleNetwork(tx, { userId: user.id, ip: actor.ip }) : null;
    return { user, exampleNetworkId: example?.networkId ?? null };
  });
}
