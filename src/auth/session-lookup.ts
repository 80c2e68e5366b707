import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CurrentUser, Membership } from '../domain/membership.ts';
import type { Auth } from './auth.ts';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** What the session lookup needs from better-auth's configuration, read once per process. */
export interface SessionCookieSettings {
  sessionCookie: string;
  dontRememberCookie: string;
  secret: string;
  /** Seconds (better-auth's `session.expiresIn` and `session.updateAge`). */
  expiresIn: number;
  updateAge: number;
}

const settingsOf = new WeakMap<Auth, Promise<SessionCookieSettings>>();

/** The cookie names, the secret and the session lifetimes of better-auth, read once per instance. */
export function sessionCookieSettings(auth: Auth): Promise<SessionCookieSettings> {
  let settings = settingsOf.get(auth);
  if (!settings) {
    settings = auth.$context.then((ctx) => ({
      sessionCookie: ctx.authCookies.sessionToken.name,
      dontRememberCookie: ctx.authCookies.dontRememberToken.name,
      secret: ctx.secret,
      expiresIn: ctx.sessionConfig.expiresIn,
      updateAge: ctx.sessionConfig.updateAge,
    }));
    settingsOf.set(auth, settings);
  }
  return settings;
}

/**
 * The session token of a signed cookie value (`token.base64(HMAC-SHA256(secret, token))`, as
 * better-call signs it), or null when the signature does not match.
 */
export function verifiedSessionToken(cookieValue: string, secret: string): string | null {
  const dot = cookieValue.lastIndexOf('.');
  if (dot < 1) return null;
  const token = cookieValue.slice(0, dot);
  const signature = cookieValue.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith('=')) return null;
  const expected = createHmac('sha256', secret).update(token).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/** The signed-in person and, when a network was named, their membership of it (null: none). */
export interface SignedInCaller {
  user: CurrentUser;
  membership?: Membership | null;
}

/**
 * One statement for what every request under `/api/networks/{networkId}` needs before its use
 * case: the session of `token`, its user and the user's role in the network. Answers
 * `'ask_better_auth'` whenever better-auth itself would do more than read (an expired session it
 * deletes, a session due for its sliding refresh), so that better-auth stays the one that decides
 * those; null when no session has this token.
 */
export async function findSignedInCaller(
  db: Kysely<DB>,
  settings: SessionCookieSettings,
  { token, networkId, now }: { token: string; networkId: string | null; now: number },
): Promise<SignedInCaller | null | 'ask_better_auth'> {
  // A fixed SQL text rather than a query built per request: this runs before every API call.
  // Without a network the join matches nothing (the nil UUID is no network's id).
  const { rows } = await sql<{ expires_at: Date; id: string; name: string; email: string; role: Membership['role'] | null; partner_id: string | null }>`
    select s.expires_at, u.id, u.name, u.email, m.role, m.partner_id
    from "sessions" as s
    join "users" as u on u.id = s.user_id
    left join "network_members" as m on m.user_id = s.user_id and m.network_id = ${networkId ?? NIL_UUID}::uuid
    where s.token = ${token}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  const expiresAt = row.expires_at.getTime();
  // better-auth's rules (api/routes/session.ts): an expired session is deleted, and one whose
  // `updateAge` has passed gets a new expiry; both stay better-auth's to do.
  if (expiresAt <= now || expiresAt - settings.expiresIn * 1000 + settings.updateAge * 1000 <= now) return 'ask_better_auth';
  const user = { id: row.id, name: row.name, email: row.email };
  if (networkId === null) return { user };
  return { user, membership: row.role ? { networkId, role: row.role, partnerId: row.partner_id } : null };
}
