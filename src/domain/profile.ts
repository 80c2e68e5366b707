
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
