import { createHash, randomBytes } from 'node:crypto';

/** A new feed token: 32 random bytes; only its hash is stored, the token lives in the person's calendar app. */
export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The secret address of a feed: the API path a calendar app subscribes to. */
export function feedPath(token: string): string {
  return `/api/calendar/${token}.ics`;
}
