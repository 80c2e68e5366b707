import { reaches } from './threshold.ts';

/**
 * The stage assessment of DESIGN §5.5: familiarity → agreements → openness. Each stage lists
 * every criterion as met or not, with what is missing; the reached stage is the highest stage
 * whose criteria, and those of every stage before it, are all met.
 */

export interface PartnerFacts {
  partnerId: string;
  hasAcceptedRepresentative: boolean;
  /** Drivers, interests, offer and need are filled in. */
  profileComplete: boolean;
  historyConfirmed: boolean;
}

export interface StageFacts {
  partners: PartnerFacts[];
  groundRules: {
    /** A ground-rules agreement is in force. */
    inForce: boolean;
    /** Its version in force answers the four core questions. */
    coversCoreQuestions: boolean;
    /** Partners whose representative has not consented to that version. */
    partnersNotRatified: string[];
  };
  /** Tasks of the task division without exactly one accountable partner. */
  tasksWithoutOneAccountable: string[];
  /** Agreements in force with no review date or one that has passed. */
  agreementsReviewOverdue: string[];
  closedRounds: number;
  lastRoundOpenness: { value: number | null; respondents: number } | null;
  anonymityK: number;
  differencesDiscussedOrLater: number;
  downwardTrustSpiral: boolean;
  tooGoodToBeTrue: boolean;
}

/** Every criterion of the three stages, in order. */
export const STAGE_CRITERIA = [
  'partners.atLeastTwo',
  'partners.representativeAccepted',
  'profiles.complete',
  'history.confirmed',
  'groundRules.inForce',
  'groundRules.coverCoreQuestions',
  'groundRules.ratifiedByAll',
  'tasks.oneAccountable',
  'agreements.reviewDateAhead',
  'rounds.twoClosed',
  'rounds.opennessHigh',
  'differences.discussed',
  'trust.noDownwardSpiral',
  'signals.noTooGoodToBeTrue',
] as const;
export type StageCriterionKey = (typeof STAGE_CRITERIA)[number];

export interface Criterion {
  key: StageCriterionKey;
  met: boolean;
  /** Ids of what keeps the criterion from being met (partners, tasks, agreements). */
  missing: string[];
}

export interface StageAssessment {
  stage: 0 | 1 | 2 | 3;
  stages: { stage: 1 | 2 | 3; met: boolean; criteria: Criterion[] }[];
}

export const OPENNESS_FOR_STAGE_3 = 70;

const criterion = (key: StageCriterionKey, missing: string[], met = missing.length === 0): Criterion => ({ key, met, missing });

/** @example assessStage(facts).stage // 1 when familiarity is complete but agreements are not */
export function assessStage(facts: StageFacts): StageAssessment {
  const without = (predicate: (p: PartnerFacts) => boolean) => facts.partners.filter((p) => !predicate(p)).map((p) => p.partnerId);
  const familiarity = [
    criterion('partners.atLeastTwo', [], facts.partners.length >= 2),
    criterion('partners.representativeAccepted', without((p) => p.hasAcceptedRepresentative)),
    criterion('profiles.complete', without((p) => p.profileComplete)),
    criterion('history.confirmed', without((p) => p.historyConfirmed)),
  ];
  const agreements = [
    criterion('groundRules.inForce', [], facts.groundRules.inForce),
    criterion('groundRules.coverCoreQuestions', [], facts.groundRules.inForce && facts.groundRules.coversCoreQuestions),
    criterion('groundRules.ratifiedByAll', facts.groundRules.partnersNotRatified, facts.groundRules.inForce && facts.groundRules.partnersNotRatified.length === 0),
    criterion('tasks.oneAccountable', facts.tasksWithoutOneAccountable),
    criterion('agreements.reviewDateAhead', facts.agreementsReviewOverdue),
  ];
  const openness = facts.lastRoundOpenness;
  const opennessMet = openness !== null && openness.value !== null && openness.respondents >= facts.anonymityK && reaches(openness.value, OPENNESS_FOR_STAGE_3);
  const opennessStage = [
    criterion('rounds.twoClosed', [], facts.closedRounds >= 2),
    criterion('rounds.opennessHigh', [], opennessMet),
    criterion('differences.discussed', [], facts.differencesDiscussedOrLater >= 1),
    criterion('trust.noDownwardSpiral', [], !facts.downwardTrustSpiral),
    criterion('signals.noTooGoodToBeTrue', [], !facts.tooGoodToBeTrue),
  ];
  const stages = [
    { stage: 1 as const, criteria: familiarity },
    { stage: 2 as const, criteria: agreements },
    { stage: 3 as const, criteria: opennessStage },
  ].map((s) => ({ ...s, met: s.criteria.every((c) => c.met) }));
  let reached: 0 | 1 | 2 | 3 = 0;
  for (const s of stages) {
    if (!s.met) break;
    reached = s.stage;
  }
  return { stage: reached, stages };
}
