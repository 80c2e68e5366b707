import { sql, type Kysely } from 'kysely';

const ts = sql`timestamptz(3)`;

// Issue 14 item 1: single sign-on per partner organisation (OpenID Connect). An administrator
// registers identity providers and the e-mail domains they serve; a coordinator links one to a
// partner of their network with a claim → role mapping. The person's link to a provider is a row
// in better-auth's `accounts` (provider_id 'sso:<provider id>', account_id the `sub` claim).
export async function up(db: Kysely<unknown>): Promise<void> {
  const now = sql`now()`;
  await db.schema
    .createTable('sso_providers')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull().unique())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_auth', 'text', (c) => c.notNull().check(sql`client_auth in ('client_secret_basic', 'private_key_jwt')`))
    // Encrypted with a key derived from the session secret (src/secrets.ts): the client secret, or
    // the private JWK for private_key_jwt.
    .addColumn('client_credential', 'text', (c) => c.notNull())
    .addColumn('public_jwk', 'text')
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createTable('sso_domains')
    .addColumn('domain', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'uuid', (c) => c.notNull().references('sso_providers.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('sso_domains_provider').on('sso_domains').column('provider_id').execute();
  await db.schema
    .createTable('sso_partner_links')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('provider_id', 'uuid', (c) => c.notNull().references('sso_providers.id').onDelete('cascade'))
    .addColumn('partner_id', 'uuid', (c) => c.notNull().references('partners.id').onDelete('cascade'))
    // [{ claim, value, role }]: the first rule whose claim holds the value gives the role.
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('default_role', 'text', (c) => c.check(sql`default_role in ('representative', 'member')`))
    .addColumn('requires_approval', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('sso_partner_links_network_provider', ['network_id', 'provider_id'])
    .execute();
  await db.schema.createIndex('sso_partner_links_provider').on('sso_partner_links').column('provider_id').execute();
  await db.schema
    .createTable('sso_pending_members')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('network_id', 'uuid', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('link_id', 'uuid', (c) => c.notNull().references('sso_partner_links.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('representative', 'member')`))
    .addColumn('created_at', ts, (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('sso_pending_members_network_user', ['network_id', 'user_id'])
    .execute();
  // One sign-in attempt: state (the key), PKCE verifier and nonce, used once.
  await db.schema
    .createTable('sso_flows')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'uuid', (c) => c.notNull().references('sso_providers.id').onDelete('cascade'))
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
  // A verified provider identity whose e-mail belongs to an existing account: linked only after the
  // person proves that account's password once.
  await db.schema
    .createTable('sso_link_requests')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'uuid', (c) => c.notNull().references('sso_providers.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('claims', 'jsonb', (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
