import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
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
  const { db, auth, clock } = deps;
  await requireInstanceAdmin(db, actor.userId);
  const issuer = checkIssuer(provider.issuer);
  const domains = [...new Set(provider.domains.map((d) => normaliseDomain(d)))];
  if (domains.length === 0 || domains.some((d) => d === null)) {
    throw invalid('Give one or more e-mail domains, such as zorggroep.nl', [{ path: ['domains'], message: 'Not a domain' }]);
  }
  const { secret } = await auth.$context;
  let credential: string;
  let publicJwk: string | null = null;
  if (provider.clientAuth === 'client_secret_basic') {
    if (!provider.clientSecret) throw invalid('Give the client secret', [{ path: ['clientSecret'], message: 'Required' }]);
    credential = encryptCredential(secret, provider.clientSecret);
  } else {
    const kid = randomUUID();
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    credential = encryptCredential(secret, JSON.stringify({ ...pair.privateKey.export({ format: 'jwk' }), kid, alg: 'ES256' }));
    publicJwk = JSON.stringify({ ...pair.publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' });
  }
  const id = randomUUID();
  await inTransaction(db, async (tx) => {
    const taken = await tx.selectFrom('sso_providers').select('id').where('issuer', '=', issuer).executeTakeFirst();
    if (taken) throw conflict('This issuer is already registered');
    const claimed = await tx.selectFrom('sso_domains').select('domain').where('domain', 'in', domains as string[]).executeTakeFirst();
    if (claimed) throw conflict(`The domain ${claimed.domain} is already served by another provider`, { domain: claimed.domain });
    await tx
      .insertInto('sso_providers')
      .values({ id, name: provider.name.trim(), issuer, client_id: provider.clientId.trim(), client_auth: provider.clientAuth, client_credential: credential, public_jwk: publicJwk, created_at: clock.now() })
      .execute();
    await tx.insertInto('sso_domains').values(domains.map((domain) => ({ domain: domain as string, provider_id: id }))).execute();
    await recordAudit(tx, actor, { networkId: null, action: 'sso_provider.register', objectType: 'sso_provider', objectId: id, details: { issuer, domains } });
  });
  const listed = await listSsoProviders(deps, { userId: actor.userId });
  return listed.providers.find((p) => p.id === id)!;
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
