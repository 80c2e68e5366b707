import { describe, expect, it } from 'vitest';
import { defaultDelivery, digestPeriod, effectiveDeliveries, isTopic, nextDigestMoment, topicOf, TOPIC_NAMES, TOPICS } from './notification-preferences.ts';

describe('notification topics', () => {
  it('puts the four kinds of asked action in the action group and the rest in information', () => {
    expect(topicOf('roundOpened')).toBe('questionnaire');
    expect(topicOf('agreementProposed')).toBe('ratification');
    expect(topicOf('requestMade')).toBe('request');
    expect(topicOf('differenceNamed')).toBe('differenceView');
    expect(topicOf('agreementConsented')).toBe('agreements');
    expect(topicOf('something.new')).toBe('other');
    expect(TOPIC_NAMES.filter((t) => TOPICS[t].group === 'action')).toEqual(['questionnaire', 'ratification', 'request', 'differenceView']);
  });

  it('names each kind in one topic only', () => {
    const kinds = TOPIC_NAMES.flatMap((t) => [...TOPICS[t].kinds]);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('sends actions at once and information in the daily digest unless the person chose otherwise', () => {
    expect(defaultDelivery('ratification')).toBe('immediate');
    expect(defaultDelivery('sessions')).toBe('daily');
    const all = effectiveDeliveries(new Map([['sessions', 'never' as const]]));
    expect(all.sessions).toBe('never');
    expect(all.questionnaire).toBe('immediate');
    expect(all.agreements).toBe('daily');
    expect(isTopic('agreements')).toBe(true);
    expect(isTopic('toString')).toBe(false);
  });
});

describe('digest moments at 07:30 in Amsterdam', () => {
  it('takes the same morning when it is still before 07:30 there, else the next', () => {
    // Monday 7 December 2026, winter time (UTC+1): 07:30 is 06:30 UTC.
    expect(nextDigestMoment('daily', new Date('2026-12-07T06:00:00Z')).toISOString()).toBe('2026-12-07T06:30:00.000Z');
    expect(nextDigestMoment('daily', new Date('2026-12-07T06:30:00Z')).toISOString()).toBe('2026-12-08T06:30:00.000Z');
    // 23:30 UTC on the 7th is already the 8th in Amsterdam.
    expect(nextDigestMoment('daily', new Date('2026-12-07T23:30:00Z')).toISOString()).toBe('2026-12-08T06:30:00.000Z');
  });

  it('follows the change to summer and to winter time', () => {
    // Summer time starts on Sunday 28 March 2027 at 02:00: 07:30 is then 05:30 UTC.
    expect(nextDigestMoment('daily', new Date('2027-03-27T07:00:00Z')).toISOString()).toBe('2027-03-28T05:30:00.000Z');
    // Winter time starts on Sunday 31 October 2027: 07:30 is 06:30 UTC again.
    expect(nextDigestMoment('daily', new Date('2027-10-30T06:00:00Z')).toISOString()).toBe('2027-10-31T06:30:00.000Z');
  });

  it('sends the weekly digest on Monday morning', () => {
    // From Tuesday 8 December 2026 to Monday 14 December.
    expect(nextDigestMoment('weekly', new Date('2026-12-08T12:00:00Z')).toISOString()).toBe('2026-12-14T06:30:00.000Z');
    // On a Monday before 07:30 it is that morning; after it, a week later.
    expect(nextDigestMoment('weekly', new Date('2026-12-14T06:00:00Z')).toISOString()).toBe('2026-12-14T06:30:00.000Z');
    expect(nextDigestMoment('weekly', new Date('2026-12-14T06:30:00Z')).toISOString()).toBe('2026-12-21T06:30:00.000Z');
    // Across the change to summer time: Monday 29 March 2027 07:30 is 05:30 UTC.
    expect(nextDigestMoment('weekly', new Date('2027-03-24T12:00:00Z')).toISOString()).toBe('2027-03-29T05:30:00.000Z');
  });

  it('names the period by the Dutch day of the moment', () => {
    expect(digestPeriod(new Date('2026-12-07T06:30:00Z'))).toBe('2026-12-07');
  });
});
