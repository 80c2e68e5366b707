/**
 * Rules of the dialogue and development part (DESIGN §4, §5.8): self-chosen steps, requests
 * between partners, differences on the agenda, and decisions that must change something tomorrow.
 */

// Steps: open → claimed → done or dropped; only the person who will do it claims it.
export type StepStatus = 'open' | 'claimed' | 'done' | 'dropped';
const STEP_MOVES: Record<StepStatus, StepStatus[]> = { open: ['claimed', 'dropped'], claimed: ['done', 'dropped', 'open'], done: [], dropped: [] };

/**
 * Whether `actorId` may move a step to `to`. Claiming is for oneself only: nobody, the coordinator
 * included, assigns a step to someone else; finishing, dropping or releasing is for the claimer.
 */
export function stepMoveProblem(step: { status: StepStatus; claimedBy: string | null }, to: StepStatus, actorId: string, claimFor?: string): string | null {
  if (!STEP_MOVES[step.status].includes(to)) return `A step that is ${step.status} cannot become ${to}`;
  if (to === 'claimed' && claimFor !== undefined && claimFor !== actorId) return 'Nobody assigns a step to someone else: people claim their own steps';
  if (step.status === 'claimed' && step.claimedBy !== actorId) return 'Only the person who claimed this step can change it';
  return null;
}

// Requests: open → accepted or declined (with a reason) → fulfilled (confirmed by the requester) or withdrawn.
export type RequestStatus = 'open' | 'accepted' | 'declined' | 'fulfilled' | 'withdrawn';
export type RequestParty = 'requester' | 'recipient';
const REQUEST_MOVES: Record<RequestStatus, Partial<Record<RequestStatus, RequestParty>>> = {
  open: { accepted: 'recipient', declined: 'recipient', withdrawn: 'requester' },
  accepted: { fulfilled: 'requester', withdrawn: 'requester' },
  declined: {},
  fulfilled: {},
  withdrawn: {},
};

/** Whether `party` may move a request to `to`; a decline needs a reason. */
export function requestMoveProblem(from: RequestStatus, to: RequestStatus, party: RequestParty, reason?: string | null): string | null {
  const allowed = REQUEST_MOVES[from][to];
  if (!allowed) return `A request that is ${from} cannot become ${to}`;
  if (allowed !== party) return `Only the ${allowed} can make a request ${to}`;
  if (to === 'declined' && !reason?.trim()) return 'Say why you decline';
  return null;
}

// Differences: named → explored → discussed → resolved (with the resolving agreement) or accepted.
export const DIFFERENCE_STATUSES = ['named', 'explored', 'discussed', 'resolved', 'accepted'] as const;
export type DifferenceStatus = (typeof DIFFERENCE_STATUSES)[number];

/** Differences only move forward, one step at a time, and a resolution names its agreement. */
export function differenceMoveProblem(from: DifferenceStatus, to: DifferenceStatus, resolvingAgreementId?: string | null): string | null {
  const order = DIFFERENCE_STATUSES.indexOf(from);
  const forward: Record<DifferenceStatus, DifferenceStatus[]> = {
    named: ['explored'],
    explored: ['discussed'],
    discussed: ['resolved', 'accepted'],
    resolved: [],
    accepted: [],
  };
  if (!forward[from].includes(to)) return `A difference that is ${from} (step ${order + 1}) cannot become ${to}`;
  if (to === 'resolved' && !resolvingAgreementId) return 'Name the agreement that resolved this difference';
  return null;
}

/** "Discussed or later" counts for the stage assessment (DESIGN §5.5). */
export function isDiscussedOrLater(status: DifferenceStatus): boolean {
  return DIFFERENCE_STATUSES.indexOf(status) >= DIFFERENCE_STATUSES.indexOf('discussed');
}

/** A decision changes nothing tomorrow unless it has a consequence: a step with an owner and a date. */
export function changesNothingTomorrow(consequences: { ownerId: string | null; dueOn: string | null }[]): boolean {
  return !consequences.some((c) => c.ownerId !== null && c.dueOn !== null);
}

/**
 * Why a decision changes nothing tomorrow, so that the page can say what is missing: no step yet,
 * steps nobody has claimed, or claimed steps without a date. Null when it does change something.
 * Dropped steps are left out by the caller.
 */
export function whyNothingChanges(consequences: { ownerId: string | null; dueOn: string | null }[]): 'no_step' | 'not_claimed' | 'no_date' | null {
  if (!changesNothingTomorrow(consequences)) return null;
  if (consequences.length === 0) return 'no_step';
  return consequences.some((c) => c.ownerId !== null) ? 'no_date' : 'not_claimed';
}

/**
 * Claiming a step that serves a decision makes it a consequence (DESIGN §5.8), so it needs the day
 * it will be done: returns the problem, or null.
 */
export function decisionClaimProblem(servesKind: string | null, dueOn: string | null | undefined): string | null {
  return servesKind === 'decision' && !dueOn ? 'Give the day the step will be done (dueOn): a consequence of a decision has an owner and a date' : null;
}
