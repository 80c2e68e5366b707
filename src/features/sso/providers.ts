import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import type { SsoClientAuth } from '../../db/schema-sso.ts';
import type { AppDeps } from '../../deps.ts';
import type { PersonActor } from '../../domain/membership.ts';
import { isLoopbackUrl, normaliseDomain } from '../../domain/sso.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { encryptCredential } from '../../secrets.ts';
import { requireInstanceAdmin } from '../admin/list-outbox.ts';
import { recordAudit } from '../audit/record-audit.ts';

export interface NewSsoProvider {
  name: string;
  issuer: string;
  clientId: string;
  /** client_secret_basic needs the secret; for private_key_jwt this installation makes a key pair. */
  clientAuth: SsoClientAuth;
  clientSecret?: string | undefined;
  domains: string[];
}

/** Where a provider sends people back to: register this redirect URI at the provider. */
export function redirectUri(publicUrl: string): string {
  return `${publicUrl}/api/sso/callback`;
}

/** The providers of this installation with their domains (never their credentials). */
export async function listSsoProviders({ db, config }: AppDeps, { userId }: { userId: string }) {
  await requireInstanceAdmin(db, userId);
  const providers = await db.selectFrom('sso_providers').select(['id', 'name', 'issuer', 'client_id', 'client_auth', 'public_jwk', 'created_at']).orderBy('name').execute();
  const domains = await db.selectFrom('sso_domains').selectAll().orderBy('domain').execute();
  return {
    redirectUri: redirectUri(config.publicUrl),
    providers: providers.map((p) => ({
      id: p.id,
      name: p.name,
      issuer: p.issuer,
      clientId: p.client_id,
      clientAuth: p.client_auth,
      publicJwk: p.public_jwk ? (JSON.parse(p.public_jwk) as Record<string, string>) : null,
      domains: domains.filter((d) => d.provider_id === p.id).map((d) => d.domain),
      createdAt: p.created_at.toISOString(),
    })),
  };
}

function checkDomains(input: string[]): string[] {
  const domains = [...new Set(input.map((d) => normaliseDomain(d)))];
  if (domains.length === 0 || domains.some((d) => d === null)) {
    throw invalid('Give one or more e-mail domains, such as zorggroep.nl', [{ path: ['domains'], message: 'Not a domain' }]);
  }
  return domains as string[];
}

/**
 * The stored client credential: the encrypted secret for client_secret_basic; for private_key_jwt
 * a fresh EC key pair, whose public half the administrator registers at the provider.
 */
async function makeCredential({ auth }: AppDeps, clientAuth: SsoClientAuth, clientSecret: string | undefined) {
  const { secret } = await auth.$context;
  if (clientAuth === 'client_secret_basic') {
    if (!clientSecret) throw invalid('Give the client secret', [{ path: ['clientSecret'], message: 'Required' }]);
    return { credential: encryptCredential(secret, clientSecret), publicJwk: null };
  }
  const kid = randomUUID();
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    credential: encryptCredential(secret, JSON.stringify({ ...pair.privateKey.export({ format: 'jwk' }), kid, alg: 'ES256' })),
    publicJwk: JSON.stringify({ ...pair.publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }),
  };
}

/** Throws a conflict when another provider has this issuer or serves one of these domains. */
async function checkUnclaimed(tx: Tx, { issuer, domains, exceptId }: { issuer: string; domains: string[]; exceptId: string | null }) {
  let taken = tx.selectFrom('sso_providers').select('id').where('issuer', '=', issuer);
  if (exceptId) taken = taken.where('id', '<>', exceptId);
  if (await taken.executeTakeFirst()) throw conflict('This issuer is already registered');
  if (domains.length === 0) return;
  let claimed = tx.selectFrom('sso_domains').select('domain').where('domain', 'in', domains);
  if (exceptId) claimed = claimed.where('provider_id', '<>', exceptId);
  const other = await claimed.executeTakeFirst();
  if (other) throw conflict(`The domain ${other.domain} is already served by another provider`, { domain: other.domain });
}

function checkIssuer(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw invalid('The issuer is not a web address', [{ path: ['issuer'], message: 'Not a URL' }]);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url))) {
    throw invalid('The issuer must be an https address', [{ path: ['issuer'], message: 'Use https' }]);
  }
  return input.trim();
}

/**
 * Registers an identity provider (administrator). The client secret is stored encrypted; for
 * private_key_jwt the installation makes an EC key pair and answers the public key, which the
 * administrator registers at the provider.
 */
