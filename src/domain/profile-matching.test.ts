import { describe, expect, it } from 'vitest';
import { profileItems, profileMatches, wordKey } from './profile-matching.ts';

describe('profileItems', () => {
  it('takes one item per line, without bullets, numbering or empty lines', () => {
    expect(profileItems('- Crisisbeoordeling binnen 24 uur\r\n\n  • Nazorg na opname  \n2. Advies aan huisartsen\n1) Scholing')).toEqual([
      'Crisisbeoordeling binnen 24 uur',
      'Nazorg na opname',
      'Advies aan huisartsen',
      'Scholing',
    ]);
    expect(profileItems('')).toEqual([]);
    expect(profileItems(' \n \n')).toEqual([]);
  });
  it('keeps a hyphen that belongs to the text', () => {
    expect(profileItems('LVB-deskundigheid')).toEqual(['LVB-deskundigheid']);
  });
});

describe('wordKey', () => {
  it('drops Dutch and English stop words, short words and numbers', () => {
    for (const word of ['binnen', 'voor', 'Onze', 'the', 'with', 'bij', 'de', '24', '2026', 'is']) expect(wordKey(word), word).toBeNull();
  });
  it('ignores case, diacritics and common endings', () => {
    expect(wordKey('Cliënten')).toBe(wordKey('client'));
    expect(wordKey('afspraken')).toBe(wordKey('afspraak'));
    expect(wordKey('huisartsen')).toBe(wordKey('huisarts'));
    expect(wordKey('snelle')).toBe(wordKey('snel'));
    expect(wordKey('bedrijven')).toBe(wordKey('bedrijf'));
    expect(wordKey('woningen')).toBe(wordKey('woning'));
    expect(wordKey('mogelijkheden')).toBe(wordKey('mogelijkheid'));
    expect(wordKey('escalaties')).toBe(wordKey('escalatie'));
    expect(wordKey('services')).toBe(wordKey('service'));
  });
  it('keeps different words apart', () => {
    expect(wordKey('zorg')).not.toBe(wordKey('jeugd'));
    expect(wordKey('bed')).not.toBe(wordKey('bod'));
  });
});

describe('profileMatches', () => {
  const ggz = {
    partnerId: 'ggz',
    offer: 'Crisisbeoordeling binnen 24 uur\nPsychiatrische consultatie voor huisartsen',
    need: 'Een vast aanspreekpunt bij de gemeente',
  };
  const lvb = {
    partnerId: 'lvb',
    offer: 'Logeerplekken voor jongeren met een LVB',
    need: 'Snelle crisisbeoordeling bij escalatie\nConsultatie over psychiatrische problematiek',
  };
  const gemeente = { partnerId: 'gemeente', offer: 'Aanspreekpunt voor alle partners', need: 'Logeerplek voor jongeren in crisis' };

  it('finds the example of the crisis route: an offer of crisis assessment meets a need for it', () => {
    const [forGgz] = profileMatches([ggz, lvb]);
    expect(forGgz!.partnerId).toBe('ggz');
    expect(forGgz!.matches[0]).toEqual({
      partnerId: 'lvb',
      offerLine: 'Crisisbeoordeling binnen 24 uur',
      needLine: 'Snelle crisisbeoordeling bij escalatie',
      sharedWords: ['crisisbeoordeling'],
      offerWords: ['Crisisbeoordeling'],
      needWords: ['crisisbeoordeling'],
    });
  });

  it('lists every pair of lines that share a word, per partner, in the order given', () => {
    const result = profileMatches([ggz, lvb, gemeente]);
    expect(result.map((r) => r.partnerId)).toEqual(['ggz', 'lvb', 'gemeente']);
    const forGgz = result[0]!.matches;
    expect(forGgz.map((m) => [m.partnerId, m.offerLine, m.needLine])).toEqual([
      ['lvb', 'Crisisbeoordeling binnen 24 uur', 'Snelle crisisbeoordeling bij escalatie'],
      ['lvb', 'Psychiatrische consultatie voor huisartsen', 'Consultatie over psychiatrische problematiek'],
    ]);
    expect(forGgz[1]!.sharedWords).toEqual(['psychiatrische', 'consultatie']);
    expect(forGgz[1]!.needWords).toEqual(['Consultatie', 'psychiatrische']);

    const forLvb = result[1]!.matches;
    expect(forLvb).toHaveLength(1);
    expect(forLvb[0]).toMatchObject({ partnerId: 'gemeente', sharedWords: ['logeerplekken', 'jongeren'], needWords: ['Logeerplek', 'jongeren'] });

    const forGemeente = result[2]!.matches;
    expect(forGemeente).toEqual([
      expect.objectContaining({ partnerId: 'ggz', offerLine: 'Aanspreekpunt voor alle partners', needLine: 'Een vast aanspreekpunt bij de gemeente', sharedWords: ['aanspreekpunt'] }),
    ]);
  });

  it('does not match on stop words, short words or numbers alone', () => {
    const a = { partnerId: 'a', offer: 'Wij zijn er voor u binnen 24 uur', need: '' };
    const b = { partnerId: 'b', offer: '', need: 'Voor ons is het binnen 24 uur nodig' };
    expect(profileMatches([a, b])[0]!.matches).toEqual([]);
  });

  it("never matches a partner's offer with its own need", () => {
    const self = { partnerId: 'self', offer: 'Dagbesteding', need: 'Dagbesteding' };
    expect(profileMatches([self])).toEqual([{ partnerId: 'self', matches: [] }]);
  });

  it('returns every partner, also without offer or need', () => {
    expect(profileMatches([{ partnerId: 'leeg', offer: '', need: '' }, lvb])).toEqual([
      { partnerId: 'leeg', matches: [] },
      { partnerId: 'lvb', matches: [] },
    ]);
  });
});
