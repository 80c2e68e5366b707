import { randomUUID } from 'node:crypto';
import { conflict } from '../../errors.ts';
import type { Tx } from '../../db/transaction.ts';
import type { Auth } from '../../auth/auth.ts';

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

/**
 * Creates a person's account with a password login at `now`, in the caller's transaction. Sign-up
 * is closed, so only the first-administrator setup, accepted invitations and the CLI call this.
 *
 * @example await createAccount(tx, auth, { account: { name, email, password }, now: clock.now() })
 */
export async function createAccount(tx: Tx, auth: Auth, { account, now }: { account: NewAccount; now: Date }): Promise<{ id: string }> {
  const email = account.email.trim().toLowerCase();
  const existing = await tx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw conflict('An account with this e-mail address already exists; sign in instead', { accountExists: true });
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(account.password);
  const id = randomUUID();
  await tx
    .insertInto('users')
    .values({ id, name: account.name.trim(), email, email_verified: true, image: null, created_at: now, updated_at: now })
    .execute();
  await insertLogin(tx, { userId: id, accountId: id, providerId: 'credential', password: hash, now });
  return { id };
}

/**
 * One way a person signs in (better-auth's `accounts` row): a password ('credential') or an
 * identity provider's subject ('sso:<provider id>'), with no provider tokens kept.
 */
export async function insertLogin(tx: Tx, login: { userId: string; accountId: string; providerId: string; password: string | null; now: Date }): Promise<void> {
  await tx
    .insertInto('accounts')
    .values({
      id: randomUUID(),
      user_id: login.userId,
      account_id: login.accountId,
      provider_id: login.providerId,
      password: login.password,
      access_token: null,
      refresh_token: null,
      id_token: null,
      access_token_expires_at: null,
      refresh_token_expires_at: null,
      scope: null,
      created_at: login.now,
      updated_at: login.now,
    })
    .execute();
}

/** Signs the person in and returns the Set-Cookie headers of the new session. */
export async function startSession(auth: Auth, credentials: { email: string; password: string }, headers: Headers): Promise<string[]> {
  const result = await auth.api.signInEmail({
    body: { email: credentials.email.trim().toLowerCase(), password: credentials.password },
    headers,
    returnHeaders: true,
  });
  return result.headers.getSetCookie();
}
