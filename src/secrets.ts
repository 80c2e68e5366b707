import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';

/**
 * The secret that signs session cookies: the configured one, or one generated on first start and
 * kept in the database, so every app process on the same database uses the same secret.
 */
export async function sessionSecret(db: Kysely<DB>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('instance_settings')
    .values({ key: 'session_secret', value: randomBytes(48).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', 'session_secret').executeTakeFirstOrThrow();
  return row.value;
}

/** The key that encrypts stored credentials (SSO client secrets), derived from the session secret. */
function credentialKey(sessionSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'ketenregie', 'stored credentials v1', 32));
}

/**
 * Encrypts a credential for storage (AES-256-GCM). The result is `v1.<iv>.<tag>.<ciphertext>`,
 * base64url; only a process with the same session secret can read it back.
 *
 * @example const stored = encryptCredential(secret, clientSecret);
 */
export function encryptCredential(sessionSecret: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', credentialKey(sessionSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** Reads back what `encryptCredential` stored; throws when it was changed or the secret differs. */
export function decryptCredential(sessionSecret: string, stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('Not an encrypted credential');
  const decipher = createDecipheriv('aes-256-gcm', credentialKey(sessionSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
