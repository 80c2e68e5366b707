import { describe, expect, it } from 'vitest';
import { assessStage, type StageFacts } from './stage.ts';

const partner = (partnerId: string) => ({ partnerId, hasAcceptedRepresentative: true, profileComplete: true, historyConfirmed: true });

const complete: StageFacts = {
  partners: [partner('ggz'), partner('lvb'), partner('gemeente')],
  groundRules: { inForce: true, coversCoreQuestions: true, partnersNotRatified: [] },
  tasksWithoutOneAccountable: [],
  agreementsReviewOverdue: [],
  closedRounds: 2,
  lastRoundOpenness: { value: 72.5, respondents: 4 },
  anonymityK: 3,
  differencesDiscussedOrLater: 1,
  downwardTrustSpiral: false,
  tooGoodToBeTrue: false,
};

const criterion = (facts: StageFacts, key: string) => assessStage(facts).stages.flatMap((s) => s.criteria).find((c) => c.key === key)!;

describe('assessStage', () => {
  it('reaches stage 3 when everything holds', () => {
    const result = assessStage(complete);
    expect(result.stage).toBe(3);
    expect(result.stages.map((s) => s.met)).toEqual([true, true, true]);
  });

  it('stays at 0 with one partner, and names the partners that miss a stage-1 criterion', () => {
    expect(assessStage({ ...complete, partners: [partner('ggz')] }).stage).toBe(0);
    const facts = { ...complete, partners: [partner('ggz'), { ...partner('lvb'), historyConfirmed: false, profileComplete: false }] };
    expect(assessStage(facts).stage).toBe(0);
    expect(criterion(facts, 'history.confirmed')).toEqual({ key: 'history.confirmed', met: false, missing: ['lvb'] });
    expect(criterion(facts, 'profiles.complete').missing).toEqual(['lvb']);
    expect(criterion(facts, 'partners.representativeAccepted').met).toBe(true);
  });

  it('stops at stage 1 when ground rules are not ratified by every partner', () => {
    const facts = { ...complete, groundRules: { inForce: true, coversCoreQuestions: true, partnersNotRatified: ['gemeente'] } };
    expect(assessStage(facts).stage).toBe(1);
    expect(criterion(facts, 'groundRules.ratifiedByAll').missing).toEqual(['gemeente']);
  });

  it('stops at stage 1 for a task without one accountable partner or an overdue review', () => {
    expect(assessStage({ ...complete, tasksWithoutOneAccountable: ['t1'] }).stage).toBe(1);
    expect(assessStage({ ...complete, agreementsReviewOverdue: ['a1'] }).stage).toBe(1);
    expect(assessStage({ ...complete, groundRules: { inForce: false, coversCoreQuestions: false, partnersNotRatified: [] } }).stage).toBe(1);
  });

  it('needs openness of at least 70 on at least k respondents for stage 3', () => {
    expect(assessStage({ ...complete, lastRoundOpenness: { value: 70, respondents: 3 } }).stage).toBe(3);
    expect(assessStage({ ...complete, lastRoundOpenness: { value: 69.99, respondents: 3 } }).stage).toBe(2);
    // A mean that is 70 in exact arithmetic may land a hair below it in doubles (DESIGN §5.2: 1e-9).
    expect(assessStage({ ...complete, lastRoundOpenness: { value: 70 - 1e-12, respondents: 3 } }).stage).toBe(3);
    expect(assessStage({ ...complete, lastRoundOpenness: { value: 70 - 2e-9, respondents: 3 } }).stage).toBe(2);
    expect(assessStage({ ...complete, lastRoundOpenness: { value: 90, respondents: 2 } }).stage).toBe(2);
    expect(assessStage({ ...complete, lastRoundOpenness: null }).stage).toBe(2);
  });

  it('holds stage 3 back for one closed round, no discussed difference, a downward spiral or polite consensus', () => {
    expect(assessStage({ ...complete, closedRounds: 1 }).stage).toBe(2);
    expect(assessStage({ ...complete, differencesDiscussedOrLater: 0 }).stage).toBe(2);
    expect(assessStage({ ...complete, downwardTrustSpiral: true }).stage).toBe(2);
    expect(assessStage({ ...complete, tooGoodToBeTrue: true }).stage).toBe(2);
  });

  it('does not skip a stage: stage-3 facts do not count while stage 2 is unmet', () => {
    expect(assessStage({ ...complete, tasksWithoutOneAccountable: ['t1'] }).stages[2]!.met).toBe(true);
    expect(assessStage({ ...complete, tasksWithoutOneAccountable: ['t1'] }).stage).toBe(1);
  });
});
