import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { profileCompleteness } from '../../domain/profile-completeness.ts';
import { assessStage, type StageCriterionKey, type StageFacts } from '../../domain/stage.ts';
import { agreementStageFacts } from '../agreements/stage-facts.ts';
import { historyConfirmationStatuses } from '../history/history-confirmation-view.ts';
import { latestProfiles } from '../partners/profile-view.ts';
import { opennessFacts } from '../signals/openness-facts.ts';
import { tasksWithoutOneAccountable } from '../tasks/task-view.ts';

/** Where a person acts on each criterion, as a path in the web app. */
function linkFor(networkId: string, key: StageCriterionKey, firstMissing: string | undefined, lastRoundId: string | null = null): string | null {
  const base = `/networks/${networkId}`;
  switch (key) {
    case 'partners.atLeastTwo':
    case 'partners.representativeAccepted':
      return `${base}/partners`;
    case 'profiles.complete':
      return firstMissing ? `${base}/partners/${firstMissing}` : `${base}/partners`;
    case 'history.confirmed':
      return `${base}/history`;
    case 'groundRules.inForce':
    case 'groundRules.coverCoreQuestions':
    case 'groundRules.ratifiedByAll':
      return `${base}/agreements?kind=ground_rules`;
    case 'agreements.reviewDateAhead':
      return firstMissing ? `${base}/agreements/${firstMissing}` : `${base}/agreements`;
    case 'tasks.oneAccountable':
      return `${base}/tasks`;
    case 'rounds.twoClosed':
      return `${base}/rounds`;
    case 'rounds.opennessHigh':
      return lastRoundId ? `${base}/rounds/${lastRoundId}/results` : `${base}/rounds`;
    case 'differences.discussed':
      return `${base}/differences`;
    case 'trust.noDownwardSpiral':
    case 'signals.noTooGoodToBeTrue':
      return `${base}/signals`;
    default:
      return null; // agreements, tasks and rounds get their pages with the issues that build them
  }
}

/**
 * The network's stage (DESIGN §5.5) with every criterion met or not, what is missing and where to
 * act. Stage-1 facts come from partners, representatives, profiles and shared history; stage 2
 * from the agreements (ground rules, review dates) and the task division; stage 3 from the rounds,
 * differences and signals.
 */
export async function getStageAssessment({ db, clock }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
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
  const openness = await opennessFacts(db, networkId, now);

  const agreements = await agreementStageFacts(db, { networkId, partnerIds: partners.map((p) => p.id), today: dutchToday(now) });
  const facts: StageFacts = {
    partners: partners.map((p) => ({
      partnerId: p.id,
      hasAcceptedRepresentative: withRepresentative.has(p.id),
      profileComplete: complete.has(p.id),
      historyConfirmed: confirmed.has(p.id),
    })),
    groundRules: agreements.groundRules,
    tasksWithoutOneAccountable: await tasksWithoutOneAccountable(db, networkId),
    agreementsReviewOverdue: agreements.agreementsReviewOverdue,
    // The last round's openness is judged under the k frozen when it opened (DESIGN §5.3).
    anonymityK: openness.lastRoundK ?? network.anonymity_k,
    ...openness.facts,
  };
  const assessment = assessStage(facts);
  const names = new Map([...agreements.titles, ...partners.map((p) => [p.id, p.name] as const)]);
  return {
    stage: assessment.stage,
    stages: assessment.stages.map((s) => ({
      stage: s.stage,
      met: s.met,
      criteria: s.criteria.map((c) => ({
        key: c.key,
        met: c.met,
        missing: c.missing.map((id) => ({ id, name: names.get(id) ?? id })),
        link: c.met
          ? null
          : c.key.startsWith('groundRules.') && agreements.groundRulesId
            ? `/networks/${networkId}/agreements/${agreements.groundRulesId}`
            : linkFor(networkId, c.key, c.missing[0], openness.lastRoundId),
      })),
    })),
  };
}
