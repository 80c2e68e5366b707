import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import type { ResponseAnswers } from '../rounds/round-answers.ts';
import type { ExampleNetworkContext } from './example-network.ts';
import type { ExamplePartnerKey } from './example-partners.ts';

/** Two representatives per partner answer the rounds; they have no password (they would get an invitation). */
export const EXAMPLE_REPRESENTATIVES: Record<ExamplePartnerKey, { domain: string; names: [string, string] }> = {
  gemeente: { domain: 'noorderveen.example.test', names: ['Marieke Hoekstra', 'Jeroen van Dijk'] },
  ggz: { domain: 'ggznoord.example.test', names: ['Sanne de Boer', 'Thomas Kramer'] },
  ster: { domain: 'stichtingster.example.test', names: ['Fatima el Amrani', 'Ruud Jansen'] },
  jeugdhulp: { domain: 'jeugdhulpnoord.example.test', names: ['Ilse Vermeulen', 'Kees Bosman'] },
  wijkteam: { domain: 'wijkteam-centrum.example.test', names: ['Lotte Mulder', 'Yusuf Demir'] },
  huisartsen: { domain: 'huisartsenkring.example.test', names: ['Hanneke Smit', 'Pieter Dekker'] },
  veiligThuis: { domain: 'veiligthuisnoord.example.test', names: ['Esther Brouwer', 'Mark de Graaf'] },
  welzijn: { domain: 'welzijnnoord.example.test', names: ['Naima Bouzid', 'Jan-Willem Koster'] },
  onderwijs: { domain: 'passendonderwijsnoord.example.test', names: ['Anouk Postma', 'Bart Hendriks'] },
  deBrug: { domain: 'debrug.example.test', names: ['Sevda Yilmaz', 'Wim Schouten'] },
};

/** The three closed rounds, a quarter apart; the last closed seven weeks before the example is loaded. */
export const EXAMPLE_ROUNDS = [
  { title: 'Reflectieronde voorjaar', closedDaysAgo: 230 },
  { title: 'Reflectieronde zomer', closedDaysAgo: 140 },
  { title: 'Reflectieronde najaar', closedDaysAgo: 50 },
] as const;

/** Partners that work together (level 3 unless said otherwise); the rest only know of each other. */
const WORKING_PAIRS: [ExamplePartnerKey, ExamplePartnerKey][] = [
  ['ggz', 'ster'], ['ggz', 'jeugdhulp'], ['ggz', 'wijkteam'], ['ggz', 'huisartsen'], ['ggz', 'deBrug'],
  ['gemeente', 'jeugdhulp'], ['gemeente', 'wijkteam'], ['gemeente', 'welzijn'], ['wijkteam', 'welzijn'],
  ['wijkteam', 'jeugdhulp'], ['wijkteam', 'onderwijs'], ['wijkteam', 'veiligThuis'], ['wijkteam', 'deBrug'],
  ['wijkteam', 'huisartsen'], ['veiligThuis', 'jeugdhulp'], ['onderwijs', 'jeugdhulp'], ['ster', 'jeugdhulp'],
  ['veiligThuis', 'onderwijs'],
];

/**
 * Trust on the 1–5 scale per directed pair and round, where it is not the default. GGZ Noord and
 * Stichting Ster grow towards each other after the shared crisis beds (an upward spiral); Jeugdhulp
 * Noord and the municipality drift apart over the crisis tariff (a downward spiral); Veilig Thuis
 * trusts the schools far more than the other way round (an asymmetry).
 */
