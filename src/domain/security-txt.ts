/**
 * The security.txt of an installation (RFC 9116): whom to tell about a vulnerability, until when
 * that holds, in which languages, and where the file lives. Served live from the configuration,
 * so the expiry moves along with it: half a year ahead, at midnight UTC, well inside the RFC's
 * advice of less than a year.
 *
 * @example securityTxt({ contact: 'mailto:security@gemeente.nl', canonical: 'https://ketenregie.gemeente.nl/.well-known/security.txt', now })
 */
export function securityTxt({ contact, canonical, now }: { contact: string; canonical: string; now: Date }): string {
  const expires = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 183));
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${canonical}`,
    '',
  ].join('\n');
}
