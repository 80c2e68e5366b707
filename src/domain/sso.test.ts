import { describe, expect, it } from 'vitest';
import { emailDomain, isLoopbackUrl, normaliseDomain, roleFromClaims } from './sso.ts';

describe('sso rules', () => {
  it('takes the domain of an e-mail address, and none of text without one', () => {
    expect(emailDomain(' Anna@Zorggroep.NL ')).toBe('zorggroep.nl');
    expect(emailDomain('anna@localhost')).toBeNull();
    expect(emailDomain('@zorggroep.nl')).toBeNull();
    expect(emailDomain('anna')).toBeNull();
  });

  it('normalises domains and refuses what is not one', () => {
    expect(normaliseDomain(' @Zorggroep.NL ')).toBe('zorggroep.nl');
    expect(normaliseDomain('wijk-team.gemeente.nl')).toBe('wijk-team.gemeente.nl');
    expect(normaliseDomain('zorggroep')).toBeNull();
    expect(normaliseDomain('anna@zorggroep.nl')).toBeNull();
    expect(normaliseDomain('-x.nl')).toBeNull();
  });

  it('maps claims to a role: the first matching rule, else the default, else none', () => {
    const link = {
      rules: [
        { claim: 'groups', value: 'vertegenwoordigers', role: 'representative' as const },
        { claim: 'afdeling', value: 'wijkteam', role: 'member' as const },
      ],
      defaultRole: null,
    };
    expect(roleFromClaims(link, { groups: ['medewerkers', 'vertegenwoordigers'] })).toBe('representative');
    expect(roleFromClaims(link, { groups: 'vertegenwoordigers' })).toBe('representative');
    expect(roleFromClaims(link, { afdeling: 'wijkteam', groups: [] })).toBe('member');
    expect(roleFromClaims(link, { groups: ['medewerkers'] })).toBeNull();
    expect(roleFromClaims(link, { groups: { vertegenwoordigers: true } })).toBeNull();
    expect(roleFromClaims({ ...link, defaultRole: 'member' }, {})).toBe('member');
  });

  it('allows plain HTTP only on this machine', () => {
    expect(isLoopbackUrl(new URL('http://127.0.0.1:4000'))).toBe(true);
    expect(isLoopbackUrl(new URL('http://localhost'))).toBe(true);
    expect(isLoopbackUrl(new URL('http://login.example.nl'))).toBe(false);
  });
});