const TRUST: Partial<Record<`${ExamplePartnerKey}>${ExamplePartnerKey}`, [number, number, number]>> = {
  'ggz>ster': [2.8, 3.2, 3.7],
  'ster>ggz': [2.6, 3.1, 3.6],
  'jeugdhulp>gemeente': [3.3, 2.8, 2.3],
  'gemeente>jeugdhulp': [3.5, 3.3, 3.0],
  'veiligThuis>onderwijs': [3.8, 3.9, 3.9],
  'onderwijs>veiligThuis': [2.8, 2.7, 2.6],
};
const LEVEL: Partial<Record<`${ExamplePartnerKey}>${ExamplePartnerKey}`, [number, number, number]>> = {
  'ggz>ster': [2, 3, 4],
  'ster>ggz': [2, 3, 4],
  'huisartsen>ggz': [4, 4, 4],
  'ggz>huisartsen': [2, 2, 2],
};

/** The representatives (partner, index) who did not answer a round. */
const SILENT: string[][] = [['huisartsen 1', 'onderwijs 1', 'deBrug 1'], ['welzijn 1', 'deBrug 1'], ['huisartsen 1']];

type Open = { wentWell?: string; toDiscuss?: string; askOfPartner?: string };
/** Open answers per round, by respondent. */
const OPEN: Record<string, Open>[] = [
  {
    'ggz 0': { toDiscuss: 'Na een crisisopname bij Stichting Ster weet niemand wie de vervolgplek regelt; jongeren blijven daardoor te lang.' },
    'jeugdhulp 0': { wentWell: 'De gezamenlijke beoordeling met de crisisdienst in het weekend liep soepel.' },
    'wijkteam 1': { askOfPartner: 'Kan GGZ Noord bij ontslag een warme overdracht doen aan het wijkteam in plaats van alleen een brief?' },
  },
  {
    'ster 0': { wentWell: 'De vaste belafspraak met de crisisdienst werkt: we zitten nu binnen een uur samen aan tafel.' },
    'jeugdhulp 1': { toDiscuss: 'Het lagere tarief voor crisisopvang is zonder overleg vastgesteld. Wij kunnen zo geen extra bedden meer aanbieden.' },
    'onderwijs 0': { askOfPartner: 'Kan Veilig Thuis laten weten wanneer een melding over een leerling is afgesloten?' },
  },
  {
    'ggz 1': { wentWell: 'Sinds de gezamenlijke scholing herkennen de wijkteams een licht verstandelijke beperking eerder, en verwijzen ze gerichter.' },
    'wijkteam 0': { wentWell: 'Het overleg op vrijdagmiddag over de jongeren in het logeerhuis geeft rust voor het weekend.' },
    'jeugdhulp 0': { toDiscuss: 'De gemeente besluit over tarieven en volumes voordat wij gehoord zijn. Dat staat haaks op de omgangsregels.', askOfPartner: 'Kan de gemeente voorgenomen inkoopbesluiten eerst in het ketenoverleg bespreken?' },
    'ster 1': { toDiscuss: 'Wie betaalt de nachtelijke psychiatrische achterwacht als een jongere langer dan drie nachten blijft?' },
  },
];

/** Whole answers 1–5 whose mean over `slots` answers comes as close as possible to `target`. */
function spread(target: number, slots: number): number[] {
  const total = Math.round(target * slots);
  return Array.from({ length: slots }, (_, i) => Math.min(5, Math.max(1, Math.floor(total / slots) + (i < total % slots ? 1 : 0))));
}

/** A small, stable variation per pair, so the default pairs do not all look alike. */
function pairOffset(from: string, to: string): number {
  let hash = 0;
  for (const ch of `${from}>${to}`) hash = (hash * 31 + ch.charCodeAt(0)) % 997;
  return ((hash % 9) - 4) / 10;
}

function aspectAnswers(round: number, person: number): ResponseAnswers['aspects'] {
  const vary = (base: number) => Math.min(5, Math.max(1, Math.round(base + ((person % 3) - 1) * 0.7)));
  return {
    ambition: [vary(4), vary(4)],
    interests: [vary(3 + round * 0.3), person % 7 === 0 ? null : vary(3)],
    relationship: [vary(3 + round * 0.4), vary(3.5)],
    organisation: [vary(3), vary(3 + round * 0.3)],
    process: [vary(3), person % 5 === 0 ? null : vary(3.2)],
  };
}

