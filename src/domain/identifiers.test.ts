import { describe, expect, it } from 'vitest';
import { normalizeIdentifier } from './identifiers.ts';

describe('normalizeIdentifier', () => {
  it('accepts eight digits, tolerating spaces and dots', () => {
    expect(normalizeIdentifier('kvk', '12345678')).toEqual({ value: '12345678' });
    expect(normalizeIdentifier('agb', '0310 1234')).toEqual({ value: '03101234' });
    expect(normalizeIdentifier('ura', '12.34.56.78')).toEqual({ value: '12345678' });
  });
  it('refuses other lengths and letters', () => {
    expect(normalizeIdentifier('kvk', '1234567')).toEqual({ error: 'A KvK number has exactly 8 digits' });
    expect(normalizeIdentifier('agb', '123456789')).toHaveProperty('error');
    expect(normalizeIdentifier('ura', '1234567a')).toHaveProperty('error');
    expect(normalizeIdentifier('kvk', '')).toHaveProperty('error');
  });
});
