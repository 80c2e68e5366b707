import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit, seesDrafts } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findRequest } from './request-view.ts';

/** One request; a draft exists only for the coordinator (404 for everyone else). */
export async function getRequest({ db, clock }: AppDeps, { membership, requestId }: { membership: Membership; requestId: string }) {
  permit(membership, 'network.read');
  const request = await findRequest(db, { networkId: membership.networkId, requestId, now: clock.now() });
  if (!request || (request.draft && !seesDrafts(membership))) throw notFound('Request not found');
  return request;
}
