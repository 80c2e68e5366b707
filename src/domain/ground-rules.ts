/**
 * The ground-rules template (issue 4, DESIGN §4 stage 2): four sections, one per core question a
 * network answers before trust can exist, each with guiding questions. The same sections in Dutch
 * and English; `coversCoreQuestions` checks that a body answers all four in either language.
 */

export type TemplateLanguage = 'nl' | 'en';

export const CORE_QUESTIONS = ['roles', 'information', 'risks', 'reflection'] as const;
export type CoreQuestion = (typeof CORE_QUESTIONS)[number];

interface Section {
  heading: Record<TemplateLanguage, string>;
  questions: Record<TemplateLanguage, string[]>;
}

export const GROUND_RULE_SECTIONS: Record<CoreQuestion, Section> = {
  roles: {
    heading: { nl: 'Wie doet wat', en: 'Who does what' },
    questions: {
      nl: [
        'Welke taak neemt elke partner op zich in de route, en waar houdt die taak op?',
        'Wie is per taak eindverantwoordelijk, en wie moet vooraf geraadpleegd of achteraf geïnformeerd worden?',
        'Wie is namens elke partner het vaste aanspreekpunt, en wie vervangt die bij afwezigheid?',
        'Wat doen we als een taak tussen twee partners in valt en niemand zich eigenaar voelt?',
      ],
      en: [
        'Which task does each partner take on in the route, and where does that task end?',
        'Who is ultimately accountable for each task, and who must be consulted beforehand or informed afterwards?',
        'Who is the fixed contact for each partner, and who stands in when they are away?',
        'What do we do when a task falls between two partners and nobody feels it is theirs?',
      ],
    },
  },
  information: {
    heading: { nl: 'Gedeelde informatie en kennis', en: 'Shared information and knowledge' },
    questions: {
      nl: [
        'Welke informatie delen we met elkaar, en welke uitdrukkelijk niet?',
        'Hoe gaan we om met gegevens over cliënten: met welke toestemming, via welk kanaal en hoe lang bewaren we ze?',
        'Wat mag een partner met wat hij in dit overleg hoort doen in de eigen organisatie?',
        'Hoe maken we kennis en expertise van de ene partner beschikbaar voor de andere?',
      ],
      en: [
        'Which information do we share with each other, and which explicitly not?',
        'How do we handle data about clients: with what consent, through which channel, and how long do we keep it?',
        'What may a partner do within its own organisation with what it hears in this network?',
        'How do we make one partner’s knowledge and expertise available to the others?',
      ],
    },
  },
  risks: {
    heading: { nl: 'Risico’s in de achterban', en: 'Risks in the constituency' },
    questions: {
      nl: [
        'Welke signalen uit de eigen organisatie of achterban meldt een partner aan het netwerk (capaciteit, wachtlijsten, financiering, personeel)?',
        'Hoe snel en bij wie meldt een partner zo’n risico, ook als het ongemakkelijk is?',
        'Wat doen de andere partners als een risico gemeld wordt, en wie neemt het initiatief?',
        'Hoe voorkomen we dat een partner verrast wordt door een besluit in de achterban van een ander?',
      ],
      en: [
        'Which signals from its own organisation or constituency does a partner report to the network (capacity, waiting lists, funding, staff)?',
        'How quickly and to whom does a partner report such a risk, also when it is uncomfortable?',
        'What do the other partners do when a risk is reported, and who takes the initiative?',
        'How do we avoid a partner being surprised by a decision in another partner’s constituency?',
      ],
    },
  },
  reflection: {
    heading: { nl: 'Reflectie op de samenwerking', en: 'Reflecting on our effectiveness' },
    questions: {
      nl: [
        'Hoe vaak staan we stil bij de vraag of de samenwerking werkt, en in welk overleg?',
        'Waaraan zien we dat het werkt: voor jongeren en gezinnen, en voor de partners zelf?',
        'Hoe zorgen we dat ook wat niet goed gaat op tafel komt, en niet alleen wat goed gaat?',
        'Wanneer evalueren we deze omgangsregels zelf, en wie bereidt dat voor?',
      ],
      en: [
        'How often do we stop to ask whether the collaboration works, and in which meeting?',
        'How do we see that it works: for young people and families, and for the partners themselves?',
        'How do we make sure that what goes badly is raised too, not only what goes well?',
        'When do we review these ground rules themselves, and who prepares that?',
      ],
    },
  },
};

