import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { loadPartnersByName } from './history-facts.ts';
import { historyConfirmationStatuses } from './history-confirmation-view.ts';

/** Whether a partner has confirmed that the overview of its shared history is complete. */
export async function getHistoryConfirmation({ db }: AppDeps, { membership, partnerId }: { membership: Membership; partnerId: string }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const partner = await db.selectFrom('partners').select(['id', 'name']).where('id', '=', partnerId).where('network_id', '=', networkId).executeTakeFirst();
  if (!partner) throw notFound('Partner not found');
  const [status] = await historyConfirmationStatuses(db, networkId, [partner]);
  return status!;
}

/** The confirmation status of every partner of the network, by name. */
export async function listHistoryConfirmations({ db }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  return historyConfirmationStatuses(db, networkId, await loadPartnersByName(db, networkId));
}
