import type { MiddlewareHandler } from 'hono';
import { notFound } from '../errors.ts';
import type { AppEnv } from './context.ts';
import { requireUser } from './session.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For every `/api/networks/{networkId}/…` route: the caller must be signed in (401) and hold a
 * role in that network; anyone else gets 404, so a network's existence does not leak.
 */
export const resolveNetworkRole: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = requireUser(c);
  const networkId = c.req.param('networkId') ?? '';
  if (!UUID.test(networkId)) throw notFound('Network not found');
  const id = networkId.toLowerCase();
  const ofPath = c.get('membershipOfPath');
  if (ofPath?.networkId === id) {
    if (!ofPath.membership) throw notFound('Network not found');
    c.set('membership', ofPath.membership);
    return next();
  }
  const member = await c.var.deps.db
    .selectFrom('network_members')
    .select(['role', 'partner_id'])
    .where('network_id', '=', id)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (!member) throw notFound('Network not found');
  c.set('membership', { networkId: id, role: member.role, partnerId: member.partner_id });
  await next();
};
