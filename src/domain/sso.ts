
/**
 * Single sign-on per partner organisation (issue 14): which provider serves an e-mail address,
 * and which role a person's claims give them at a partner. Pure rules; the protocol is
 * openid-client's.
 */

/** The roles a link can give: a partner's representative or member. */
export type SsoRole = 'representative' | 'member';

/** One rule of a link's mapping: when the claim (a string or a list, such as `groups`) holds the value, the role. */
export interface SsoRoleRule {
  claim: string;
  value: string;
  role: SsoRole;
}

/** The domain of an e-mail address, lower case, or null when it has none. */
export function emailDomain(email: string): string | null {
  const at = email.trim().lastIndexOf('@');
  if (at < 1) return null;
  const domain = email.trim().slice(at + 1).toLowerCase();
  return domain.includes('.') ? domain : null;
}

/** A domain as an administrator typed it, normalised ("@Zorg.NL " → "zorg.nl"), or null when it is none. */
export function normaliseDomain(input: string): string | null {
  const domain = input.trim().replace(/^@/, '').toLowerCase();
  return /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain) ? domain : null;
}

/** Whether a claim (a string, or a list such as `groups` or `roles`) holds the value. */
function claimHolds(claim: unknown, value: string): boolean {
  if (typeof claim === 'string') return claim === value;
  if (Array.isArray(claim)) return claim.some((item) => item === value);
  return false;
}

/**
 * The role a person gets at the linked partner: the first rule whose claim holds its value, else
 * the link's default role, else none (the person gets no membership through this link).
 *
 * @example roleFromClaims({ rules: [{ claim: 'groups', value: 'ketenregie-vertegenwoordigers', role: 'representative' }], defaultRole: 'member' }, { groups: ['ketenregie-vertegenwoordigers'] }) // 'representative'
 */
export function roleFromClaims(link: { rules: readonly SsoRoleRule[]; defaultRole: SsoRole | null }, claims: Record<string, unknown>): SsoRole | null {
  for (const rule of link.rules) if (claimHolds(claims[rule.claim], rule.value)) return rule.role;
  return link.defaultRole;
}

/** Whether an issuer may be reached over plain HTTP: only on this machine (tests, a local provider). */
export function isLoopbackUrl(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
