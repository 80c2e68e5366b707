import type { DisclosureMode } from '../../domain/disclosure.ts';
// The questionnaire of a reflection round (DESIGN §5.1), written for Ketenregie in Dutch and
// English. The web app shows the text in the user's language; item order is the order of the
// answer arrays in a response (aspects: [first item, second item]).

export interface Bilingual {
  nl: string;
  en: string;
}

export const AGREEMENT_SCALE: Array<{ value: number; text: Bilingual }> = [
  { value: 1, text: { nl: 'Helemaal oneens', en: 'Strongly disagree' } },
  { value: 2, text: { nl: 'Oneens', en: 'Disagree' } },
  { value: 3, text: { nl: 'Neutraal', en: 'Neither agree nor disagree' } },
  { value: 4, text: { nl: 'Eens', en: 'Agree' } },
  { value: 5, text: { nl: 'Helemaal eens', en: 'Strongly agree' } },
];

export const LEVEL_SCALE: Array<{ value: number; text: Bilingual }> = [
  { value: 0, text: { nl: 'Geen contact', en: 'None' } },
  { value: 1, text: { nl: 'We kennen elkaar', en: 'Aware of each other' } },
  { value: 2, text: { nl: 'We wisselen informatie uit', en: 'We exchange information' } },
  { value: 3, text: { nl: 'We stemmen ons werk af', en: 'We coordinate our work' } },
  { value: 4, text: { nl: 'We pakken zaken samen aan', en: 'We take a joint approach' } },
  { value: 5, text: { nl: 'We werken geïntegreerd', en: 'We work as one (integrated)' } },
];

export const DONT_KNOW: Bilingual = { nl: 'Weet ik niet', en: "Don't know" };

export const ASPECT_TEXTS: Array<{ key: 'ambition' | 'interests' | 'relationship' | 'organisation' | 'process'; title: Bilingual; items: [Bilingual, Bilingual] }> = [
  {
    key: 'ambition',
    title: { nl: 'Gezamenlijke ambitie', en: 'Shared ambition' },
    items: [
      { nl: 'De partners streven in deze keten naar hetzelfde resultaat voor jongeren en gezinnen.', en: 'The partners in this chain work towards the same result for young people and families.' },
      { nl: 'Het is voor mij duidelijk waarom wij als keten samenwerken.', en: 'It is clear to me why we work together as a chain.' },
    ],
  },
  {
    key: 'interests',
    title: { nl: 'Eigen belangen', en: 'Own interests' },
    items: [
      { nl: 'De belangen van mijn organisatie worden in deze samenwerking gediend.', en: "My organisation's interests are served in this collaboration." },
      { nl: 'Partners houden rekening met de belangen van mijn organisatie, ook als die anders zijn dan die van hen.', en: "Partners take my organisation's interests into account, even when they differ from their own." },
    ],
  },
  {
    key: 'relationship',
    title: { nl: 'Relatie', en: 'Relationship' },
    items: [
      { nl: 'De mensen in deze keten weten elkaar te vinden als het nodig is.', en: 'The people in this chain know how to reach each other when it matters.' },
      { nl: 'Ik kan een probleem of fout open bespreken met mensen van andere partners.', en: 'I can openly discuss a problem or a mistake with people from other partners.' },
    ],
  },
  {
    key: 'organisation',
    title: { nl: 'Organisatie', en: 'Organisation' },
    items: [
      { nl: 'Het is duidelijk wie in de keten wat doet.', en: 'It is clear who does what in the chain.' },
      { nl: 'De afspraken in deze keten zijn helder en bekend bij de mensen die ermee werken.', en: 'The agreements in this chain are clear and known to the people who work with them.' },
    ],
  },
  {
    key: 'process',
    title: { nl: 'Proces', en: 'Process' },
    items: [
      { nl: 'Het overleg in deze keten leidt tot concrete vervolgstappen.', en: 'Meetings in this chain lead to concrete next steps.' },
      { nl: 'We staan als keten regelmatig stil bij hoe de samenwerking gaat.', en: 'As a chain we regularly stop to consider how the collaboration is going.' },
    ],
  },
];

export const AGREEMENT_ITEMS: Array<{ key: 'importance' | 'adherence'; text: Bilingual }> = [
  { key: 'importance', text: { nl: 'Deze afspraak is belangrijk voor een goede samenwerking.', en: 'This agreement matters for working together well.' } },
  { key: 'adherence', text: { nl: 'In de praktijk houden de partners zich aan deze afspraak.', en: 'In practice the partners keep to this agreement.' } },
];