export async function registerSsoProvider(deps: AppDeps, { actor, provider }: { actor: PersonActor; provider: NewSsoProvider }) {
  const { db, clock } = deps;
  await requireInstanceAdmin(db, actor.userId);
  const issuer = checkIssuer(provider.issuer);
  const domains = checkDomains(provider.domains);
  const { credential, publicJwk } = await makeCredential(deps, provider.clientAuth, provider.clientSecret);
  const id = randomUUID();
  await inTransaction(db, async (tx) => {
    await checkUnclaimed(tx, { issuer, domains, exceptId: null });
    await tx
      .insertInto('sso_providers')
      .values({ id, name: provider.name.trim(), issuer, client_id: provider.clientId.trim(), client_auth: provider.clientAuth, client_credential: credential, public_jwk: publicJwk, created_at: clock.now() })
      .execute();
    await tx.insertInto('sso_domains').values(domains.map((domain) => ({ domain, provider_id: id }))).execute();
    await recordAudit(tx, actor, { networkId: null, action: 'sso_provider.register', objectType: 'sso_provider', objectId: id, details: { issuer, domains } });
  });
  const listed = await listSsoProviders(deps, { userId: actor.userId });
  return listed.providers.find((p) => p.id === id)!;
}

export interface SsoProviderChange {
  name?: string | undefined;
  issuer?: string | undefined;
  clientId?: string | undefined;
  clientAuth?: SsoClientAuth | undefined;
  /** A new secret (client_secret_basic); without it the stored one stays. */
  clientSecret?: string | undefined;
  domains?: string[] | undefined;
  /** For private_key_jwt: make a new key pair, whose public key is then registered at the provider. */
  newKeyPair?: boolean | undefined;
}

/**
 * Changes a registered provider (administrator). The secret is replaced only when a new one is
 * given; switching to private_key_jwt makes a new key pair, switching to a secret needs the secret.
 *
 * @example
 * await updateSsoProvider(deps, { actor, providerId, change: { domains: ['zorggroep.nl', 'zorggroep.com'] } });
 */
export async function updateSsoProvider(deps: AppDeps, { actor, providerId, change }: { actor: PersonActor; providerId: string; change: SsoProviderChange }) {
  const { db } = deps;
  await requireInstanceAdmin(db, actor.userId);
  const current = await db.selectFrom('sso_providers').selectAll().where('id', '=', providerId).executeTakeFirst();
  if (!current) throw notFound('No such identity provider');
  const issuer = change.issuer === undefined ? current.issuer : checkIssuer(change.issuer);
  const domains = change.domains === undefined ? undefined : checkDomains(change.domains);
  const clientAuth = change.clientAuth ?? current.client_auth;
  const newCredential =
    clientAuth !== current.client_auth || (clientAuth === 'client_secret_basic' && change.clientSecret) || (clientAuth === 'private_key_jwt' && change.newKeyPair)
      ? await makeCredential(deps, clientAuth, change.clientSecret)
      : null;
  await inTransaction(db, async (tx) => {
    await checkUnclaimed(tx, { issuer, domains: domains ?? [], exceptId: providerId });
    await tx
      .updateTable('sso_providers')
      .set({
        name: change.name?.trim() ?? current.name,
        issuer,
        client_id: change.clientId?.trim() ?? current.client_id,
        client_auth: clientAuth,
        ...(newCredential ? { client_credential: newCredential.credential, public_jwk: newCredential.publicJwk } : {}),
      })
      .where('id', '=', providerId)
      .execute();
    if (domains) {
      await tx.deleteFrom('sso_domains').where('provider_id', '=', providerId).execute();
      await tx.insertInto('sso_domains').values(domains.map((domain) => ({ domain, provider_id: providerId }))).execute();
    }
    await recordAudit(tx, actor, {
      networkId: null,
      action: 'sso_provider.update',
      objectType: 'sso_provider',
      objectId: providerId,
      details: { issuer, domains: domains ?? null, clientAuth, newCredential: newCredential !== null },
    });
  });
  const listed = await listSsoProviders(deps, { userId: actor.userId });
  return listed.providers.find((p) => p.id === providerId)!;
}

/** Removes a provider (administrator): its links go with it; people keep their accounts. */
export async function removeSsoProvider({ db }: AppDeps, { actor, providerId }: { actor: PersonActor; providerId: string }) {
  await requireInstanceAdmin(db, actor.userId);
  await inTransaction(db, async (tx) => {
    const row = await tx.deleteFrom('sso_providers').where('id', '=', providerId).returning('issuer').executeTakeFirst();
    if (!row) throw notFound('No such identity provider');
    await tx.deleteFrom('accounts').where('provider_id', '=', `sso:${providerId}`).execute();
    await recordAudit(tx, actor, { networkId: null, action: 'sso_provider.remove', objectType: 'sso_provider', objectId: providerId, details: { issuer: row.issuer } });
  });
}
