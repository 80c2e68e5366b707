import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { profileCompleteness } from '../../domain/profile-completeness.ts';
import { assessStage, type StageCriterionKey, type StageFacts } from '../../domain/stage.ts';
import { historyConfirmationStatuses } from '../history/history-confirmation-view.ts';
import { latestProfiles } from '../partners/profile-view.ts';

/** Where a person acts on each criterion, as a path in the web app. */
function linkFor(networkId: string, key: StageCriterionKey, firstMissing: string | undefined): string | null {
  const base = `/networks/${networkId}`;
  switch (key) {
    case 'partners.atLeastTwo':
    case 'partners.representativeAccepted':
      return `${base}/partners`;
    case 'profiles.complete':
      return firstMissing ? `${base}/partners/${firstMissing}` : `${base}/partners`;
    case 'history.confirmed':
      return `${base}/history`;
    default:
      return null; // agreements, tasks and rounds get their pages with the issues that build them
  }
}

/**
 * The network's stage (DESIGN §5.5) with every criterion met or not, what is missing and where to
 * act. Stage-1 facts come from partners, representatives, profiles and shared history; agreements,
 * the task division and reflection rounds do not exist in this version yet, so their criteria
 * count as not met.
 */
export async function getStageAssessment(db: Kysely<DB>, networkId: string) {
  const network = await db.selectFrom('networks').select('anonymity_k').where('id', '=', networkId).executeTakeFirstOrThrow();
  const partners = await db.selectFrom('partners').select(['id', 'name']).where('network_id', '=', networkId).orderBy('name').execute();
  const representatives = await db
    .selectFrom('network_members')
    .select('partner_id')
    .where('network_id', '=', networkId)
    .where('role', '=', 'representative')
    .where('partner_id', 'is not', null)
    .execute();
  const withRepresentative = new Set(representatives.map((r) => r.partner_id));
  const profiles = await latestProfiles(db, networkId);
  const complete = new Set([...profiles].filter(([, p]) => profileCompleteness(p).complete).map(([partnerId]) => partnerId));
  const confirmations = await historyConfirmationStatuses(db, networkId, partners);
  const confirmed = new Set(confirmations.filter((c) => c.confirmed).map((c) => c.partnerId));

  const facts: StageFacts = {
    partners: partners.map((p) => ({
      partnerId: p.id,
      hasAcceptedRepresentative: withRepresentative.has(p.id),
      profileComplete: complete.has(p.id),
      historyConfirmed: confirmed.has(p.id),
    })),
    groundRules: { inForce: false, coversCoreQuestions: false, partnersNotRatified: [] },
    tasksWithoutOneAccountable: [],
    agreementsReviewOverdue: [],
    closedRounds: 0,
    lastRoundOpenness: null,
    anonymityK: network.anonymity_k,
    differencesDiscussedOrLater: 0,
    downwardTrustSpiral: false,
    tooGoodToBeTrue: false,
  };
  const assessment = assessStage(facts);
  const names = new Map(partners.map((p) => [p.id, p.name]));
  return {
    stage: assessment.stage,
    stages: assessment.stages.map((s) => ({
      stage: s.stage,
      met: s.met,
      criteria: s.criteria.map((c) => ({
        key: c.key,
        met: c.met,
        missing: c.missing.map((id) => ({ id, name: names.get(id) ?? id })),
        link: c.met ? null : linkFor(networkId, c.key, c.missing[0]),
      })),
    })),
  };
}
