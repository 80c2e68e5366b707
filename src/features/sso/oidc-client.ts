import * as oidc from 'openid-client';
import type { Selectable } from 'kysely';
import type { SsoProvidersTable } from '../../db/schema-sso.ts';
import type { AppDeps } from '../../deps.ts';
import { isLoopbackUrl } from '../../domain/sso.ts';
import { decryptCredential } from '../../secrets.ts';

export type SsoProvider = Selectable<SsoProvidersTable>;

async function clientAuthentication(sessionSecret: string, provider: SsoProvider): Promise<oidc.ClientAuth> {
  const credential = decryptCredential(sessionSecret, provider.client_credential);
  if (provider.client_auth === 'client_secret_basic') return oidc.ClientSecretBasic(credential);
  const { kid, ...jwk } = JSON.parse(credential) as JsonWebKey & { kid: string };
  const key = await crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  return oidc.PrivateKeyJwt({ key, kid });
}

/**
 * openid-client's view of a registered provider, from its discovery document: it checks the
 * issuer, builds the authorization request and validates the ID token (issuer, audience, expiry,
 * nonce, signature from the provider's JWKS). Time is the app's clock, so tests move it.
 */
export async function providerConfiguration(deps: AppDeps, provider: SsoProvider): Promise<oidc.Configuration> {
  const { secret } = await deps.auth.$context;
  const issuer = new URL(provider.issuer);
  const skewSeconds = Math.round((deps.clock.now().getTime() - Date.now()) / 1000);
  const options: oidc.DiscoveryRequestOptions = {};
  if (isLoopbackUrl(issuer)) options.execute = [oidc.allowInsecureRequests];
  if (deps.oidcFetch) options[oidc.customFetch] = deps.oidcFetch as oidc.CustomFetch;
  const configuration = await oidc.discovery(issuer, provider.client_id, { [oidc.clockSkew]: skewSeconds }, await clientAuthentication(secret, provider), options);
  if (deps.oidcFetch) configuration[oidc.customFetch] = deps.oidcFetch as oidc.CustomFetch;
  // Over TLS the ID token from the token endpoint need not be verified; we verify its signature anyway.
  oidc.enableNonRepudiationChecks(configuration);
  return configuration;
}
