import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import { addDutchDays, dutchToday } from '../../domain/calendar.ts';
import type { ExampleNetworkContext } from './example-network.ts';
import type { ExamplePartnerKey } from './example-partners.ts';

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number, now: Date) => new Date(now.getTime() - n * DAY);
const dayOffset = (n: number, now: Date) => addDutchDays(dutchToday(now), n);

interface ExampleStep {
  title: string;
  description: string;
  /** Days from today; negative is in the past. */
  due: number | null;
  status: 'open' | 'claimed' | 'done' | 'dropped';
  servesGoal?: boolean;
  /** Whose representative wrote the step and, unless it is open, took it on; the coordinator only where it directs (the agenda). */
  by: ExamplePartnerKey | 'coordinator';
}

/** Small steps, most taken on by the partners' own representatives, some open for anyone, one overdue. */
export const EXAMPLE_STEPS: ExampleStep[] = [
  { title: 'Bereikbaarheidslijst crisisdienst delen met de huisartsen', description: 'Eén A4 met de nummers per dagdeel, ook voor de waarneming.', due: 7, status: 'claimed', by: 'ggz' },
  { title: 'Terugbelnorm van één uur een maand lang bijhouden', description: 'Per melding noteren hoe lang het duurde voor er werd teruggebeld.', due: 21, status: 'claimed', servesGoal: true, by: 'jeugdhulp' },
  { title: 'Evaluatie logeerbedden Stichting Ster agenderen', description: 'Wat werkte in de pilot, en wie regelt de vervolgplek?', due: -5, status: 'claimed', by: 'coordinator' },
  { title: 'Gezinsgesprek na crisis uitproberen in Noorderveen-Centrum', description: 'Binnen vijf werkdagen, met één vaste regievoerder.', due: 30, status: 'open', servesGoal: true, by: 'wijkteam' },
  { title: 'Jongerenpanel van De Brug vragen naar hun ervaring met de crisisroute', description: '', due: 45, status: 'open', by: 'deBrug' },
  { title: 'Afspraak met leerplicht over zachte landing op school', description: '', due: null, status: 'open', by: 'onderwijs' },
  { title: 'Kennismaking wijkteam en Veilig Thuis op locatie', description: 'Een ochtend meelopen over en weer.', due: -20, status: 'done', by: 'wijkteam' },
  { title: 'Gezamenlijke folder crisisroute drukken', description: 'Vervallen: we verwijzen naar de website van de gemeente.', due: null, status: 'dropped', by: 'gemeente' },
];

interface ExampleRequest {
  from: ExamplePartnerKey;
  /** Null: to the whole network. */
  to: ExamplePartnerKey | null;
  title: string;
  status: 'open' | 'accepted' | 'declined' | 'fulfilled';
  provider?: ExamplePartnerKey;
  askedDaysAgo: number;
  reason?: string;
}

/** Requests between partners over the past year: most fulfilled, one left unanswered for weeks. */
export const EXAMPLE_REQUESTS: ExampleRequest[] = [
  { from: 'wijkteam', to: 'ggz', title: 'Consultatie kinder- en jeugdpsychiater bij een zorgelijk gezin', status: 'fulfilled', askedDaysAgo: 300 },
  { from: 'ster', to: 'ggz', title: 'Psychiatrische achterwacht in de nacht voor het logeerhuis', status: 'fulfilled', askedDaysAgo: 240 },
  { from: 'ggz', to: 'ster', title: 'LVB-expertise bij een crisisbeoordeling', status: 'fulfilled', askedDaysAgo: 200 },
  { from: 'jeugdhulp', to: 'wijkteam', title: 'Regievoerder voor een gezin na een crisisplaatsing', status: 'fulfilled', askedDaysAgo: 150 },
  { from: 'huisartsen', to: 'ggz', title: 'Scholing herkennen van suïcidaliteit bij jongeren', status: 'fulfilled', askedDaysAgo: 120 },
  { from: 'ggz', to: 'jeugdhulp', title: 'Crisisbed voor een jongen van vijftien, dezelfde avond', status: 'fulfilled', askedDaysAgo: 90 },
  { from: 'onderwijs', to: null, title: 'Wie wil meedenken over een thuiszitter met angstklachten?', status: 'fulfilled', provider: 'wijkteam', askedDaysAgo: 60 },
  { from: 'wijkteam', to: 'veiligThuis', title: 'Samen op huisbezoek bij een melding met huiselijk geweld', status: 'accepted', askedDaysAgo: 10 },
  { from: 'deBrug', to: 'gemeente', title: 'Vergoeding voor ervaringsdeskundigen in het jongerenpanel', status: 'open', askedDaysAgo: 23 },
  { from: 'jeugdhulp', to: 'gemeente', title: 'Tijdelijk hoger tarief voor crisisopvang in de zomer', status: 'declined', askedDaysAgo: 40, reason: 'Past niet binnen het budget van dit jaar; we nemen het mee in de herijking in het voorjaar.' },
];

