import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { loadPartnersByName } from './history-facts.ts';
import { historyConfirmationStatuses } from './history-confirmation-view.ts';

/** Whether a partner has confirmed that the overview of its shared history is complete. */
export async function getHistoryConfirmation(db: Kysely<DB>, networkId: string, partnerId: string) {
  const partner = await db.selectFrom('partners').select(['id', 'name']).where('id', '=', partnerId).where('network_id', '=', networkId).executeTakeFirst();
  if (!partner) throw notFound('Partner not found');
  const [status] = await historyConfirmationStatuses(db, networkId, [partner]);
  return status!;
}

/** The confirmation status of every partner of the network, by name. */
export async function listHistoryConfirmations(db: Kysely<DB>, networkId: string) {
  return historyConfirmationStatuses(db, networkId, await loadPartnersByName(db, networkId));
}