export const PARTNER_QUESTIONS = {
  choose: {
    nl: 'Met welke partners werkt uw organisatie samen? Kies ze hier; daarna vragen we alleen naar deze partners.',
    en: 'Which partners does your organisation work with? Choose them here; we then ask only about these partners.',
  },
  level: { nl: 'Hoe nauw werkt uw organisatie met deze partner samen?', en: 'How closely does your organisation work with this partner?' },
  trust: [
    { key: 'reliability', text: { nl: 'Deze partner doet wat hij toezegt.', en: 'This partner does what it promises.' } },
    { key: 'openness', text: { nl: 'Deze partner deelt informatie en zorgen open met ons.', en: 'This partner shares information and concerns with us openly.' } },
    { key: 'mission', text: { nl: 'Deze partner zet zich in voor ons gezamenlijke doel, niet alleen voor het eigen belang.', en: 'This partner works for our shared goal, not only for its own interest.' } },
  ],
  value: [
    { key: 'influence', text: { nl: 'Dankzij deze partner bereiken we meer voor jongeren dan we alleen zouden kunnen.', en: 'Thanks to this partner we achieve more for young people than we could alone.' } },
    { key: 'resources', text: { nl: 'Deze partner brengt kennis, capaciteit of middelen in die wij nodig hebben.', en: 'This partner brings knowledge, capacity or resources that we need.' } },
    { key: 'involvement', text: { nl: 'Deze partner betrekt ons tijdig bij wat ook ons werk raakt.', en: 'This partner involves us in good time in what also affects our work.' } },
  ],
} satisfies { choose: Bilingual; level: Bilingual; trust: Array<{ key: string; text: Bilingual }>; value: Array<{ key: string; text: Bilingual }> };

export const OPEN_QUESTIONS: Array<{ key: 'wentWell' | 'toDiscuss' | 'askOfPartner'; text: Bilingual }> = [
  { key: 'wentWell', text: { nl: 'Wat ging er de afgelopen periode goed in de samenwerking?', en: 'What went well in the collaboration recently?' } },
  { key: 'toDiscuss', text: { nl: 'Wat zou er in de keten besproken moeten worden?', en: 'What should be discussed in the chain?' } },
  { key: 'askOfPartner', text: { nl: 'Wat zou u aan een partner willen vragen?', en: 'What would you like to ask of a partner?' } },
];

/**
 * What the partner step tells a respondent before they rate partners (DESIGN §5.3), in plain
 * Dutch and English: who will see their pair ratings under the round's mode and k, how many
 * people of their organisation were invited, and the case where they are its only respondent.
 */
export function disclosureText({ mode, k, invitedOfOrganisation, onlyRespondent }: { mode: DisclosureMode; k: number; invitedOfOrganisation: number; onlyRespondent: boolean }): Bilingual[] {
  const invited: Bilingual = onlyRespondent
    ? { nl: 'U bent de enige van uw organisatie die voor deze ronde is uitgenodigd.', en: 'You are the only person of your organisation invited to this round.' }
    : {
        nl: `Voor deze ronde zijn ${invitedOfOrganisation} mensen van uw organisatie uitgenodigd, u meegerekend.`,
        en: `${invitedOfOrganisation} people of your organisation, you included, were invited to this round.`,
      };
  if (mode === 'organisation') {
    return [
      invited,
      {
        nl: 'Uw beoordeling van een partner telt als het oordeel van uw organisatie. De ketenregisseur en de partner die u beoordeelt zien het gemiddelde van uw organisatie over die partner, onder de naam van uw organisatie, ook als weinig collega’s antwoorden.',
        en: 'Your rating of a partner counts as your organisation’s view. The coordinator and the partner you rate see your organisation’s average about that partner, under your organisation’s name, even when few colleagues answer.',
      },
      onlyRespondent
        ? {
            nl: 'Omdat u de enige respondent van uw organisatie bent, zien de ketenregisseur en de partner die u beoordeelt dus uw eigen beoordelingen.',
            en: 'Because you are the only respondent of your organisation, the coordinator and the partner you rate will see your own ratings.',
          }
        : {
            nl: `Anderen zien een beoordeling pas als er minstens ${k} respondenten van uw organisatie achter staan.`,
            en: `Others see a rating only when at least ${k} respondents of your organisation stand behind it.`,
          },
    ];
  }
  return [
    invited,
    {
      nl: `Deze ronde is strikt anoniem: een beoordeling van een partner wordt pas getoond als minstens ${k} respondenten van uw organisatie die partner beoordeelden. Anders ziet niemand haar, ook de ketenregisseur niet, en ook niets wat ervan is afgeleid.`,
      en: `This round is strictly anonymous: a rating of a partner is shown only when at least ${k} respondents of your organisation rated that partner. Otherwise nobody sees it, the coordinator included, nor anything derived from it.`,
    },
  ];
}
