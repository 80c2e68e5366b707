import { DEFAULT_K, MIN_K } from './anonymity.ts';

/**
 * Who sees a round's pair ratings (DESIGN §5.3), chosen when the round is planned:
 * - `organisation`: a dyad A→B is a statement of organisation A, shown to the coordinator and to
 *   A and B whatever the number of A's respondents;
 * - `strict`: a dyad on fewer than k respondents of A is shown to nobody, nor anything derived from it.
 */
export const DISCLOSURE_MODES = ['organisation', 'strict'] as const;
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number];
export const DEFAULT_DISCLOSURE_MODE: DisclosureMode = 'organisation';

/**
 * The rule a round's scores are shown under: its mode and the k in force when it opened (the
 * network's k of today for a round that has not opened yet).
 *
 * @example { mode: 'strict', k: 3 }
 */
export interface RoundDisclosure {
  mode: DisclosureMode;
  k: number;
}

/**
 * The disclosure of a round from what is stored: the k frozen at opening, or the network's k while
 * the round is a draft. Never below the minimum k.
 *
 * @example roundDisclosure({ disclosure_mode: 'strict', anonymity_k: 2 }, 4) // { mode: 'strict', k: 2 }
 */
export function roundDisclosure(round: { disclosure_mode: DisclosureMode; anonymity_k: number | null }, networkK: number = DEFAULT_K): RoundDisclosure {
  return { mode: round.disclosure_mode, k: Math.max(round.anonymity_k ?? networkK, MIN_K) };
}

/**
 * What the partner step of the questionnaire tells a respondent before they rate partners: the
 * mode, k, how many people of their organisation were invited and whether they are its only one
 * (then, in organisation mode, the coordinator and the rated partners see their own ratings).
 *
 * @example disclosureNotice({ mode: 'organisation', k: 3 }, 1) // { mode: 'organisation', k: 3, invitedOfOrganisation: 1, onlyRespondent: true, ratingsShownAsOwn: true }
 */
export function disclosureNotice(disclosure: RoundDisclosure, invitedOfOrganisation: number) {
  const onlyRespondent = invitedOfOrganisation <= 1;
  return {
    mode: disclosure.mode,
    k: disclosure.k,
    invitedOfOrganisation,
    onlyRespondent,
    /** Whether the coordinator and the rated partners can read this person's own ratings. */
    ratingsShownAsOwn: disclosure.mode === 'organisation' && onlyRespondent,
  };
}
