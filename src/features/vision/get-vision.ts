import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { selectStatements, toStatementViews } from './statement-view.ts';

/** The vision ("what do we see when our collaboration succeeds"): its statements, most supported first. */
export async function getVision(db: Kysely<DB>, networkId: string) {
  const rows = await selectStatements(db, networkId).execute();
  const partners = await db.selectFrom('partners').select((eb) => eb.fn.countAll<string>().as('count')).where('network_id', '=', networkId).executeTakeFirstOrThrow();
  return { statements: await toStatementViews(db, rows), partnerCount: Number(partners.count) };
}
