import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { directsNetwork, permit } from '../../domain/permissions.ts';
import { responseAtClose } from './close-confirmation.ts';
import { findRound } from './round-view.ts';

/**
 * The response to a round (DESIGN §5.9): invited, responded and the rate in all, and whether it
 * is (or was, at closing) low. Whoever directs the network also sees the response per partner
 * and the partners below k — counts only, never who answered what, and never a score.
 */
export async function getRoundResponse({ db }: AppDeps, { membership, roundId }: Pick<NetworkCaller, 'membership'> & { roundId: string }) {
  permit(membership, 'network.read');
  const round = await findRound(db, membership.networkId, roundId);
  const summary = await responseAtClose(db, round);
  const totals = { invited: summary.invited, responded: summary.responded, rate: summary.rate, k: summary.k, lowResponse: summary.lowResponse };
  if (!directsNetwork(membership)) return { ...totals, partners: null, partnersBelowK: null };
  const names = new Map((await db.selectFrom('partners').select(['id', 'name']).where('network_id', '=', membership.networkId).execute()).map((p) => [p.id, p.name]));
  return {
    ...totals,
    partners: summary.partners.map((p) => ({ partnerId: p.partnerId, name: names.get(p.partnerId) ?? '', invited: p.invited, responded: p.responded, rate: p.rate, belowK: p.belowK })),
    partnersBelowK: summary.partnersBelowK,
  };
}
