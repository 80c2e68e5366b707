import type { Role } from './roles.ts';

/**
 * A person's role in one network: what the network-role middleware resolves for every
 * `/api/networks/{networkId}/…` request, and what the permission rules of `permissions.ts` judge.
 *
 * @example { networkId: '…', role: 'representative', partnerId: '…' }
 */
export interface Membership {
  networkId: string;
  role: Role;
  /** The partner a representative speaks for or a member works at; null for the others. */
  partnerId: string | null;
}

/**
 * Who acts, for the audit log: a person and the address they came from, or the system itself
 * (`userId: null`) when a job acts at its moment.
 */
export interface Actor {
  userId: string | null;
  ip: string | null;
}

/** A person who acts (never the system). */
export type PersonActor = Actor & { userId: string };

/**
 * The caller of a network use case: who they are and what they are in that network.
 *
 * @example createStory(deps, { ...caller, story })
 */
export interface NetworkCaller {
  actor: PersonActor;
  membership: Membership;
}

/** A signed-in person, as the session resolves them. */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
}
