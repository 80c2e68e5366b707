import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isDifferenceNotYetDiscussed,
  isDifferenceOpen,
  isRequestUnanswered,
  newStoriesFrom,
  orderAgenda,
  type AgendaSection,
  type WeighedAgendaItem,
} from './agenda.ts';

const item = (section: AgendaSection, title: string, weight = 0): WeighedAgendaItem => ({
  section,
  kind: section,
  title,
  reason: { code: 'difference_open', params: {} },
  link: null,
  weight,
});

describe('orderAgenda', () => {
  it('opens with what goes well and follows the sections of §5.7', () => {
    const ordered = orderAgenda([
      item('requests', 'Verzoek'),
      item('value_map', 'Waardenkaart'),
      item('steps', 'Stap'),
      item('differences', 'Verschil'),
      item('agreements', 'Afspraak'),
      item('pairs', 'Paar'),
      item('too_good_to_be_true', 'Te mooi'),
      item('downward_spirals', 'Neerwaarts'),
      item('going_well', 'Opwaarts'),
    ]);
    expect(ordered.map((i) => i.title)).toEqual(['Opwaarts', 'Neerwaarts', 'Te mooi', 'Paar', 'Afspraak', 'Verschil', 'Stap', 'Verzoek', 'Waardenkaart']);
  });

  it('puts the weightier item first within a section and keeps the input order on equal weights', () => {
    const ordered = orderAgenda([item('steps', 'a', 2), item('steps', 'b', 9), item('steps', 'c', 2), item('going_well', 'd', 1)]);
    expect(ordered.map((i) => i.title)).toEqual(['d', 'b', 'a', 'c']);
    expect(ordered[0]).not.toHaveProperty('weight');
  });
});

describe('dates', () => {
  it('adds and counts calendar days across a month, a year and a clock change', () => {
    expect(addDays('2026-11-23', -60)).toBe('2026-09-24');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // the clocks go back on 25 October
    expect(daysBetween('2026-11-23', '2026-11-09')).toBe(-14);
  });
});

describe('newStoriesFrom', () => {
  it('counts from the previous session, or 60 days back without one', () => {
    expect(newStoriesFrom('2026-10-01', '2026-11-23')).toBe('2026-10-01');
    expect(newStoriesFrom(null, '2026-11-23')).toBe('2026-09-24');
  });
});

describe('isRequestUnanswered', () => {
  const request = { status: 'open', draft: false, createdOn: '2026-11-09' };
  it('is unanswered from exactly 14 days on', () => {
    expect(isRequestUnanswered(request, '2026-11-23')).toBe(true);
    expect(isRequestUnanswered({ ...request, createdOn: '2026-11-10' }, '2026-11-23')).toBe(false);
  });
  it('ignores drafts and answered requests', () => {
    expect(isRequestUnanswered({ ...request, draft: true }, '2026-11-23')).toBe(false);
    expect(isRequestUnanswered({ ...request, status: 'accepted' }, '2026-11-23')).toBe(false);
    expect(isRequestUnanswered({ ...request, status: 'declined' }, '2026-11-23')).toBe(false);
  });
});

describe('differences', () => {
  it('are not yet discussed while named or explored, and open up to discussed', () => {
    expect(['named', 'explored', 'discussed', 'resolved', 'accepted'].map((status) => isDifferenceNotYetDiscussed({ status, draft: false }))).toEqual([true, true, false, false, false]);
    expect(['named', 'explored', 'discussed', 'resolved', 'accepted'].map((status) => isDifferenceOpen({ status, draft: false }))).toEqual([true, true, true, false, false]);
    expect(isDifferenceOpen({ status: 'named', draft: true })).toBe(false);
    expect(isDifferenceNotYetDiscussed({ status: 'named', draft: true })).toBe(false);
  });
});