export async function addExampleRounds(tx: Tx, { networkId, authorId, partnerIds, representatives, now: loadedAt }: ExampleNetworkContext): Promise<void> {
  const keys = Object.keys(EXAMPLE_REPRESENTATIVES) as ExamplePartnerKey[];
  const now = loadedAt.getTime();
  const people = new Map<string, { userId: string; partner: ExamplePartnerKey; index: number; person: number }>();
  for (const partner of keys) {
    for (const [index, userId] of representatives.get(partner)!.entries()) people.set(`${partner} ${index}`, { userId, partner, index, person: people.size });
  }
  const agreements = await tx.selectFrom('agreements').select('id').where('network_id', '=', networkId).where('version_in_force', 'is not', null).orderBy('created_at').execute();
  const working = new Set(WORKING_PAIRS.flatMap(([a, b]) => [`${a}>${b}`, `${b}>${a}`]));

  for (const [round, { title, closedDaysAgo }] of EXAMPLE_ROUNDS.entries()) {
    const roundId = randomUUID();
    const closedAt = new Date(now - closedDaysAgo * 86_400_000);
    const openedAt = new Date(closedAt.getTime() - 18 * 86_400_000);
    await tx
      .insertInto('rounds')
      // Each round keeps the k in force when it opened (DESIGN §5.3): the example network's k of 3.
      .values({ id: roundId, network_id: networkId, title, opens_at: openedAt, closes_at: closedAt, status: 'closed', opened_at: openedAt, closed_at: closedAt, created_by: authorId, anonymity_k: 3 })
      .execute();
    for (const [key, who] of people) {
      const partnerId = partnerIds.get(who.partner)!;
      await tx.insertInto('round_invitees').values({ network_id: networkId, round_id: roundId, user_id: who.userId, partner_id: partnerId, invited_at: openedAt }).execute();
      if (SILENT[round]!.includes(key)) continue;
      const partners: ResponseAnswers['partners'] = {};
      for (const other of keys) {
        if (other === who.partner) continue;
        const pair = `${who.partner}>${other}` as const;
        if (!working.has(pair)) {
          partners[partnerIds.get(other)!] = { level: 1, reliability: null, openness: null, mission: null, influence: null, resources: null, involvement: null };
          continue;
        }
        // Both representatives of a partner together give the pair its target trust.
        const trust = spread(TRUST[pair]?.[round] ?? 3.4 + pairOffset(who.partner, other), 6).slice(who.index * 3, who.index * 3 + 3);
        const value = spread(Math.min(5, (TRUST[pair]?.[round] ?? 3.4 + pairOffset(other, who.partner)) + 0.2), 6).slice(who.index * 3, who.index * 3 + 3);
        partners[partnerIds.get(other)!] = {
          level: LEVEL[pair]?.[round] ?? 3,
          reliability: trust[0]!,
          openness: trust[1]!,
          mission: trust[2]!,
          influence: value[0]!,
          resources: value[1]!,
          involvement: who.person % 4 === 0 ? null : value[2]!,
        };
      }
      const answers: ResponseAnswers = {
        aspects: aspectAnswers(round, who.person),
        agreements: Object.fromEntries(agreements.map((a, i) => [a.id, { importance: i === 0 ? 5 : 4, adherence: Math.min(5, 2 + round + ((who.person + i) % 2)) }])),
        partners,
        ...OPEN[round]![key],
      };
      const submittedAt = new Date(openedAt.getTime() + (2 + (who.person % 12)) * 86_400_000);
      await tx
        .insertInto('round_responses')
        .values({ id: randomUUID(), network_id: networkId, round_id: roundId, respondent_id: who.userId, partner_id: partnerId, answers: JSON.stringify(answers), submitted_at: submittedAt, created_at: submittedAt, updated_at: submittedAt })
        .execute();
    }
  }
}
