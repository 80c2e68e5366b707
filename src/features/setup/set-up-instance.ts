import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createAccount, type NewAccount } from '../accounts/create-account.ts';
import { createExampleNetwork } from '../demo/example-network.ts';

/** Whether the first administrator exists yet. */
export async function isSetUp({ db }: AppDeps): Promise<boolean> {
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', 'setup_completed_at').executeTakeFirst();
  return row !== undefined;
}

export interface SetUpInstanceOptions {
  admin: NewAccount;
  /** The address the request came from, for the audit log. */
  ip: string | null;
  /** Also load the example network, with the administrator as its coordinator. */
  loadExample?: boolean | undefined;
}

/**
 * Creates the first administrator and, when asked, the example network with them as its
 * coordinator. Claiming the `setup_completed_at` setting in the same transaction makes a second
 * (or concurrent) setup fail with 409.
 */
export async function setUpInstance({ db, auth, clock }: AppDeps, { admin, ip, loadExample = false }: SetUpInstanceOptions): Promise<{ user: { id: string }; exampleNetworkId: string | null }> {
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const claimed = await tx
      .insertInto('instance_settings')
      .values({ key: 'setup_completed_at', value: now.toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) throw conflict('This installation has already been set up');
    const user = await createAccount(tx, auth, { account: admin, now });
    await tx.insertInto('instance_admins').values({ user_id: user.id, created_at: now }).execute();
    await recordAudit(tx, { userId: user.id, ip }, { networkId: null, action: 'instance.setup', objectType: 'user', objectId: user.id });
    const example = loadExample ? await createExampleNetwork(tx, { actor: { userId: user.id, ip }, now }) : null;
    return { user, exampleNetworkId: example?.networkId ?? null };
  });
}
