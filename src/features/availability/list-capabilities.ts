import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { capabilityViews } from './availability-views.ts';

/** The capabilities of the crisis route, by name, each with its requirement and number of slots. */
export async function listCapabilities({ db }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  return capabilityViews(db, membership.networkId);
}
