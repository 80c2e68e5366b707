/**
 * Dutch organisation identifiers a partner may give (all optional):
 * - KvK-nummer: the Chamber of Commerce number, 8 digits;
 * - AGB-code: the Vektis care-provider code, 8 digits;
 * - URA-nummer: the UZI register subscriber number of a care organisation, 8 digits.
 * Spaces and dots people type are tolerated and removed.
 *
 * @example normalizeIdentifier('kvk', '1234 5678') // { value: '12345678' }
 */
export type IdentifierKind = 'kvk' | 'agb' | 'ura';

const LABEL: Record<IdentifierKind, string> = { kvk: 'KvK number', agb: 'AGB code', ura: 'URA number' };

export function normalizeIdentifier(kind: IdentifierKind, raw: string): { value: string } | { error: string } {
  const value = raw.replace(/[\s.]/g, '');
  if (!/^\d{8}$/.test(value)) return { error: `A ${LABEL[kind]} has exactly 8 digits` };
  return { value };
}
