import { describe, expect, it } from 'vitest';
import { agreementStatus, applyRatification, ratificationState, ratifyProblem, type AgreementFacts } from './agreement.ts';

const draft: AgreementFacts = { parties: ['ggz', 'lvb', 'gemeente'], proposedVersion: null, ratifications: [], versionInForce: null, ended: false };
const proposed: AgreementFacts = { ...draft, proposedVersion: 2 };

describe('agreement life cycle', () => {
  it('starts as a draft and becomes proposed', () => {
    expect(agreementStatus(draft)).toBe('draft');
    expect(agreementStatus(proposed)).toBe('proposed');
  });

  it('comes into force only when every party consented to the same version', () => {
    let facts = applyRatification(proposed, { partnerId: 'ggz', version: 2, decision: 'consent' });
    facts = applyRatification(facts, { partnerId: 'lvb', version: 2, decision: 'consent' });
    expect(agreementStatus(facts)).toBe('proposed');
    expect(ratificationState(facts, 2).waitingFor).toEqual(['gemeente']);
    facts = applyRatification(facts, { partnerId: 'gemeente', version: 2, decision: 'consent' });
    expect(agreementStatus(facts)).toBe('in_force');
    expect(facts.versionInForce).toBe(2);
  });

  it('is blocked by an objection, which needs a reason, until the party changes its mind', () => {
    expect(ratifyProblem(proposed, 'lvb', 2, 'objection', '  ')).toBe('objection_needs_reason');
    let facts = applyRatification(proposed, { partnerId: 'ggz', version: 2, decision: 'consent' });
    facts = applyRatification(facts, { partnerId: 'lvb', version: 2, decision: 'objection', reason: 'Geen capaciteit in het weekend' });
    facts = applyRatification(facts, { partnerId: 'gemeente', version: 2, decision: 'consent' });
    expect(agreementStatus(facts)).toBe('proposed');
    expect(ratificationState(facts, 2).objections).toEqual([{ partnerId: 'lvb', reason: 'Geen capaciteit in het weekend' }]);
    facts = applyRatification(facts, { partnerId: 'lvb', version: 2, decision: 'consent' });
    expect(agreementStatus(facts)).toBe('in_force');
  });

  it('keeps the ratified version in force while a newer version is proposed', () => {
    const inForce: AgreementFacts = { ...draft, versionInForce: 2, proposedVersion: 3, ratifications: [] };
    const facts = applyRatification(inForce, { partnerId: 'ggz', version: 3, decision: 'consent' });
    expect(agreementStatus(facts)).toBe('in_force');
    expect(facts.versionInForce).toBe(2);
  });

  it('refuses decisions by non-parties, on stale versions, without a proposal and after the end', () => {
    expect(ratifyProblem(draft, 'ggz', 1, 'consent')).toBe('not_proposed');
    expect(ratifyProblem(proposed, 'huisarts', 2, 'consent')).toBe('not_a_party');
    expect(ratifyProblem(proposed, 'ggz', 1, 'consent')).toBe('stale_version');
    expect(ratifyProblem({ ...proposed, ended: true }, 'ggz', 2, 'consent')).toBe('ended');
    expect(ratifyProblem(proposed, 'ggz', 2, 'consent')).toBeNull();
    expect(agreementStatus({ ...proposed, versionInForce: 1, ended: true })).toBe('ended');
  });

  it('ignores decisions of partners that are not parties when counting', () => {
    const facts = { ...proposed, ratifications: [{ partnerId: 'huisarts', version: 2, decision: 'consent' as const }] };
    expect(ratificationState(facts, 2).consented).toEqual([]);
  });
});
