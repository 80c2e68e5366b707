import { createHmac, timingSafeEqual } from 'node:crypto';

// The token in a mail's unsubscribe link: whose preference and which topic (or digest), signed
// with a key derived from the instance secret, so the link works without signing in and cannot
// be made for someone else.

/** The key that signs unsubscribe links, derived from the instance secret (secrets.ts). */
export function unsubscribeKey(instanceSecret: string): string {
  return createHmac('sha256', instanceSecret).update('ketenregie:unsubscribe').digest('base64url');
}

const sign = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

/**
 * A token for "no more mail about `scope`" for one person.
 *
 * @example unsubscribeToken(key, { userId, scope: 'agreements' })
 */
export function unsubscribeToken(key: string, { userId, scope }: { userId: string; scope: string }): string {
  const payload = Buffer.from(`${userId}:${scope}`).toString('base64url');
  return `${payload}.${sign(key, payload)}`;
}

/** The person and scope of a token, or null when it is malformed or not signed with this key. */
export function readUnsubscribeToken(key: string, token: string): { userId: string; scope: string } | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, scope, rest] = Buffer.from(payload, 'base64url').toString('utf8').split(':');
  if (!userId || !scope || rest !== undefined) return null;
  return { userId, scope };
}
