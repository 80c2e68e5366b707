import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import type { Membership } from '../../domain/membership.ts';
import { findRequest } from './request-view.ts';

/** One request; a draft exists only for the coordinator (404 for everyone else). */
export async function getRequest(db: Kysely<DB>, membership: Membership, requestId: string) {
  const request = await findRequest(db, membership.networkId, requestId);
  if (!request || (request.draft && membership.role !== 'coordinator')) throw notFound('Request not found');
  return request;
}
