/**
 * "What can I do for you?": for each partner, whose needs its offer answers (DESIGN §1,
 * reciprocity). Offer and need are written one item per line; an offer line of P matches a need
 * line of Q when the two share at least one significant word. Words are compared after
 * normalising: lower case, no diacritics or punctuation, no Dutch or English stop words, no
 * words under three letters or made of digits only, and a light stemming of Dutch and English
 * endings (afspraken ~ afspraak, huisartsen ~ huisarts, snelle ~ snel).
 */

export interface OfferAndNeed {
  partnerId: string;
  offer: string;
  need: string;
}

export interface ProfileMatch {
  /** The partner whose need the offer answers. */
  partnerId: string;
  /** One line of the offering partner's offer. */
  offerLine: string;
  /** One line of the other partner's need. */
  needLine: string;
  /** The shared words in normalised form (one per shared stem), in the order of the offer line. */
  sharedWords: string[];
  /** The words of the offer line that are shared, as written (for highlighting). */
  offerWords: string[];
  /** The words of the need line that are shared, as written (for highlighting). */
  needWords: string[];
}

// Written without diacritics: words are compared after removing them. Besides function words,
// the lists hold words that say nothing about content in an offer or need (nodig, uur, week…).
const DUTCH_STOP_WORDS = `aan achter al alle alleen alles als altijd ander andere anders bij binnen daar daarbij daarom daarna dan dat deze die dit doch doen door dus
een eens eigen elk elke geen geweest graag haar had heb hebben heeft hem het hier hierbij hij hoe hun iedereen iemand iets kan kon kunnen maar meer men met mij mijn
moet moeten naar niet niets nog onder ons onze ook over per reeds samen tegen toch toen tot tussen uit van vanuit veel voor want waar waarbij waarin wanneer waren was
wat weer wel welke werd wie wij wil willen wordt worden zal zei zelf zich zij zijn zoals zodat zonder zou zullen zeer heel erg vooral
nodig mogelijk bieden uur uren dag dagen week weken maand maanden jaar jaren`;
const ENGLISH_STOP_WORDS = `about after all also and any are been being both but can could did does each for from had has have her here his how into its may more most
not now off once only other our ours out over own per she should some such than that the their them then there these they this those through too under until very
via was were what when where which while who whom why will with within would you your yours
need needs offer offers hour hours day days week weeks month months year years`;
const STOP_WORDS = new Set(`${DUTCH_STOP_WORDS} ${ENGLISH_STOP_WORDS}`.split(/\s+/));

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const BULLET = /^\s*(?:[-*•·–—]|\d{1,3}[.)])\s+/u;

/**
 * The items of an offer or need: one per non-empty line, without list bullets or numbering.
 *
 * @example profileItems('- Crisisbeoordeling\n\n2. Nazorg') // ['Crisisbeoordeling', 'Nazorg']
 */
export function profileItems(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(BULLET, '').trim())
    .filter((line) => line !== '');
}

/** Lower case without diacritics: "Cliënt" → "client". */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A light stemmer for Dutch and English inflections; both sides of a comparison go through it. */
function stem(word: string): string {
  let s = word;
  if (s.length > 6 && s.endsWith('heden')) return `${s.slice(0, -5)}heid`;
  if (s.length >= 5 && s.endsWith('en')) {
    s = s.slice(0, -2);
    if (s.endsWith('v')) s = `${s.slice(0, -1)}f`; // bedrijven → bedrijf
    else if (s.endsWith('z')) s = `${s.slice(0, -1)}s`; // huizen → huis
  }
  if (s.length > 4 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  s = s.replace(/([^aeiou])\1$/, '$1'); // snell → snel
  s = s.replace(/([aeou])\1([^aeiouy])$/, '$1$2'); // afspraak → afsprak
  return s;
}

/**
 * The comparison key of a word, or null when the word carries no meaning of its own
 * (a stop word, shorter than three letters, or digits only).
 *
 * @example wordKey('Afspraken') // 'afsprak'
 */
export function wordKey(word: string): string | null {
  const folded = fold(word);
  if (folded.length < 3 || /^\d+$/.test(folded) || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}

interface Word {
  text: string;
  key: string;
}

function significantWords(line: string): Word[] {
  const words: Word[] = [];
  for (const match of line.normalize('NFC').matchAll(WORD)) {
    const key = wordKey(match[0]);
    if (key) words.push({ text: match[0], key });
  }
  return words;
}

function matchLines(partnerId: string, offer: { line: string; words: Word[] }, need: { line: string; words: Word[] }): ProfileMatch | null {
  const needKeys = new Set(need.words.map((w) => w.key));
  const shared = [...new Set(offer.words.map((w) => w.key).filter((k) => needKeys.has(k)))];
  if (shared.length === 0) return null;
  const sharedSet = new Set(shared);
  const unique = (words: Word[]) => [...new Set(words.filter((w) => sharedSet.has(w.key)).map((w) => w.text))];
  return {
    partnerId,
    offerLine: offer.line,
    needLine: need.line,
    sharedWords: shared.map((key) => fold(offer.words.find((w) => w.key === key)!.text)),
    offerWords: unique(offer.words),
    needWords: unique(need.words),
  };
}

/**
 * For every partner, in the order given, the other partners' need lines that its offer lines
 * answer. A partner is never matched with itself.
 *
 * @example
 * profileMatches([
 *   { partnerId: 'ggz', offer: 'Crisisbeoordeling binnen 24 uur', need: '' },
 *   { partnerId: 'lvb', offer: '', need: 'Snelle crisisbeoordeling bij escalatie' },
 * ])
 * // [{ partnerId: 'ggz', matches: [{ partnerId: 'lvb', sharedWords: ['crisisbeoordeling'], … }] },
 * //  { partnerId: 'lvb', matches: [] }]
 */
export function profileMatches(partners: OfferAndNeed[]): { partnerId: string; matches: ProfileMatch[] }[] {
  const lines = (text: string) => profileItems(text).map((line) => ({ line, words: significantWords(line) }));
  const parsed = partners.map((p) => ({ partnerId: p.partnerId, offer: lines(p.offer), need: lines(p.need) }));
  return parsed.map((giver) => {
    const matches: ProfileMatch[] = [];
    for (const taker of parsed) {
      if (taker.partnerId === giver.partnerId) continue;
      for (const offer of giver.offer) {
        for (const need of taker.need) {
          const match = matchLines(taker.partnerId, offer, need);
          if (match) matches.push(match);
        }
      }
    }
    return { partnerId: giver.partnerId, matches };
  });
}
