import { describe, expect, it } from 'vitest';
import { changesNothingTomorrow, decisionClaimProblem, differenceMoveProblem, whyNothingChanges, isDiscussedOrLater, requestMoveProblem, stepMoveProblem } from './development.ts';

describe('steps are chosen by the people who do them', () => {
  it('lets a person claim an open step for themselves', () => {
    expect(stepMoveProblem({ status: 'open', claimedBy: null }, 'claimed', 'ans')).toBeNull();
    expect(stepMoveProblem({ status: 'open', claimedBy: null }, 'claimed', 'ans', 'ans')).toBeNull();
  });
  it('refuses to claim a step for someone else, the coordinator included', () => {
    expect(stepMoveProblem({ status: 'open', claimedBy: null }, 'claimed', 'coordinator', 'ans')).toMatch(/Nobody assigns/);
  });
  it('leaves finishing, dropping and releasing to the claimer', () => {
    expect(stepMoveProblem({ status: 'claimed', claimedBy: 'ans' }, 'done', 'ans')).toBeNull();
    expect(stepMoveProblem({ status: 'claimed', claimedBy: 'ans' }, 'open', 'ans')).toBeNull();
    expect(stepMoveProblem({ status: 'claimed', claimedBy: 'ans' }, 'done', 'piet')).toMatch(/Only the person/);
    expect(stepMoveProblem({ status: 'done', claimedBy: 'ans' }, 'open', 'ans')).toMatch(/cannot become/);
    expect(stepMoveProblem({ status: 'open', claimedBy: null }, 'done', 'ans')).toMatch(/cannot become/);
  });
});

describe('requests', () => {
  it('follow open → accepted → fulfilled by the right party', () => {
    expect(requestMoveProblem('open', 'accepted', 'recipient')).toBeNull();
    expect(requestMoveProblem('open', 'accepted', 'requester')).toMatch(/Only the recipient/);
    expect(requestMoveProblem('accepted', 'fulfilled', 'requester')).toBeNull();
    expect(requestMoveProblem('accepted', 'fulfilled', 'recipient')).toMatch(/Only the requester/);
    expect(requestMoveProblem('open', 'withdrawn', 'requester')).toBeNull();
    expect(requestMoveProblem('fulfilled', 'withdrawn', 'requester')).toMatch(/cannot become/);
  });
  it('need a reason to be declined', () => {
    expect(requestMoveProblem('open', 'declined', 'recipient', '')).toMatch(/why/);
    expect(requestMoveProblem('open', 'declined', 'recipient', 'Geen capaciteit')).toBeNull();
  });
});

describe('differences', () => {
  it('move forward one step at a time', () => {
    expect(differenceMoveProblem('named', 'explored')).toBeNull();
    expect(differenceMoveProblem('named', 'discussed')).toMatch(/cannot become/);
    expect(differenceMoveProblem('discussed', 'accepted')).toBeNull();
    expect(differenceMoveProblem('accepted', 'named')).toMatch(/cannot become/);
  });
  it('name the agreement that resolved them', () => {
    expect(differenceMoveProblem('discussed', 'resolved')).toMatch(/Name the agreement/);
    expect(differenceMoveProblem('discussed', 'resolved', 'a1')).toBeNull();
  });
  it('count as discussed from "discussed" on', () => {
    expect(['named', 'explored', 'discussed', 'resolved', 'accepted'].map((s) => isDiscussedOrLater(s as never))).toEqual([false, false, true, true, true]);
  });
});

describe('decisions', () => {
  it('change nothing tomorrow without a step that has an owner and a date', () => {
    expect(changesNothingTomorrow([])).toBe(true);
    expect(changesNothingTomorrow([{ ownerId: 'ans', dueOn: null }, { ownerId: null, dueOn: '2026-12-01' }])).toBe(true);
    expect(changesNothingTomorrow([{ ownerId: 'ans', dueOn: '2026-12-01' }])).toBe(false);
  });
});

describe('why a decision changes nothing tomorrow', () => {
  it('names what is missing: a step, someone who claims it, or its date', () => {
    expect(whyNothingChanges([])).toBe('no_step');
    expect(whyNothingChanges([{ ownerId: null, dueOn: '2026-12-01' }])).toBe('not_claimed');
    expect(whyNothingChanges([{ ownerId: null, dueOn: null }, { ownerId: 'ans', dueOn: null }])).toBe('no_date');
    expect(whyNothingChanges([{ ownerId: 'ans', dueOn: null }, { ownerId: 'bo', dueOn: '2026-12-01' }])).toBeNull();
  });
  it('asks a date of whoever claims a step that serves a decision, and of nobody else', () => {
    expect(decisionClaimProblem('decision', null)).toMatch(/dueOn/);
    expect(decisionClaimProblem('decision', undefined)).toMatch(/dueOn/);
    expect(decisionClaimProblem('decision', '')).toMatch(/dueOn/);
    expect(decisionClaimProblem('decision', '2026-12-01')).toBeNull();
    expect(decisionClaimProblem('story', null)).toBeNull();
    expect(decisionClaimProblem(null, null)).toBeNull();
  });
});
