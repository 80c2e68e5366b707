import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findOffer } from './offer-view.ts';

/** One offer of the network (404 when it is not there). */
export async function getOffer({ db }: AppDeps, { membership, offerId }: { membership: Membership; offerId: string }) {
  permit(membership, 'network.read');
  const offer = await findOffer(db, membership.networkId, offerId);
  if (!offer) throw notFound('Offer not found');
  return offer;
}
