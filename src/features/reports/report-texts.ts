import type { StageCriterionKey } from '../../domain/stage.ts';
import type { ReportLanguage } from './pdf-writer.ts';

// The words of the PDFs, in Dutch and English: the reader's language, one per file.

const STAGE_CRITERIA: Record<StageCriterionKey, [string, string]> = {
  'partners.atLeastTwo': ['Minstens twee partnerorganisaties', 'At least two partner organisations'],
  'partners.representativeAccepted': ['Elke partner heeft een vertegenwoordiger die de uitnodiging heeft aangenomen', 'Every partner has a representative who accepted the invitation'],
  'profiles.complete': ['Elk profiel beschrijft drijfveren, belangen, wat de partner biedt en wat hij nodig heeft', 'Every profile describes drivers, interests, what the partner offers and what it needs'],
  'history.confirmed': ['Elke partner heeft het overzicht van het gezamenlijk verleden bevestigd', 'Every partner has confirmed the overview of shared history'],
  'groundRules.inForce': ['Er gelden omgangsregels', 'Ground rules are in force'],
  'groundRules.coverCoreQuestions': ['De omgangsregels beantwoorden de vier kernvragen', 'The ground rules answer the four core questions'],
  'groundRules.ratifiedByAll': ['Elke partner heeft ingestemd met de omgangsregels', 'Every partner has consented to the ground rules'],
  'tasks.oneAccountable': ['Elke taak heeft precies één eindverantwoordelijke partner', 'Every task has exactly one accountable partner'],
  'agreements.reviewDateAhead': ['Elke geldende afspraak heeft een evaluatiedatum die nog niet voorbij is', 'Every agreement in force has a review date that has not passed'],
  'rounds.twoClosed': ['Minstens twee afgesloten reflectierondes', 'At least two closed reflection rounds'],
  'rounds.opennessHigh': ['Openheid in de laatste ronde is minstens 70, gemeten bij genoeg respondenten', 'Openness in the last round is at least 70, on enough respondents'],
  'differences.discussed': ['Minstens één verschil is besproken', 'At least one difference has been discussed'],
  'trust.noDownwardSpiral': ['Geen neerwaartse spiraal in vertrouwen', 'No downward spiral in trust'],
  'signals.noTooGoodToBeTrue': ["Geen signaal 'te mooi om waar te zijn'", "No 'too good to be true' signal"],
};

