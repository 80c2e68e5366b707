import { describe, expect, it } from 'vitest';
import { securityTxt } from './security-txt.ts';

describe('security.txt', () => {
  it('names the contact, an expiry half a year ahead at midnight UTC, the languages and its own address', () => {
    const text = securityTxt({ contact: 'mailto:security@gemeente.example', canonical: 'https://keten.gemeente.example/.well-known/security.txt', now: new Date('2026-12-07T15:30:00Z') });
    expect(text).toBe(
      'Contact: mailto:security@gemeente.example\n' +
        'Expires: 2027-06-08T00:00:00Z\n' +
        'Preferred-Languages: nl, en\n' +
        'Canonical: https://keten.gemeente.example/.well-known/security.txt\n',
    );
  });

  it('always expires less than a year ahead (RFC 9116, 2.5.5)', () => {
    for (const day of ['2026-01-01T00:00:00Z', '2027-02-28T23:59:59Z', '2028-02-29T12:00:00Z']) {
      const now = new Date(day);
      const expires = Date.parse(/Expires: (\S+)/.exec(securityTxt({ contact: 'mailto:a@b.example', canonical: 'https://b.example/.well-known/security.txt', now }))![1]!);
      expect(expires - now.getTime()).toBeGreaterThan(180 * 86_400_000);
      expect(expires - now.getTime()).toBeLessThan(365 * 86_400_000);
    }
  });
});
