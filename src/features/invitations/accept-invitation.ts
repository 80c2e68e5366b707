import { randomUUID } from 'node:crypto';
import { inTransaction, type Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { invitationStatus } from '../../domain/invitation.ts';
import type { CurrentUser } from '../../domain/membership.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createAccount } from '../accounts/create-account.ts';
import { completeHandover } from './complete-handover.ts';
import { hashInvitationToken } from './invitation-token.ts';

async function findInvitation(q: Queryable, token: string, lock: boolean) {
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

/**
 * What the person holding the invitation link may see before accepting it. A link that was used,
 * withdrawn or has expired tells only that: a forwarded or leaked mail then reveals neither the
 * network nor the address.
 */
export async function getInvitationByToken({ db, clock }: AppDeps, { token }: { token: string }) {
  const row = await findInvitation(db, token, false);
  const status = invitationStatus({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, clock.now());
  if (status !== 'pending') return { status };
  const account = await db.selectFrom('users').select('id').where('email', '=', row.email).executeTakeFirst();
  return {
    networkId: row.network_id,
    networkName: row.network_name,
    email: row.email,
    role: row.role,
    partnerName: row.partner_name,
    expiresAt: row.expires_at.toISOString(),
    status,
    accountExists: account !== undefined,
  };
}

export interface AcceptInvitationOptions {
  token: string;
  /** The signed-in person, or null for someone who makes an account now. */
  user: CurrentUser | null;
  ip: string | null;
  /** Name and password of the new account, when nobody is signed in. */
  account: { name?: string | undefined; password?: string | undefined };
}

/**
 * Accepts an invitation. A signed-in person whose e-mail matches joins with their account;
 * someone new gives a name and password and gets an account. Returns whether an account was made
 * (the route then signs the person in).
 */
export async function acceptInvitation({ db, auth, clock }: AppDeps, { token, user, ip, account: newAccount }: AcceptInvitationOptions) {
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const row = await findInvitation(tx, token, true);
    const status = invitationStatus({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, now);
    if (status === 'accepted') throw conflict('This invitation has already been accepted');
    if (status === 'revoked') throw new AppError('gone', 'This invitation has been withdrawn');
    if (status === 'expired') throw new AppError('gone', 'This invitation has expired; ask the coordinator for a new one');

    let userId: string;
    let accountCreated = false;
    if (user) {
      if (user.email.toLowerCase() !== row.email) throw forbidden('This invitation was sent to another e-mail address');
      userId = user.id;
    } else {
      if (!newAccount.name || !newAccount.password) {
        throw invalid('Give your name and a password to create your account', [
          ...(newAccount.name ? [] : [{ path: ['name'], message: 'Required' }]),
          ...(newAccount.password ? [] : [{ path: ['password'], message: 'Required' }]),
        ]);
      }
      userId = (await createAccount(tx, auth, { account: { name: newAccount.name, email: row.email, password: newAccount.password }, now })).id;
      accountCreated = true;
    }
    const existing = await tx.selectFrom('network_members').select('id').where('network_id', '=', row.network_id).where('user_id', '=', userId).executeTakeFirst();
    if (existing) throw conflict('You already have a role in this network');
    await tx
      .insertInto('network_members')
      .values({ id: randomUUID(), network_id: row.network_id, user_id: userId, role: row.role, partner_id: row.partner_id, created_at: now })
      .execute();
    await tx.updateTable('invitations').set({ accepted_at: now, accepted_by: userId }).where('id', '=', row.id).execute();
    if (row.replaces_user_id && row.leaver_becomes && row.partner_id) {
      await completeHandover(tx, { userId, ip }, {
        networkId: row.network_id,
        partnerId: row.partner_id,
        invitationId: row.id,
        leaverId: row.replaces_user_id,
        successorId: userId,
        leaverBecomes: row.leaver_becomes,
        now,
      });
    }
    await recordAudit(tx, { userId, ip }, {
      networkId: row.network_id,
      action: 'invitation.accept',
      objectType: 'invitation',
      objectId: row.id,
      details: { role: row.role, partnerId: row.partner_id },
    });
    return { networkId: row.network_id, role: row.role, email: row.email, accountCreated };
  });
}
