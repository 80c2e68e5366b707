import { DateTime } from 'luxon';
import { ZONE } from './calendar.ts';

// How people hear about events by mail (issue 12). Every event is always in the app; by mail it
// comes immediately, in a daily or weekly digest, or not at all, as the person chose per topic.

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DELIVERIES = ['immediate', 'daily', 'weekly', 'never'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export type Cadence = 'daily' | 'weekly';

/**
 * The topics a person sets a delivery for, with the notification kinds each covers. The first
 * group asks something of the person ("vraagt uw actie"), the second is for information.
 */
export const TOPICS = {
  questionnaire: { group: 'action', kinds: ['roundOpened', 'roundReminder'] },
  ratification: { group: 'action', kinds: ['agreementProposed', 'goalToAccept'] },
  request: { group: 'action', kinds: ['requestMade'] },
  differenceView: { group: 'action', kinds: ['differenceNamed'] },
  agreements: {
    group: 'information',
    kinds: ['agreementCreated', 'agreementChanged', 'agreementVersionAdded', 'agreementConsented', 'agreementObjected', 'agreementInForce', 'agreementEnded', 'agreementReviewDue'],
  },
  requestUpdates: { group: 'information', kinds: ['requestAccepted', 'requestDeclined', 'requestFulfilled', 'requestWithdrawn'] },
  goals: { group: 'information', kinds: ['goalShared'] },
  sessions: { group: 'information', kinds: ['sessionScheduled', 'sessionCancelled', 'sessionLeft', 'sessionPublished'] },
  rounds: { group: 'information', kinds: ['roundClosed'] },
  differences: { group: 'information', kinds: ['differenceStatusChanged'] },
  other: { group: 'information', kinds: [] },
} as const satisfies Record<string, { group: 'action' | 'information'; kinds: readonly string[] }>;

export type Topic = keyof typeof TOPICS;
export const TOPIC_NAMES = Object.keys(TOPICS) as Topic[];

/** Whether a string names a topic. */
export function isTopic(value: string): value is Topic {
  return Object.hasOwn(TOPICS, value);
}

/**
 * The topic a notification kind belongs to; a kind no topic names is "other" (information).
 *
 * @example topicOf('agreementProposed') // 'ratification'
 */
export function topicOf(kind: string): Topic {
  for (const name of TOPIC_NAMES) if ((TOPICS[name].kinds as readonly string[]).includes(kind)) return name;
  return 'other';
}

/** The delivery a person has without a choice of their own: actions at once, information daily. */
export function defaultDelivery(topic: Topic): Delivery {
  return TOPICS[topic].group === 'action' ? 'immediate' : 'daily';
}

/** The delivery of every topic: the person's own choices over the defaults. */
export function effectiveDeliveries(choices: ReadonlyMap<string, Delivery> | Record<string, Delivery>): Record<Topic, Delivery> {
  const get = (t: Topic) => (choices instanceof Map ? choices.get(t) : (choices as Record<string, Delivery>)[t]);
  return Object.fromEntries(TOPIC_NAMES.map((t) => [t, get(t) ?? defaultDelivery(t)])) as Record<Topic, Delivery>;
}

/**
 * How long events about the same thing are gathered into one "immediate" mail: the first event
 * starts the window, everything about that thing until its end goes out as one mail.
 */
export const BUNDLE_WINDOW_MINUTES = 10;

/** The wall-clock time in the Netherlands at which digests go out (weekly ones on Monday). */
export const DIGEST_TIME = { hour: 7, minute: 30 } as const;

/**
 * The first digest moment strictly after `after`: 07:30 Amsterdam time on the next day (daily)
 * or the next Monday (weekly), whatever the UTC offset that day.
 *
 * @example nextDigestMoment('daily', new Date('2027-03-27T07:00:00Z')) // 2027-03-28T05:30:00.000Z (summer time began that night)
 */
export function nextDigestMoment(cadence: Cadence, after: Date): Date {
  const local = DateTime.fromJSDate(after, { zone: ZONE });
  let candidate = local.set({ ...DIGEST_TIME, second: 0, millisecond: 0 });
  if (cadence === 'weekly') candidate = candidate.plus({ days: (8 - candidate.weekday) % 7 });
  while (candidate <= local) candidate = candidate.plus({ days: cadence === 'weekly' ? 7 : 1 });
  return candidate.toJSDate();
}

/**
 * The name of the period a digest at `moment` closes: the Dutch calendar day of the moment. One
 * digest per person, cadence and period is ever sent.
 *
 * @example digestPeriod(new Date('2026-12-07T06:30:00Z')) // '2026-12-07'
 */
export function digestPeriod(moment: Date): string {
  return DateTime.fromJSDate(moment, { zone: ZONE }).toISODate()!;
}