const nl = {
  minutes: {
    title: 'Verslag van het overleg',
    heldOn: (day: string) => `Gehouden op ${day}`,
    network: (name: string) => `Samenwerkingsverband: ${name}`,
    attendance: 'Aanwezigheid',
    status: { present: 'aanwezig', absent: 'afwezig', excused: 'afgemeld' } as Record<string, string>,
    notRecorded: 'niet vastgelegd',
    came: (names: string) => `kwamen: ${names}`,
    othersCame: (names: string) => `Verder aanwezig: ${names}`,
    agenda: 'Agenda',
    noAgenda: 'Er stonden geen punten op de agenda.',
    minutesBox: (n: number) => `${n} min.`,
    timeTotal: (planned: number, duration: number | null) =>
      duration === null ? `Samen ${planned} minuten gepland.` : `Samen ${planned} van de ${duration} minuten van het overleg gepland.`,
    overBy: (n: number) => `Let op: de agenda loopt ${n} minuten uit.`,
    notes: 'Wat er gezegd is',
    minutesText: 'Notulen',
    decisions: 'Besluiten',
    noDecisions: 'Er zijn geen besluiten genomen.',
    changesNothing: {
      no_step: 'Verandert morgen niets: er is nog geen stap die dit besluit uitvoert.',
      not_claimed: 'Verandert morgen niets: niemand heeft een stap opgepakt.',
      no_date: 'Verandert morgen niets: de opgepakte stappen hebben nog geen datum.',
    } as Record<string, string>,
    step: (title: string, who: string | null, due: string | null, status: string) =>
      `${title}: ${who ? `opgepakt door ${who}` : 'nog door niemand opgepakt'}${due ? `, klaar op ${due}` : ', zonder datum'} (${status})`,
    stepStatus: { open: 'open', claimed: 'opgepakt', done: 'gedaan', dropped: 'vervallen' } as Record<string, string>,
    published: (at: string) => `Gepubliceerd op ${at}.`,
    notPublished: 'Nog niet gepubliceerd aan de deelnemers.',
  },
  report: {
    title: 'Stand van het samenwerkingsverband',
    madeFor: (who: string, role: string, at: string) => `Gemaakt voor ${who} (${role}) op ${at}. Dit verslag toont alleen wat deze lezer mag zien.`,
    roles: { coordinator: 'ketenregisseur', representative: 'vertegenwoordiger', member: 'deelnemer', observer: 'toehoorder' } as Record<string, string>,
    stage: 'Fase en onderbouwing',
    stageReached: (n: number) => (n === 0 ? 'Het netwerk heeft fase 1 nog niet bereikt.' : `Bereikte fase: ${n} (${['', 'kennismaken', 'afspreken', 'openheid'][n]}).`),
    stageName: (n: number) => `Fase ${n}: ${['', 'kennismaken', 'afspreken', 'openheid'][n]}`,
    met: 'voldaan',
    notMet: 'niet voldaan',
    missing: (names: string) => `ontbreekt bij: ${names}`,
    scores: 'Scores van de laatste rondes',
    noRounds: 'Er is nog geen afgesloten ronde.',
    rounds: (titles: string) => `Rondes: ${titles}.`,
    measures: { networkTrust: 'Vertrouwen in het netwerk', openness: 'Openheid in het netwerk' } as Record<string, string>,
    aspects: { ambition: 'Gedeelde ambitie', interests: 'Eigen belangen', relationship: 'De relaties', organisation: 'Organisatie', process: 'Het proces van samenwerken' } as Record<string, string>,
    receivedTrust: (partner: string) => `Vertrouwen in ${partner}`,
    pair: (from: string, to: string) => `${from} over ${to}`,
    point: (round: string, value: string, interval: string | null, change: string | null, respondents: number) =>
      `${round}: ${value}${interval ? ` (95 %-interval ${interval})` : ''}${change ? `, verandering ${change}` : ''}; ${respondents} respondenten`,
    insufficient: (round: string, respondents: number) => `${round}: te weinig antwoorden (${respondents})`,
    noValue: (round: string) => `${round}: geen score`,
    spiral: { upward: 'Opwaartse spiraal', downward: 'Neerwaartse spiraal' } as Record<string, string>,
    uncertain: ' (onzeker: het interval bevat de drempel)',
    confidential: 'VERTROUWELIJK: paarscores',
    confidentialWho: (mode: string): string =>
      mode === 'strict'
        ? 'Een paarscore van A over B is alleen te zien voor de ketenregisseur en de partners A en B, en alleen als hij op genoeg respondenten van A rust.'
        : 'Een paarscore van A over B is alleen te zien voor de ketenregisseur en de partners A en B.',
    agreements: 'Afspraken en hun status',
    noAgreements: 'Er zijn nog geen afspraken.',
    agreementStatus: { draft: 'concept', proposed: 'ter instemming', in_force: 'van kracht', ended: 'beëindigd' } as Record<string, string>,
    review: (day: string, overdue: boolean) => `evaluatie ${day}${overdue ? ' (verstreken)' : ''}`,
    differences: 'Verschillen en hun status',
    noDifferences: 'Er zijn nog geen verschillen benoemd.',
    differenceStatus: { named: 'benoemd', explored: 'verkend', discussed: 'besproken', resolved: 'opgelost', accepted: 'aanvaard' } as Record<string, string>,
    goals: 'Doelen en voortgang',
    noGoals: 'Er zijn nog geen gezamenlijke doelen.',
    goal: (title: string, indicator: string, target: string, deadline: string, latest: string | null, shared: boolean) =>
      `${title}: ${indicator}, doel ${target} op ${deadline}; ${latest ? `laatste meting ${latest}` : 'nog geen meting'}${shared ? '' : ' (nog niet door alle partners aanvaard)'}`,
    latest: (value: string, day: string) => `${value} op ${day}`,
    decisions: 'Recente besluiten en hun stappen',
    decisionsIntro: (n: number) => `De laatste ${n} besluiten van de overleggen, met de stappen die mensen ervoor oppakten.`,
    noDecisions: 'Er zijn nog geen besluiten genomen.',
    decisionOf: (title: string, session: string, day: string) => `${title} (${session}, ${day})`,
    reciprocity: 'Wederkerigheid (afgelopen 12 maanden)',
    noReciprocity: 'Er zijn geen partners.',
    balance: (partner: string, given: number, received: number, balance: string) => `${partner}: ${given} gegeven, ${received} ontvangen, balans ${balance}`,
  },
};

type Texts = typeof nl;

