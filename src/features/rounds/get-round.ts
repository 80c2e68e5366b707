import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { roundView, viewerOf } from './round-view.ts';

/** One round of the network as the caller may see it (response counts for the coordinator). */
export async function getRound({ db }: AppDeps, { actor, membership, roundId }: NetworkCaller & { roundId: string }) {
  permit(membership, 'network.read');
  return roundView(db, { networkId: membership.networkId, roundId, viewer: viewerOf(actor, membership) });
}
