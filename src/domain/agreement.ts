/**
 * The life cycle of an agreement (issue 4) as a pure state machine over its ratification facts:
 * draft → proposed (one specific version) → in force once every party's representative has
 * consented to that same version. An objection (with a reason) blocks. Proposing a newer version
 * keeps the version in force until the newer one is ratified. Ending is final.
 */

export type AgreementStatus = 'draft' | 'proposed' | 'in_force' | 'ended';

export interface Ratification {
  partnerId: string;
  version: number;
  decision: 'consent' | 'objection';
  reason?: string | null;
}

export interface AgreementFacts {
  /** Partners that are party to the agreement. */
  parties: string[];
  /** The version put up for ratification, if any. */
  proposedVersion: number | null;
  /** The latest decision of each party, per version. */
  ratifications: Ratification[];
  /** The version that became binding last, if any. */
  versionInForce: number | null;
  ended: boolean;
}

export interface RatificationState {
  version: number;
  consented: string[];
  objections: { partnerId: string; reason: string }[];
  waitingFor: string[];
  complete: boolean;
}

/** Where the ratification of `version` stands: who consented, who objected, who has not decided. */
export function ratificationState(facts: AgreementFacts, version: number): RatificationState {
  const latest = new Map<string, Ratification>();
  for (const r of facts.ratifications) if (r.version === version && facts.parties.includes(r.partnerId)) latest.set(r.partnerId, r);
  const consented = facts.parties.filter((p) => latest.get(p)?.decision === 'consent');
  const objections = facts.parties
    .filter((p) => latest.get(p)?.decision === 'objection')
    .map((p) => ({ partnerId: p, reason: latest.get(p)?.reason ?? '' }));
  const waitingFor = facts.parties.filter((p) => !latest.has(p));
  return { version, consented, objections, waitingFor, complete: facts.parties.length > 0 && consented.length === facts.parties.length };
}

/**
 * The agreement's status: ended; in force (a ratified version binds, also while a newer version
 * is proposed); proposed; or draft.
 */
export function agreementStatus(facts: AgreementFacts): AgreementStatus {
  if (facts.ended) return 'ended';
  if (facts.versionInForce !== null) return 'in_force';
  if (facts.proposedVersion !== null) return 'proposed';
  return 'draft';
}

export type RatifyProblem = 'not_proposed' | 'not_a_party' | 'stale_version' | 'ended' | 'objection_needs_reason';

/** Whether `partnerId` may record a decision on `version` now; the reason why not otherwise. */
export function ratifyProblem(facts: AgreementFacts, partnerId: string, version: number, decision: Ratification['decision'], reason?: string | null): RatifyProblem | null {
  if (facts.ended) return 'ended';
  if (facts.proposedVersion === null) return 'not_proposed';
  if (!facts.parties.includes(partnerId)) return 'not_a_party';
  if (version !== facts.proposedVersion) return 'stale_version';
  if (decision === 'objection' && !reason?.trim()) return 'objection_needs_reason';
  return null;
}

/**
 * Applies a decision and returns the new facts: when the last party consents, the proposed
 * version comes into force and is no longer "proposed".
 */
export function applyRatification(facts: AgreementFacts, decision: Ratification): AgreementFacts {
  const ratifications = [...facts.ratifications.filter((r) => !(r.partnerId === decision.partnerId && r.version === decision.version)), decision];
  const next = { ...facts, ratifications };
  if (facts.proposedVersion !== null && ratificationState(next, facts.proposedVersion).complete) {
    return { ...next, versionInForce: facts.proposedVersion, proposedVersion: null };
  }
  return next;
}
