import { isAPIError } from 'better-auth/api';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, notFound } from '../../errors.ts';
import { startSession } from '../accounts/create-account.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { joinLinkedPartners } from './memberships.ts';
import { hashLinkToken, insertSsoAccount } from './sign-in.ts';

/** Which account a pending link is for, so the page can say it (the person's own address only). */
export async function getSsoLinkRequest({ db, clock }: AppDeps, { token }: { token: string }) {
  const row = await db
    .selectFrom('sso_link_requests as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('sso_providers as p', 'p.id', 'r.provider_id')
    .select(['u.email', 'p.name as provider_name', 'r.expires_at'])
    .where('r.token_hash', '=', hashLinkToken(token))
    .executeTakeFirst();
  if (!row || row.expires_at < clock.now()) throw notFound('This link request does not exist or has expired; sign in again');
  return { email: row.email, providerName: row.provider_name };
}

/**
 * Links a provider identity to the existing account with the same e-mail, once the person proved
 * that account's password; signs them in and gives them the roles the links map. Returns the
 * Set-Cookie headers of the session.
 */
export async function linkSsoAccount(deps: AppDeps, { token, password, headers, ip }: { token: string; password: string; headers: Headers; ip: string | null }) {
  const { db, auth, clock } = deps;
  const { email } = await getSsoLinkRequest(deps, { token });
  let cookies: string[];
  try {
    cookies = await startSession(auth, { email, password }, headers);
  } catch (err) {
    if (isAPIError(err)) throw new AppError('unauthenticated', 'This password is not the password of this account');
    throw err;
  }
  const now = clock.now();
  await inTransaction(db, async (tx) => {
    const request = await tx.deleteFrom('sso_link_requests').where('token_hash', '=', hashLinkToken(token)).returningAll().executeTakeFirst();
    if (!request) throw notFound('This link request was already used');
    const providerId = `sso:${request.provider_id}`;
    const linked = await tx.selectFrom('accounts').select('id').where('provider_id', '=', providerId).where('account_id', '=', request.subject).executeTakeFirst();
    if (!linked) await insertSsoAccount(tx, { userId: request.user_id, providerId, subject: request.subject, now });
    await recordAudit(tx, { userId: request.user_id, ip }, { networkId: null, action: 'sso_account.link', objectType: 'sso_provider', objectId: request.provider_id });
    await joinLinkedPartners(tx, { providerId: request.provider_id, userId: request.user_id, claims: request.claims, ip, now });
  });
  return cookies;
}
