import type { SsoRole, SsoRoleRule } from '../domain/sso.ts';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

// Single sign-on per partner organisation (migration 0016).

export type SsoClientAuth = 'client_secret_basic' | 'private_key_jwt';
export type { SsoRole, SsoRoleRule } from '../domain/sso.ts';

export interface SsoProvidersTable {
  id: string;
  name: string;
  issuer: string;
  client_id: string;
  client_auth: SsoClientAuth;
  /** Encrypted (src/secrets.ts): the client secret, or the private JWK for private_key_jwt. */
  client_credential: string;
  /** For private_key_jwt: the public JWK to register at the provider. */
  public_jwk: string | null;
  created_at: CreatedAt;
}
export interface SsoDomainsTable {
  domain: string;
  provider_id: string;
}
export interface SsoPartnerLinksTable {
  id: string;
  network_id: string;
  provider_id: string;
  partner_id: string;
  rules: Json<SsoRoleRule[]>;
  default_role: SsoRole | null;
  requires_approval: boolean;
  created_at: CreatedAt;
}
export interface SsoPendingMembersTable {
  id: string;
  network_id: string;
  link_id: string;
  user_id: string;
  role: SsoRole;
  created_at: CreatedAt;
}
export interface SsoFlowsTable {
  state: string;
  provider_id: string;
  code_verifier: string;
  nonce: string;
  expires_at: Timestamp;
}
export interface SsoLinkRequestsTable {
  token_hash: string;
  provider_id: string;
  user_id: string;
  subject: string;
  claims: Json<Record<string, unknown>>;
  expires_at: Timestamp;
}
