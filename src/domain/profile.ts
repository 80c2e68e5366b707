import type { Role } from './roles.ts';

/**
 * The fields of a partner profile (DESIGN §3), in the order the UI shows them: drivers
 * (drijfveren), interests (belangen), values (waarden), work logic (werklogica), offer (wat wij
 * bieden), need (wat wij nodig hebben), competences (talenten), constituency (achterban) and the
 * risks the partner sees in its constituency. Offer and need hold one item per line.
 */
export const PROFILE_FIELDS = [
  'drivers',
  'interests',
  'values',
  'workLogic',
  'offer',
  'need',
  'competences',
  'constituency',
  'constituencyRisks',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileText = Record<ProfileField, string>;

/** A profile nobody has written yet: every field empty. */
export function emptyProfileText(): ProfileText {
  return Object.fromEntries(PROFILE_FIELDS.map((f) => [f, ''])) as ProfileText;
}

/**
 * Who may change a partner's profile (DESIGN §2): the coordinator, and the representatives of that
 * partner. Members, observers and representatives of other partners may read it only.
 *
 * @example mayEditProfile({ role: 'representative', partnerId: 'p1' }, 'p1') // true
 */
export function mayEditProfile(caller: { role: Role; partnerId: string | null }, partnerId: string): boolean {
  if (caller.role === 'coordinator') return true;
  return caller.role === 'representative' && caller.partnerId === partnerId;
}
