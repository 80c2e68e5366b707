import { createHash, randomBytes } from 'node:crypto';

/** A new invitation token: only its hash is stored, the token itself travels in the e-mail. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
