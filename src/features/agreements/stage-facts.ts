import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { coversCoreQuestions } from '../../domain/ground-rules.ts';
import type { StageFacts } from '../../domain/stage.ts';
import { partiesOf } from './agreement-view.ts';

/**
 * The stage-2 facts of DESIGN §5.5 that agreements supply: the ground rules in force (their version
 * in force covers the four core questions; the partners that have not consented to that version,
 * where every partner of the network must be a party), and the agreements in force whose review
 * date is missing or has passed on `today` (a Dutch calendar day). Also the ground-rules agreement
 * to link to and agreement titles.
 */
export async function agreementStageFacts(db: Kysely<DB>, { networkId, partnerIds, today }: { networkId: string; partnerIds: string[]; today: string }) {
  const live = await db
    .selectFrom('agreements')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('ended_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const inForce = live.filter((a) => a.version_in_force !== null);
  const agreementsReviewOverdue = inForce.filter((a) => a.review_on === null || a.review_on < today).map((a) => a.id);

  const candidates = inForce.filter((a) => a.kind === 'ground_rules');
  const parties = await partiesOf(db, networkId, candidates);
  let best: { id: string; covers: boolean; notRatified: string[] } | null = null;
  for (const a of candidates) {
    const version = await db.selectFrom('agreement_versions').select('body').where('agreement_id', '=', a.id).where('version', '=', a.version_in_force!).executeTakeFirstOrThrow();
    const consented = await db
      .selectFrom('agreement_ratifications')
      .select('partner_id')
      .where('agreement_id', '=', a.id)
      .where('version', '=', a.version_in_force!)
      .where('decision', '=', 'consent')
      .execute();
    const party = new Set(parties.get(a.id)!.map((p) => p.id));
    const yes = new Set(consented.map((c) => c.partner_id).filter((id) => party.has(id)));
    const candidate = { id: a.id, covers: coversCoreQuestions(version.body), notRatified: partnerIds.filter((id) => !yes.has(id)) };
    const score = (c: typeof candidate) => (c.covers ? 1 : 0) * 1000 - c.notRatified.length;
    if (!best || score(candidate) > score(best)) best = candidate;
  }
  const groundRules: StageFacts['groundRules'] = best
    ? { inForce: true, coversCoreQuestions: best.covers, partnersNotRatified: best.notRatified }
    : { inForce: false, coversCoreQuestions: false, partnersNotRatified: [] };
  const groundRulesId = best?.id ?? live.find((a) => a.kind === 'ground_rules')?.id ?? null;
  return { groundRules, agreementsReviewOverdue, groundRulesId, titles: new Map(live.map((a) => [a.id, a.title])) };
}
