import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSignedInCaller, sessionCookieSettings, verifiedSessionToken } from '../auth/session-lookup.ts';
import { AppError } from '../errors.ts';
import type { CurrentUser, NetworkCaller, PersonActor } from '../domain/membership.ts';
import type { AppEnv } from './context.ts';

/** The client's address as this server saw it (or, behind a trusted proxy, as the proxy says). */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // not served over a socket (app.request in tests)
  }
}

const NETWORK_PATH = /^\/api\/networks\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;

/**
 * Resolves the signed-in user from the session cookie, or null. The common case, a valid session
 * that needs no refresh, is one statement that also reads the caller's role in the network the
 * path names (kept for this request only, for the network-role middleware); everything else
 * (no or a tampered cookie, an expired session, a sliding refresh, "don't remember me") is left to
 * better-auth, so its rules stay the ones that apply.
 */
export const resolveSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { auth, config, db } = c.var.deps;
  c.set('clientIp', clientAddress(c, config.trustProxy));
  const settings = await sessionCookieSettings(auth);
  const cookie = getCookie(c, settings.sessionCookie);
  const token = cookie && !getCookie(c, settings.dontRememberCookie) ? verifiedSessionToken(cookie, settings.secret) : null;
  const networkId = NETWORK_PATH.exec(c.req.path)?.[1]?.toLowerCase() ?? null;
  // better-auth's own clock: the session's expiry is its rule.
  const found = token ? await findSignedInCaller(db, settings, { token, networkId, now: Date.now() }) : 'ask_better_auth';
  if (found === 'ask_better_auth') {
    const session = cookie ? await auth.api.getSession({ headers: c.req.raw.headers }) : null;
    c.set('user', session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null);
  } else {
    c.set('user', found?.user ?? null);
    if (found?.membership !== undefined) c.set('membershipOfPath', { networkId: networkId!, membership: found.membership });
  }
  await next();
};

/** The signed-in user, or a 401. */
export function requireUser(c: Context<AppEnv>): CurrentUser {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return user;
}

/** Who is acting, for the audit log. */
export function actorOf(c: Context<AppEnv>): PersonActor {
  const user = requireUser(c);
  return { userId: user.id, ip: c.get('clientIp') };
}

/**
 * The caller of a `/api/networks/{networkId}/…` route: who acts and their membership of that
 * network (resolved by the network-role middleware). What they may do is the use case's question
 * to domain/permissions.ts.
 *
 * @example c.json(await createStory(c.var.deps, { ...callerOf(c), story: c.req.valid('json') }), 201)
 */
export function callerOf(c: Context<AppEnv>): NetworkCaller {
  return { actor: actorOf(c), membership: c.get('membership') };
}
