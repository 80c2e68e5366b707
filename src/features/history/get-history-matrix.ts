import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { historyMatrix } from '../../domain/shared-history.ts';
import { loadHistoryFacts, loadPartnersByName } from './history-facts.ts';

/** Which partners already know each other from shared history: the partners and, per pair, the entries' count and outcomes. */
export async function getHistoryMatrix({ db }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const [partners, facts] = await Promise.all([loadPartnersByName(db, networkId), loadHistoryFacts(db, networkId)]);
  const matrix = historyMatrix(
    partners.map((p) => p.id),
    facts,
  );
  return { partners, pairs: matrix.pairs };
}
