/**
 * Which two partners the comparison shows: "us" (wij) and "them" (zij/hen), always two different
 * ones. What the address asks for counts first; then one's own organisation is "us", never
 * "them"; what is still open is the first other partner in the list.
 *
 * @example comparePair({ a: null, b: 'ggz', mine: 'ggz', partnerIds: ['ggz', 'ster'] }) // { us: 'ggz', them: 'ster' }
 */
export function comparePair({ a, b, mine, partnerIds }: { a: string | null; b: string | null; mine: string | null; partnerIds: readonly string[] }): { us: string | null; them: string | null } {
  const known = (id: string | null) => (id !== null && partnerIds.includes(id) ? id : null);
  let us = known(a);
  let them = known(b);
  const own = known(mine);
  // Asked to compare one's own organisation as "them": it belongs on our side.
  if (us === null && them !== null && them === own) [us, them] = [own, null];
  us ??= own !== them ? own : null;
  const firstOther = (other: string | null) => partnerIds.find((id) => id !== other) ?? null;
  us ??= firstOther(them);
  if (them === null || them === us) them = firstOther(us);
  return { us, them };
}

/** The partners in the order of the select: one's own organisation first, the others as given. */
export function ownFirst<T extends { id: string }>(options: readonly T[], mine: string | null): T[] {
  return [...options.filter((o) => o.id === mine), ...options.filter((o) => o.id !== mine)];
}