/** Standing offers: what partners can do for others. */
export const EXAMPLE_OFFERS: Array<{ partner: ExamplePartnerKey; title: string; description: string }> = [
  { partner: 'ggz', title: 'Consultatie door een kinder- en jeugdpsychiater binnen 48 uur', description: 'Telefonisch of op locatie, ook voor huisartsen en wijkteams.' },
  { partner: 'ster', title: 'Meekijken met LVB-expertise bij een crisisbeoordeling', description: 'Een gedragsdeskundige sluit aan, overdag binnen vier uur.' },
  { partner: 'wijkteam', title: 'Eén vaste regievoerder voor het gezin na een crisis', description: '' },
  { partner: 'welzijn', title: 'Jongerenwerk in de avonduren als vangnet na een crisis', description: '' },
];

/** Steps, offers, requests and a shared goal of the example network (DESIGN §4, §5.8). */
export async function addExampleDevelopment(tx: Tx, { networkId, authorId, partnerIds, representatives, now }: ExampleNetworkContext): Promise<void> {
  const partner = (key: ExamplePartnerKey) => partnerIds.get(key)!;
  const speaker = (key: ExamplePartnerKey) => representatives.get(key)![0];

  const goalId = randomUUID();
  await tx
    .insertInto('goals')
    .values({
      id: goalId,
      network_id: networkId,
      created_by: authorId,
      created_at: daysAgo(200, now),
      updated_at: daysAgo(150, now),
      title: 'Binnen 24 uur een passende plek',
      indicator: 'Aandeel jongeren in acute crisis dat binnen 24 uur een passende plek of intensieve hulp thuis heeft',
      unit: '%',
      baseline: 52,
      target: 90,
      deadline: dayOffset(400, now),
      agreed_result: 'Negen van de tien jongeren in acute crisis hebben binnen 24 uur een passende plek in de regio, of intensieve hulp thuis. Niemand wacht op een andere organisatie om te beginnen.',
      version: 2,
    })
    .execute();
  const goalPartners: ExamplePartnerKey[] = ['ggz', 'jeugdhulp', 'ster', 'wijkteam', 'gemeente'];
  await tx
    .insertInto('goal_partners')
    .values(
      goalPartners.map((key) => ({
        network_id: networkId,
        goal_id: goalId,
        partner_id: partner(key),
        // The municipality has not yet accepted the second version: the goal is not shared yet.
        accepted_version: key === 'gemeente' ? null : 2,
        accepted_at: key === 'gemeente' ? null : daysAgo(140, now),
      })),
    )
    .execute();
  const measured = [
    [180, 52, 'Nulmeting over het vorige halfjaar'],
    [120, 61, ''],
    [60, 68, 'Logeerbedden Ster weer beschikbaar'],
    [5, 73, ''],
  ] as const;
  await tx
    .insertInto('goal_progress')
    .values(measured.map(([ago, value, note]) => ({ id: randomUUID(), network_id: networkId, goal_id: goalId, created_by: authorId, measured_on: dayOffset(-ago, now), value, note })))
    .execute();

  await tx
    .insertInto('steps')
    .values(
      EXAMPLE_STEPS.map((s, i) => {
        const created = daysAgo(40 - i * 3, now);
        const claimed = s.status === 'claimed' || s.status === 'done';
        const by = s.by === 'coordinator' ? authorId : speaker(s.by);
        return {
          id: randomUUID(),
          network_id: networkId,
          created_by: by,
          created_at: created,
          updated_at: created,
          title: s.title,
          description: s.description,
          status: s.status,
          due_on: s.due === null ? null : dayOffset(s.due, now),
          claimed_by: claimed ? by : null,
          claimed_at: claimed ? created : null,
          finished_at: s.status === 'done' || s.status === 'dropped' ? daysAgo(15, now) : null,
          serves_kind: s.servesGoal ? ('goal' as const) : null,
          serves_id: s.servesGoal ? goalId : null,
        };
      }),
    )
    .execute();

  const offerIds = new Map<ExamplePartnerKey, string>();
  await tx
    .insertInto('offers')
    .values(
      EXAMPLE_OFFERS.map((o) => {
        const id = randomUUID();
        offerIds.set(o.partner, id);
        return { id, network_id: networkId, created_by: speaker(o.partner), created_at: daysAgo(330, now), partner_id: partner(o.partner), title: o.title, description: o.description };
      }),
    )
    .execute();

  await tx
    .insertInto('requests')
    .values(
      EXAMPLE_REQUESTS.map((r) => {
        const asked = daysAgo(r.askedDaysAgo, now);
        const answered = r.status === 'open' ? null : daysAgo(r.askedDaysAgo - 2, now);
        const provider = r.provider ?? r.to;
        return {
          id: randomUUID(),
          network_id: networkId,
          created_by: speaker(r.from),
          created_at: asked,
          updated_at: answered ?? asked,
          from_partner_id: partner(r.from),
          to_partner_id: r.to ? partner(r.to) : null,
          provider_partner_id: r.status === 'accepted' || r.status === 'fulfilled' ? partner(provider!) : null,
          offer_id: r.to && r.title.startsWith('Consultatie') ? (offerIds.get(r.to) ?? null) : null,
          title: r.title,
          status: r.status,
          reason: r.reason ?? null,
          answered_at: answered,
          fulfilled_at: r.status === 'fulfilled' ? daysAgo(r.askedDaysAgo - 14, now) : null,
        };
      }),
    )
    .execute();
}
