import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { emailDomain } from '../../domain/sso.ts';
import { insertLogin } from '../accounts/create-account.ts';
import { joinLinkedPartners } from './memberships.ts';
import { providerConfiguration } from './oidc-client.ts';
import { redirectUri } from './providers.ts';

const FLOW_MINUTES = 10;
const LINK_MINUTES = 15;

/** A sign-in through a provider that was refused; `reason` is for the log, never for the page. */
export class SsoRefused extends Error {
  readonly reason: string;
  constructor(reason: string, cause?: unknown) {
    super(`Single sign-on refused: ${reason}`, { cause });
    this.name = 'SsoRefused';
    this.reason = reason;
  }
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function providerByDomain({ db }: AppDeps, email: string) {
  const domain = emailDomain(email);
  if (!domain) return undefined;
  return db.selectFrom('sso_domains as d').innerJoin('sso_providers as p', 'p.id', 'd.provider_id').selectAll('p').where('d.domain', '=', domain).executeTakeFirst();
}

/**
 * The first step of sign-in: an address of a domain that a provider serves is sent there (code
 * flow with PKCE, `state` and `nonce`); any other address signs in with its password.
 */
export async function startSsoSignIn(deps: AppDeps, { email }: { email: string }) {
  const provider = await providerByDomain(deps, email);
  if (!provider) return { provider: null, redirectUrl: null, state: null };
  const configuration = await providerConfiguration(deps, provider);
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const now = deps.clock.now();
  await deps.db.deleteFrom('sso_flows').where('expires_at', '<', now).execute();
  await deps.db
    .insertInto('sso_flows')
    .values({ state, provider_id: provider.id, code_verifier: codeVerifier, nonce, expires_at: new Date(now.getTime() + FLOW_MINUTES * 60_000) })
    .execute();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(deps.config.publicUrl),
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    login_hint: email.trim(),
  });
  return { provider: provider.name, redirectUrl: url.href, state };
}

export type SsoOutcome =
  | { kind: 'signed_in'; userId: string; pending: number }
  | { kind: 'link'; token: string };

/**
 * The provider's answer: the state must be the one this browser started with and unused, the
 * ID token valid (openid-client checks issuer, audience, expiry, nonce and signature), and the
 * e-mail of a domain this provider serves. Then: a known identity signs in; a new person gets an
 * account and their roles as the links map; an existing account with this e-mail is linked only
 * after its password (`linkSsoAccount`).
 */
export async function finishSsoSignIn(deps: AppDeps, { callbackUrl, browserState, ip }: { callbackUrl: URL; browserState: string | undefined; ip: string | null }): Promise<SsoOutcome> {
  const { db, clock } = deps;
  const state = callbackUrl.searchParams.get('state');
  if (!state || state !== browserState) throw new SsoRefused('state does not belong to this browser');
  const flow = await db.deleteFrom('sso_flows').where('state', '=', state).returningAll().executeTakeFirst();
  if (!flow) throw new SsoRefused('unknown or used state');
  const now = clock.now();
  if (flow.expires_at < now) throw new SsoRefused('sign-in took too long');
  const provider = await db.selectFrom('sso_providers').selectAll().where('id', '=', flow.provider_id).executeTakeFirst();
  if (!provider) throw new SsoRefused('provider removed');

  let claims: oidc.IDToken;
  try {
    const configuration = await providerConfiguration(deps, provider);
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, { pkceCodeVerifier: flow.code_verifier, expectedState: state, expectedNonce: flow.nonce, idTokenExpected: true });
    claims = tokens.claims()!;
  } catch (err) {
    throw new SsoRefused('ID token or code refused', err);
  }
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
  if (!email) throw new SsoRefused('no e-mail claim');
  if (claims.email_verified === false) throw new SsoRefused('e-mail not verified');
  const domain = emailDomain(email);
  const served = domain ? await db.selectFrom('sso_domains').select('domain').where('domain', '=', domain).where('provider_id', '=', provider.id).executeTakeFirst() : undefined;
  if (!served) throw new SsoRefused('e-mail of a domain this provider does not serve');

  const providerId = `sso:${provider.id}`;
  return inTransaction(db, async (tx) => {
    const known = await tx.selectFrom('accounts').select('user_id').where('provider_id', '=', providerId).where('account_id', '=', claims.sub).executeTakeFirst();
    if (known) {
      const { pending } = await joinLinkedPartners(tx, { providerId: provider.id, userId: known.user_id, claims, ip, now });
      return { kind: 'signed_in', userId: known.user_id, pending };
    }
    const existing = await tx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (existing) {
      const token = randomBytes(32).toString('base64url');
      await tx.deleteFrom('sso_link_requests').where('expires_at', '<', now).execute();
      await tx
        .insertInto('sso_link_requests')
        .values({ token_hash: hashLinkToken(token), provider_id: provider.id, user_id: existing.id, subject: claims.sub, claims: JSON.stringify(claims), expires_at: new Date(now.getTime() + LINK_MINUTES * 60_000) })
        .execute();
      return { kind: 'link', token };
    }
    const userId = randomUUID();
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email.slice(0, email.indexOf('@'));
    await tx.insertInto('users').values({ id: userId, name, email, email_verified: true, image: null, created_at: now, updated_at: now }).execute();
    await insertSsoAccount(tx, { userId, providerId, subject: claims.sub, now });
    const { pending } = await joinLinkedPartners(tx, { providerId: provider.id, userId, claims, ip, now });
    return { kind: 'signed_in', userId, pending };
  });
}

export async function insertSsoAccount(tx: Tx, { userId, providerId, subject, now }: { userId: string; providerId: string; subject: string; now: Date }) {
  await insertLogin(tx, { userId, accountId: subject, providerId, password: null, now });
}

/** The Set-Cookie headers of a new session for a person the provider vouched for. */
export async function startSsoSession({ auth }: AppDeps, { userId, headers }: { userId: string; headers: Headers }): Promise<string[]> {
  const result = await auth.api.startSsoSession({ body: { userId }, headers, returnHeaders: true });
  return result.headers.getSetCookie();
}
