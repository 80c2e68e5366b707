import { describe, expect, it } from 'vitest';
import { orderAttention, type AttentionItem } from './attention.ts';

const item = (kind: AttentionItem['kind'], title: string, due: string | null = null, overdue = false): AttentionItem => ({ kind, id: title, title, due, overdue });

describe('orderAttention', () => {
  it('puts the open questionnaire first and the next session last', () => {
    const ordered = orderAttention([
      item('session', 'Overleg', '2026-12-10'),
      item('request', 'Plek voor Sam'),
      item('step', 'Notulen rondsturen', '2026-12-09'),
      item('questionnaire', 'Ronde december', '2026-12-20T23:00:00.000Z'),
      item('difference', 'Wachttijden'),
      item('ratification', 'Spelregels'),
    ]);
    expect(ordered.map((i) => i.kind)).toEqual(['questionnaire', 'ratification', 'request', 'difference', 'step', 'session']);
  });

  it('puts an overdue step right after the questionnaire, before what others wait for', () => {
    const ordered = orderAttention([item('ratification', 'Spelregels'), item('step', 'Te laat', '2026-12-01', true), item('questionnaire', 'Ronde')]);
    expect(ordered.map((i) => i.title)).toEqual(['Ronde', 'Te laat', 'Spelregels']);
  });

  it('orders the same kind by the earliest due day, undated last, then by title', () => {
    const ordered = orderAttention([
      item('step', 'Zonder datum'),
      item('step', 'Later', '2026-12-12'),
      item('step', 'Eerder', '2026-12-08'),
      item('step', 'Als eerste zonder datum'),
    ]);
    expect(ordered.map((i) => i.title)).toEqual(['Eerder', 'Later', 'Als eerste zonder datum', 'Zonder datum']);
  });

  it('does not change the list it is given', () => {
    const items = [item('session', 'B'), item('questionnaire', 'A')];
    orderAttention(items);
    expect(items.map((i) => i.title)).toEqual(['B', 'A']);
  });
});
