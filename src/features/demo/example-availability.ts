import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/transaction.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { WeeklyWindow } from '../../domain/coverage.ts';
import type { ExampleNetworkContext } from './example-network.ts';
import type { ExamplePartnerKey } from './example-partners.ts';

interface ExampleSlot {
  partner: ExamplePartnerKey;
  weekdays: WeeklyWindow['weekday'][];
  start: string;
  end: string;
  priority: number;
  contact: string;
}

interface ExampleCapability {
  name: string;
  description: string;
  escalation: string;
  requirement: { windows: WeeklyWindow[] | null; minPartners: number };
  slots: ExampleSlot[];
}

const WORKDAYS: WeeklyWindow['weekday'][] = [1, 2, 3, 4, 5];
const EVERY_DAY: WeeklyWindow['weekday'][] = [1, 2, 3, 4, 5, 6, 7];

/**
 * The crisis route's schedule. GGZ assessment rests on GGZ Noord alone in the evenings, nights and
 * weekends (the single point of failure); LVB expertise has nobody on Sunday (the visible gap);
 * crisis beds are covered twice around the clock.
 */
export const EXAMPLE_CAPABILITIES: ExampleCapability[] = [
  {
    name: 'GGZ-crisisbeoordeling',
    description: 'Een psychiater of crisisverpleegkundige beoordeelt binnen twee uur of een jongere acuut gevaar loopt en wat er nodig is.',
    escalation: 'Huisartsenpost Noord, 0900 123 4567; bij direct gevaar 112',
    requirement: { windows: null, minPartners: 1 },
    slots: [
      { partner: 'ggz', weekdays: WORKDAYS, start: '08:00', end: '22:00', priority: 1, contact: 'Crisisdienst GGZ Noord (dag), 050 123 4501' },
      { partner: 'ggz', weekdays: EVERY_DAY, start: '22:00', end: '08:00', priority: 1, contact: 'Crisisdienst GGZ Noord (nacht), 050 123 4502' },
      { partner: 'ggz', weekdays: [6, 7], start: '08:00', end: '22:00', priority: 1, contact: 'Crisisdienst GGZ Noord (weekend), 050 123 4502' },
      { partner: 'jeugdhulp', weekdays: WORKDAYS, start: '08:30', end: '17:00', priority: 2, contact: 'Crisisteam Jeugdhulp Noord, 050 123 4601' },
    ],
  },
  {
    name: 'LVB-expertise',
    description: 'Een gedragswetenschapper met LVB-ervaring denkt mee over taal, tempo en veiligheid bij een jongere met een licht verstandelijke beperking.',
    escalation: 'Consultatieteam LVB landelijk, 0800 123 4570',
    requirement: {
      windows: [...WORKDAYS.map((weekday) => ({ weekday, start: '08:00', end: '22:00' })), { weekday: 6, start: '10:00', end: '18:00' }, { weekday: 7, start: '10:00', end: '18:00' }],
      minPartners: 1,
    },
    slots: [
      { partner: 'ster', weekdays: WORKDAYS, start: '08:00', end: '22:00', priority: 1, contact: 'Bereikbaarheidsdienst Stichting Ster, 050 123 4701' },
      { partner: 'ster', weekdays: [6], start: '10:00', end: '18:00', priority: 1, contact: 'Bereikbaarheidsdienst Stichting Ster, 050 123 4701' },
      { partner: 'jeugdhulp', weekdays: WORKDAYS, start: '09:00', end: '17:00', priority: 2, contact: 'LVB-consulent Jeugdhulp Noord, 050 123 4602' },
    ],
  },
  {
    name: 'Crisisopvang (bed)',
    description: 'Een bed voor een jongere die vannacht niet thuis kan blijven, met begeleiding die LVB en jeugd-GGZ aankan.',
    escalation: 'Regionaal Bureau Plaatsing Jeugd, 0800 123 4580',
    requirement: { windows: null, minPartners: 2 },
    slots: [
      { partner: 'jeugdhulp', weekdays: EVERY_DAY, start: '00:00', end: '00:00', priority: 1, contact: 'Crisisopvang Jeugdhulp Noord, 050 123 4603' },
      { partner: 'ster', weekdays: EVERY_DAY, start: '00:00', end: '00:00', priority: 2, contact: 'Logeerhuis Stichting Ster, 050 123 4702' },
    ],
  },
];

/** Adds the capabilities, their requirements and the partners' weekly slots, plus one holiday closure. */
export async function addExampleAvailability(tx: Tx, { networkId, authorId, partnerIds, now }: ExampleNetworkContext): Promise<void> {
  const partner = (key: ExamplePartnerKey) => {
    const id = partnerIds.get(key);
    if (!id) throw new Error(`The example has no partner "${key}"`);
    return id;
  };
  const capabilityIds = new Map<string, string>();
  for (const capability of EXAMPLE_CAPABILITIES) {
    const id = randomUUID();
    capabilityIds.set(capability.name, id);
    await tx.insertInto('capabilities').values({ id, network_id: networkId, name: capability.name, description: capability.description, escalation: capability.escalation }).execute();
    await tx
      .insertInto('requirements')
      .values({
        id: randomUUID(),
        network_id: networkId,
        capability_id: id,
        windows: capability.requirement.windows === null ? null : JSON.stringify(capability.requirement.windows),
        min_partners: capability.requirement.minPartners,
      })
      .execute();
    await tx
      .insertInto('availability_slots')
      .values(
        capability.slots.flatMap((slot) =>
          slot.weekdays.map((weekday) => ({
            id: randomUUID(),
            network_id: networkId,
            partner_id: partner(slot.partner),
            capability_id: id,
            weekday,
            start_time: slot.start,
            end_time: slot.end,
            valid_from: null,
            valid_until: null,
            priority: slot.priority,
            contact: slot.contact,
          })),
        ),
      )
      .execute();
  }
  // The LVB consultant of Jeugdhulp Noord is away over Christmas: the weekday evenings then rest on Stichting Ster alone.
  const year = dutchToday(now).slice(0, 4);
  await tx
    .insertInto('availability_exceptions')
    .values({
      id: randomUUID(),
      network_id: networkId,
      partner_id: partner('jeugdhulp'),
      capability_id: capabilityIds.get('LVB-expertise')!,
      from_date: `${year}-12-24`,
      until_date: `${year}-12-31`,
      reason: 'Kerstvakantie LVB-consulent',
      created_by: authorId,
    })
    .execute();
}
