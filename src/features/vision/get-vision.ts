import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { selectStatements, toStatementViews } from './statement-view.ts';

/** The vision ("what do we see when our collaboration succeeds"): its statements, most supported first. */
export async function getVision({ db }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const rows = await selectStatements(db, networkId).execute();
  const partners = await db.selectFrom('partners').select((eb) => eb.fn.countAll<string>().as('count')).where('network_id', '=', networkId).executeTakeFirstOrThrow();
  return { statements: await toStatementViews(db, rows), partnerCount: Number(partners.count) };
}
