import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { invitationStatus } from '../../domain/invitation.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../errors.ts';
import type { Auth } from '../../auth/auth.ts';
import type { CurrentUser } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createAccount } from '../accounts/create-account.ts';
import { hashInvitationToken } from './invitation-token.ts';

async function findInvitation(q: Kysely<DB> | Tx, token: string, lock: boolean) {
  let query = q
    .selectFrom('invitations as i')
    .innerJoin('networks as n', 'n.id', 'i.network_id')
    .leftJoin('partners as p', 'p.id', 'i.partner_id')
    .selectAll('i')
    .select(['n.name as network_name', 'p.name as partner_name'])
    .where('i.token_hash', '=', hashInvitationToken(token));
  if (lock) query = query.forUpdate('i');
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('This invitation does not exist');
  return row;
}

/** What the person holding the invitation link may see before accepting it. */
export async function getInvitationByToken(db: Kysely<DB>, token: string) {
  const row = await findInvitation(db, token, false);
  const account = await db.selectFrom('users').select('id').where('email', '=', row.email).executeTakeFirst();
  return {
    networkId: row.network_id,
    networkName: row.network_name,
    email: row.email,
    role: row.role,
    partnerName: row.partner_name,
    expiresAt: row.expires_at.toISOString(),
    status: invitationStatus({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, new Date()),
    accountExists: account !== undefined,
  };
}

/**
 * Accepts an invitation. A signed-in person whose e-mail matches joins with their account;
 * someone new gives a name and password and gets an account. Returns whether an account was made
 * (the route then signs the person in).
 */
export async function acceptInvitation(
  deps: { db: Kysely<DB>; auth: Auth },
  token: string,
  caller: { user: CurrentUser | null; ip: string | null },
  newAccount: { name?: string | undefined; password?: string | undefined },
) {
  return inTransaction(deps.db, async (tx) => {
    const row = await findInvitation(tx, token, true);
    const status = invitationStatus({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, new Date());
    if (status === 'accepted') throw conflict('This invitation has already been accepted');
    if (status === 'revoked') throw new AppError('gone', 'This invitation has been withdrawn');
    if (status === 'expired') throw new AppError('gone', 'This invitation has expired; ask the coordinator for a new one');

    let userId: string;
    let accountCreated = false;
    if (caller.user) {
      if (caller.user.email.toLowerCase() !== row.email) throw forbidden('This invitation was sent to another e-mail address');
      userId = caller.user.id;
    } else {
      if (!newAccount.name || !newAccount.password) {
        throw invalid('Give your name and a password to create your account', [
          ...(newAccount.name ? [] : [{ path: ['name'], message: 'Required' }]),
          ...(newAccount.password ? [] : [{ path: ['password'], message: 'Required' }]),
        ]);
      }
      userId = (await createAccount(tx, deps.auth, { name: newAccount.name, email: row.email, password: newAccount.password })).id;
      accountCreated = true;
    }
    const existing = await tx.selectFrom('network_members').select('id').where('network_id', '=', row.network_id).where('user_id', '=', userId).executeTakeFirst();
    if (existing) throw conflict('You already have a role in this network');
    await tx
      .insertInto('network_members')
      .values({ id: randomUUID(), network_id: row.network_id, user_id: userId, role: row.role, partner_id: row.partner_id })
      .execute();
    await tx.updateTable('invitations').set({ accepted_at: new Date(), accepted_by: userId }).where('id', '=', row.id).execute();
    await recordAudit(tx, { userId, ip: caller.ip }, {
      networkId: row.network_id,
      action: 'invitation.accept',
      objectType: 'invitation',
      objectId: row.id,
      details: { role: row.role, partnerId: row.partner_id },
    });
    return { networkId: row.network_id, role: row.role, email: row.email, accountCreated };
  });
}
