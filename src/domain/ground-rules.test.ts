import { describe, expect, it } from 'vitest';
import { answeredCoreQuestions, CORE_QUESTIONS, coversCoreQuestions, GROUND_RULE_SECTIONS, groundRulesTemplate, groundRulesTitle } from './ground-rules.ts';

/** The template with an answer of its own under every section heading. */
function answered(lang: 'nl' | 'en', answers: Partial<Record<(typeof CORE_QUESTIONS)[number], string>>): string {
  let body = groundRulesTemplate(lang);
  for (const key of CORE_QUESTIONS) {
    const heading = GROUND_RULE_SECTIONS[key].heading[lang];
    const answer = answers[key];
    if (answer === undefined) continue;
    body = body.replace(new RegExp(`(## \\d\\. ${heading}\\n\\n(?:>.*\\n)+)`), `$1\n${answer}\n`);
  }
  return body;
}

const FULL = {
  roles: 'GGZ Noord beoordeelt binnen 24 uur; Stichting Ster levert de LVB-expertise.',
  information: 'We delen alleen wat nodig is voor de beoordeling, met toestemming van het gezin.',
  risks: 'Een partner meldt wachtlijsten langer dan vier weken binnen een week aan de regisseur.',
  reflection: 'Elk halfjaar een reflectieronde; de omgangsregels evalueren we jaarlijks in maart.',
};

describe('ground-rules template', () => {
  it('has the four core questions as numbered sections with guiding questions, in Dutch and in English', () => {
    for (const lang of ['nl', 'en'] as const) {
      const body = groundRulesTemplate(lang);
      expect(body.startsWith(`# ${groundRulesTitle(lang)}\n`)).toBe(true);
      const headings = body.split('\n').filter((l) => l.startsWith('## '));
      expect(headings).toEqual(CORE_QUESTIONS.map((key, i) => `## ${i + 1}. ${GROUND_RULE_SECTIONS[key].heading[lang]}`));
      for (const key of CORE_QUESTIONS) {
        expect(GROUND_RULE_SECTIONS[key].questions[lang].length).toBeGreaterThanOrEqual(3);
        for (const q of GROUND_RULE_SECTIONS[key].questions[lang]) expect(body).toContain(`> - ${q}`);
      }
    }
    expect(groundRulesTemplate('nl')).toContain('## 1. Wie doet wat');
    expect(groundRulesTemplate('en')).toContain('## 3. Risks in the constituency');
  });

  it('gives as many guiding questions in Dutch as in English for each section', () => {
    for (const key of CORE_QUESTIONS) expect(GROUND_RULE_SECTIONS[key].questions.nl.length).toBe(GROUND_RULE_SECTIONS[key].questions.en.length);
  });
});

describe('coversCoreQuestions', () => {
  it('is false for the bare template: the guiding questions are not an answer', () => {
    expect(coversCoreQuestions(groundRulesTemplate('nl'))).toBe(false);
    expect(coversCoreQuestions(groundRulesTemplate('en'))).toBe(false);
    expect(answeredCoreQuestions(groundRulesTemplate('nl'))).toEqual([]);
  });

  it('is true when every section has an answer of its own beneath the questions, in either language', () => {
    expect(coversCoreQuestions(answered('nl', FULL))).toBe(true);
    expect(coversCoreQuestions(answered('en', FULL))).toBe(true);
  });

  it('names exactly the sections that are answered', () => {
    const body = answered('nl', { roles: FULL.roles, risks: FULL.risks });
    expect(answeredCoreQuestions(body)).toEqual(['roles', 'risks']);
    expect(coversCoreQuestions(body)).toBe(false);
  });

  it('is false when a section heading is missing, even with all the text present elsewhere', () => {
    const body = answered('nl', FULL).replace('## 4. Reflectie op de samenwerking', '');
    expect(answeredCoreQuestions(body)).toEqual(['roles', 'information', 'risks']);
  });

  it('needs at least three words of one’s own: "n.v.t." or a dash is no answer', () => {
    expect(answeredCoreQuestions(answered('nl', { ...FULL, information: 'n.v.t.' }))).toEqual(['roles', 'risks', 'reflection']);
    expect(answeredCoreQuestions(answered('nl', { ...FULL, information: '-' }))).toEqual(['roles', 'risks', 'reflection']);
    expect(answeredCoreQuestions(answered('nl', { ...FULL, information: 'Alleen met toestemming.' }))).toContain('information');
  });

  it('accepts headings without numbers, at another level, and with different case or apostrophes', () => {
    const body = [
      '# Onze regels',
      '### wie doet wat',
      '- De wijkteams zijn de voordeur voor gezinnen.',
      '### Gedeelde informatie en kennis',
      'We gebruiken alleen het beveiligde kanaal.',
      "### Risico's in de achterban",
      'Bezuinigingen melden we meteen in het overleg.',
      '### REFLECTIE OP DE SAMENWERKING:',
      'Twee keer per jaar kijken we terug.',
    ].join('\n');
    expect(coversCoreQuestions(body)).toBe(true);
  });

  it('does not count text under another heading of the same level, nor inside an HTML comment', () => {
    const body = answered('nl', { ...FULL, reflection: '<!-- hier komt later een antwoord van de werkgroep -->' }) + '\n## Bijlage\nDe reflectie gebeurt elk kwartaal in de stuurgroep.\n';
    expect(answeredCoreQuestions(body)).toEqual(['roles', 'information', 'risks']);
  });

  it('counts text under a subheading inside a section', () => {
    const body = answered('en', { ...FULL, roles: '### At night\nThe crisis service answers every call.' });
    expect(coversCoreQuestions(body)).toBe(true);
  });

  it('mixes languages: a Dutch heading with an English answer counts', () => {
    const body = answered('nl', FULL).replace(FULL.roles, 'The crisis service assesses within a day.');
    expect(coversCoreQuestions(body)).toBe(true);
  });
});
