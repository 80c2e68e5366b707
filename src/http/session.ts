import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
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

/** Resolves the signed-in user from the session cookie (better-auth), or null. */
export const resolveSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { auth, config } = c.var.deps;
  c.set('clientIp', clientAddress(c, config.trustProxy));
  const session = await auth.api.getSession({ headers: c.req.raw.headers });
  c.set('user', session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null);
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