const TEXT = {
  nl: {
    title: 'Omgangsregels',
    intro: 'Zolang we elkaar nog niet goed kennen, maken deze regels de samenwerking veilig. Beantwoord per onderdeel de leidende vragen in eigen woorden; de vragen zelf tellen niet als antwoord.',
    label: 'Leidende vragen:',
  },
  en: {
    title: 'Ground rules',
    intro: 'While we do not yet know each other well, these rules make working together safe. Answer the guiding questions of each section in your own words; the questions themselves do not count as an answer.',
    label: 'Guiding questions:',
  },
} as const;

/** The suggested title of a ground-rules agreement. */
export function groundRulesTitle(lang: TemplateLanguage): string {
  return TEXT[lang].title;
}

/**
 * The Markdown body a new ground-rules agreement starts from: a heading per core question and its
 * guiding questions as a quote, with room to answer beneath.
 */
export function groundRulesTemplate(lang: TemplateLanguage): string {
  const lines = [`# ${TEXT[lang].title}`, '', TEXT[lang].intro, ''];
  CORE_QUESTIONS.forEach((key, i) => {
    const section = GROUND_RULE_SECTIONS[key];
    lines.push(`## ${i + 1}. ${section.heading[lang]}`, '', `> ${TEXT[lang].label}`);
    for (const q of section.questions[lang]) lines.push(`> - ${q}`);
    lines.push('');
  });
  return lines.join('\n');
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘`']/g, "'")
    .replace(/[*_~#>]/g, ' ')
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const headingText = (text: string) => normalise(text.replace(/^\s*\d+[.)]?\s*/, '')).replace(/[.:]+$/, '');

const SECTION_BY_HEADING = new Map<string, CoreQuestion>(
  CORE_QUESTIONS.flatMap((key) => (['nl', 'en'] as const).map((lang) => [headingText(GROUND_RULE_SECTIONS[key].heading[lang]), key] as const)),
);

const TEMPLATE_LINES = new Set<string>(
  (['nl', 'en'] as const).flatMap((lang) => [normalise(TEXT[lang].label), ...CORE_QUESTIONS.flatMap((key) => GROUND_RULE_SECTIONS[key].questions[lang].map(normalise))]),
);

/** The fewest words of one's own under a section for it to count as answered. */
export const MIN_ANSWER_WORDS = 3;

/** The core questions a Markdown body answers: the section heading is there with an answer of its own beneath it. */
export function answeredCoreQuestions(body: string): CoreQuestion[] {
  const words = new Map<CoreQuestion, number>();
  let current: { key: CoreQuestion; level: number } | null = null;
  let inComment = false;
  for (const raw of body.split(/\r?\n/)) {
    let line = raw;
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      line = line.slice(end + 3);
      inComment = false;
    }
    line = line.replace(/<!--.*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open >= 0) {
      line = line.slice(0, open);
      inComment = true;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const key = SECTION_BY_HEADING.get(headingText(heading[2]!));
      if (key) current = { key, level };
      else if (current && level <= current.level) current = null;
      continue;
    }
    if (!current) continue;
    const text = normalise(line);
    if (text === '' || TEMPLATE_LINES.has(text)) continue;
    const count = text.split(' ').filter((w) => /\p{L}|\p{N}/u.test(w)).length;
    words.set(current.key, (words.get(current.key) ?? 0) + count);
  }
  return CORE_QUESTIONS.filter((key) => (words.get(key) ?? 0) >= MIN_ANSWER_WORDS);
}

/**
 * Whether a ground-rules body covers all four core questions: each section heading (Dutch or
 * English, numbered or not) is present with real content beneath it, not only the guiding
 * questions of the template.
 *
 * @example coversCoreQuestions(groundRulesTemplate('nl')) // false: only the questions
 */
export function coversCoreQuestions(body: string): boolean {
  return answeredCoreQuestions(body).length === CORE_QUESTIONS.length;
}
