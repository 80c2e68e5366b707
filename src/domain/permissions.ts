import { forbidden } from '../errors.ts';
import { MIN_K } from './anonymity.ts';
import type { RoundDisclosure } from './disclosure.ts';
import type { Membership } from './membership.ts';
import { ROLES, type Role } from './roles.ts';

/**
 * Who may do what in a network (DESIGN §2), in one place. Use cases ask these functions; nothing
 * else compares roles. Two layers:
 *
 * - `ROLE_PERMISSIONS`: which roles may take an action at all (`permit(membership, 'story.write')`);
 * - the predicates below for the finer rules that depend on the thing acted on: a representative
 *   speaks for their own partner only, an author changes their own work, the coordinator directs.
 */

const EVERYONE = ROLES;
const COORDINATOR = ['coordinator'] as const satisfies readonly Role[];
/** Everyone who takes part: every role but the observer, who reads along. */
const PARTICIPANTS = ['coordinator', 'representative', 'member'] as const satisfies readonly Role[];
/** The coordinator and the representatives, who speak for the network or for a partner. */
const SPEAKERS = ['coordinator', 'representative'] as const satisfies readonly Role[];
const REPRESENTATIVE = ['representative'] as const satisfies readonly Role[];

/** The roles that may take each action in a network. */
export const ROLE_PERMISSIONS = {
  /** Read the network and everything in it that is not held back by another rule (drafts, scores under k). */
  'network.read': EVERYONE,
  'network.update': COORDINATOR,
  'audit.read': COORDINATOR,
  'invitation.manage': COORDINATOR,
  /** Link a partner to its organisation's identity provider, with the role mapping; approve who signs in through it. */
  'sso.manage': COORDINATOR,
  /** Hand a representative's role to a successor: the coordinator, or the representative themself (`mayHandOverRole`). */
  'role.handover': SPEAKERS,
  'partner.manage': COORDINATOR,
  /** Change a partner's profile: the coordinator, or that partner's representative (`actsForPartner`). */
  'profile.write': SPEAKERS,
  /** Write shared history: the coordinator, or a representative of a partner in it (`actsForAnyPartner`). */
  'history.write': SPEAKERS,
  /** Confirm a partner's history overview: the coordinator or that partner's representative. */
  'history.confirm': SPEAKERS,
  'agreement.manage': COORDINATOR,
  /** Write a new version: the coordinator, or a representative of a party (`actsForAnyPartner`). */
  'agreement.write': SPEAKERS,
  /** Consent or object, for one's own partner. */
  'agreement.ratify': REPRESENTATIVE,
  'task.manage': COORDINATOR,
  'capability.manage': COORDINATOR,
  /** Weekly slots and exceptions: the coordinator for any partner, a representative for their own. */
  'availability.schedule': SPEAKERS,
  'round.manage': COORDINATOR,
  /** Answer a round's questionnaire; who is invited is decided when the round opens. */
  'round.respond': EVERYONE,
  /** Read what respondents wrote under the open questions (never tied to a person or partner). */
  'openAnswer.read': COORDINATOR,
  'openAnswer.draft': COORDINATOR,
  'step.write': PARTICIPANTS,
  'story.write': PARTICIPANTS,
  'story.support': REPRESENTATIVE,
  'statement.write': PARTICIPANTS,
  'statement.support': REPRESENTATIVE,
  /** Name or move a difference: the coordinator, or a representative of a partner in it. */
  'difference.write': SPEAKERS,
  /** A partner's own view of a difference: only that partner's representative (`speaksFor`). */
  'difference.view': REPRESENTATIVE,
  'valueMap.manage': COORDINATOR,
  /** A partner's claimed contribution: the coordinator or that partner's representative. */
  'valueMap.claim': SPEAKERS,
  'request.write': REPRESENTATIVE,
  /** Keep a partner's offers: the coordinator or that partner's representative. */
  'offer.write': SPEAKERS,
  'offer.takeUp': REPRESENTATIVE,
  'goal.manage': COORDINATOR,
  'goal.accept': REPRESENTATIVE,
  /** Record progress: the coordinator or a representative of an involved partner. */
  'goal.progress': SPEAKERS,
  'session.manage': COORDINATOR,
  'decision.manage': COORDINATOR,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ROLE_PERMISSIONS;

/**
 * Whether the role may take the action at all.
 *
 * @example may({ role: 'observer' }, 'story.write') // false
 */
export function may(membership: Pick<Membership, 'role'>, action: Action): boolean {
  return (ROLE_PERMISSIONS[action] as readonly Role[]).includes(membership.role);
}

/**
 * Refuses (403 `forbidden`) a role that may not take the action; `reason` says why in words.
 *
 * @example permit(membership, 'round.manage');
 */
export function permit(membership: Pick<Membership, 'role'>, action: Action, reason?: string): void {
  if (!may(membership, action)) throw forbidden(reason);
}

/**
 * Throws 403 with `reason` unless `allowed`: for the finer rules below. TypeScript narrows on it.
 *
 * @example demand(actsForPartner(membership, partnerId), "Only this partner's representative or the coordinator");
 */
export function demand(allowed: boolean, reason: string): asserts allowed {
  if (!allowed) throw forbidden(reason);
}

/** The coordinator directs the network: sees drafts and response progress, changes anyone's work. */
export function directsNetwork(membership: Pick<Membership, 'role'>): boolean {
  return membership.role === 'coordinator';
}

/** Drafts made from a round's open answers are for the coordinator until published. */
export function seesDrafts(membership: Pick<Membership, 'role'>): boolean {
  return directsNetwork(membership);
}

/**
 * The partner a caller speaks for: a representative's own partner, otherwise none (a member works
 * at a partner but does not speak for it).
 */
export function partnerSpokenFor(membership: Pick<Membership, 'role' | 'partnerId'>): string | null {
  return membership.role === 'representative' ? membership.partnerId : null;
}

/** Whether the caller is a representative of this partner. */
export function speaksFor(membership: Pick<Membership, 'role' | 'partnerId'>, partnerId: string): boolean {
  const own = partnerSpokenFor(membership);
  return own !== null && own === partnerId;
}

/**
 * Whether the caller may act for this partner: the coordinator, or the partner's representative.
 *
 * @example actsForPartner({ role: 'representative', partnerId: 'p1' }, 'p1') // true
 */
export function actsForPartner(membership: Pick<Membership, 'role' | 'partnerId'>, partnerId: string): boolean {
  return directsNetwork(membership) || speaksFor(membership, partnerId);
}

/**
 * Whether the caller may act on something these partners share (a difference, a history entry, an
 * agreement's parties): the coordinator, or a representative of one of them.
 */
export function actsForAnyPartner(membership: Pick<Membership, 'role' | 'partnerId'>, partnerIds: readonly string[]): boolean {
  if (directsNetwork(membership)) return true;
  const own = partnerSpokenFor(membership);
  return own !== null && partnerIds.includes(own);
}

/**
 * Whether the caller may hand this person's role over to a successor: only a representative's
 * role can be handed over; the coordinator may do it for any representative, a representative
 * only for their own role.
 *
 * @example mayHandOverRole({ role: 'representative', partnerId: 'p1' }, 'u1', { userId: 'u1', role: 'representative', partnerId: 'p1' }) // true
 */
export function mayHandOverRole(
  membership: Pick<Membership, 'role' | 'partnerId'>,
  callerId: string,
  leaver: { userId: string; role: Role; partnerId: string | null },
): boolean {
  if (!may(membership, 'role.handover') || leaver.role !== 'representative' || leaver.partnerId === null) return false;
  return directsNetwork(membership) || (speaksFor(membership, leaver.partnerId) && callerId === leaver.userId);
}

/** The author of a story, statement, step or difference, or the coordinator, may change or delete it. */
export function mayEditOwnWork(membership: Pick<Membership, 'role'>, userId: string, authorId: string | null): boolean {
  return directsNetwork(membership) || (authorId !== null && userId === authorId);
}

/**
 * Whether the caller may see one measure of dyad A→B (trust, value or level) that rests on
 * `respondents` respondents of A, under the round's disclosure (DESIGN §5.3). On at least k
 * respondents everyone may; below k, in `organisation` mode the coordinator and the people of A
 * and of B may, in `strict` mode nobody, the coordinator included.
 *
 * @example maySeeDyad({ role: 'coordinator', partnerId: null }, { from: 'a', to: 'b' }, 1, { mode: 'strict', k: 3 }) // false
 */
export function maySeeDyad(
  membership: Pick<Membership, 'role' | 'partnerId'>,
  dyad: { from: string; to: string },
  respondents: number,
  disclosure: RoundDisclosure,
): boolean {
  if (respondents >= Math.max(disclosure.k, MIN_K)) return true;
  if (disclosure.mode === 'strict') return false;
  if (directsNetwork(membership)) return true;
  return membership.partnerId !== null && (membership.partnerId === dyad.from || membership.partnerId === dyad.to);
}

/**
 * The reader of what every member of the network sees (a session's agenda, a published page): it
 * may see what an observer may, so nothing on it rests on a dyad below k (DESIGN §5.3).
 */
export const EVERY_READER = { role: 'observer', partnerId: null } as const satisfies Pick<Membership, 'role' | 'partnerId'>;

/** While a round is open nobody sees scores or open answers; the coordinator sees response counts (§5.3). */
export function seesResponseProgress(membership: Pick<Membership, 'role'>): boolean {
  return directsNetwork(membership);
}

/**
 * Who may start a new network: the administrator of the installation, and a person who already
 * coordinates one. A representative, member or observer joins a network by invitation; starting
 * one is not their part (issue 11).
 */
export function mayStartNetwork(person: { isAdmin: boolean; roles: readonly Pick<Membership, 'role'>[] }): boolean {
  return person.isAdmin || person.roles.some(directsNetwork);
}