const en: Texts = {
  minutes: {
    title: 'Minutes of the session',
    heldOn: (day) => `Held on ${day}`,
    network: (name) => `Network: ${name}`,
    attendance: 'Attendance',
    status: { present: 'present', absent: 'absent', excused: 'excused' },
    notRecorded: 'not recorded',
    came: (names) => `came: ${names}`,
    othersCame: (names) => `Also present: ${names}`,
    agenda: 'Agenda',
    noAgenda: 'There were no items on the agenda.',
    minutesBox: (n) => `${n} min.`,
    timeTotal: (planned, duration) => (duration === null ? `${planned} minutes planned in all.` : `${planned} of the session's ${duration} minutes planned.`),
    overBy: (n) => `Note: the agenda runs ${n} minutes over.`,
    notes: 'What was said',
    minutesText: 'Minutes',
    decisions: 'Decisions',
    noDecisions: 'No decisions were taken.',
    changesNothing: {
      no_step: 'Changes nothing tomorrow: there is no step that carries this decision out yet.',
      not_claimed: 'Changes nothing tomorrow: nobody has taken a step on.',
      no_date: 'Changes nothing tomorrow: the steps taken on have no date yet.',
    },
    step: (title, who, due, status) => `${title}: ${who ? `taken on by ${who}` : 'not taken on by anyone yet'}${due ? `, done by ${due}` : ', without a date'} (${status})`,
    stepStatus: { open: 'open', claimed: 'taken on', done: 'done', dropped: 'dropped' },
    published: (at) => `Published on ${at}.`,
    notPublished: 'Not yet published to the participants.',
  },
  report: {
    title: 'State of the network',
    madeFor: (who, role, at) => `Made for ${who} (${role}) on ${at}. This report shows only what this reader may see.`,
    roles: { coordinator: 'coordinator', representative: 'representative', member: 'member', observer: 'observer' },
    stage: 'Stage and evidence',
    stageReached: (n) => (n === 0 ? 'The network has not reached stage 1 yet.' : `Stage reached: ${n} (${['', 'familiarity', 'agreements', 'openness'][n]}).`),
    stageName: (n) => `Stage ${n}: ${['', 'familiarity', 'agreements', 'openness'][n]}`,
    met: 'met',
    notMet: 'not met',
    missing: (names) => `missing for: ${names}`,
    scores: "The last rounds' scores",
    noRounds: 'No round has closed yet.',
    rounds: (titles) => `Rounds: ${titles}.`,
    measures: { networkTrust: 'Trust in the network', openness: 'Openness in the network' },
    aspects: { ambition: 'Shared ambition', interests: 'Own interests', relationship: 'The relationships', organisation: 'Organisation', process: 'The process of working together' },
    receivedTrust: (partner) => `Trust in ${partner}`,
    pair: (from, to) => `${from} about ${to}`,
    point: (round, value, interval, change, respondents) =>
      `${round}: ${value}${interval ? ` (95 % interval ${interval})` : ''}${change ? `, change ${change}` : ''}; ${respondents} respondents`,
    insufficient: (round, respondents) => `${round}: too few responses (${respondents})`,
    noValue: (round) => `${round}: no score`,
    spiral: { upward: 'Upward spiral', downward: 'Downward spiral' },
    uncertain: ' (uncertain: the interval contains the threshold)',
    confidential: 'CONFIDENTIAL: pair ratings',
    confidentialWho: (mode) =>
      mode === 'strict'
        ? "A pair rating of A about B is seen only by the coordinator and partners A and B, and only when it rests on enough of A's respondents."
        : 'A pair rating of A about B is seen only by the coordinator and partners A and B.',
    agreements: 'Agreements and their status',
    noAgreements: 'There are no agreements yet.',
    agreementStatus: { draft: 'draft', proposed: 'for ratification', in_force: 'in force', ended: 'ended' },
    review: (day, overdue) => `review ${day}${overdue ? ' (passed)' : ''}`,
    differences: 'Differences and their status',
    noDifferences: 'No differences have been named yet.',
    differenceStatus: { named: 'named', explored: 'explored', discussed: 'discussed', resolved: 'resolved', accepted: 'accepted' },
    goals: 'Goals and progress',
    noGoals: 'There are no shared goals yet.',
    goal: (title, indicator, target, deadline, latest, shared) =>
      `${title}: ${indicator}, target ${target} by ${deadline}; ${latest ? `last measured ${latest}` : 'not measured yet'}${shared ? '' : ' (not yet accepted by every partner)'}`,
    latest: (value, day) => `${value} on ${day}`,
    decisions: 'Recent decisions and their steps',
    decisionsIntro: (n) => `The last ${n} decisions of the sessions, with the steps people took on for them.`,
    noDecisions: 'No decisions have been taken yet.',
    decisionOf: (title, session, day) => `${title} (${session}, ${day})`,
    reciprocity: 'Reciprocity (last 12 months)',
    noReciprocity: 'There are no partners.',
    balance: (partner, given, received, balance) => `${partner}: ${given} given, ${received} received, balance ${balance}`,
  },
};

export const reportTexts: Record<ReportLanguage, Texts> = { nl, en };

export function stageCriterionText(key: StageCriterionKey, language: ReportLanguage): string {
  return STAGE_CRITERIA[key][language === 'nl' ? 0 : 1];
}
