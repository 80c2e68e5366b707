import { describe, expect, it } from 'vitest';
import { comparePair, ownFirst } from '../web/src/pages/compare/comparePair.ts';

const partnerIds = ['ggz', 'ster', 'wijkteam'];

describe('comparePair', () => {
  it("puts a representative's own organisation on our side when they compare their own profile", () => {
    expect(comparePair({ a: null, b: 'ggz', mine: 'ggz', partnerIds })).toEqual({ us: 'ggz', them: 'ster' });
  });

  it('compares another partner with our own organisation', () => {
    expect(comparePair({ a: null, b: 'wijkteam', mine: 'ggz', partnerIds })).toEqual({ us: 'ggz', them: 'wijkteam' });
  });

  it('gives someone without an organisation two different partners', () => {
    expect(comparePair({ a: null, b: 'ggz', mine: null, partnerIds })).toEqual({ us: 'ster', them: 'ggz' });
    expect(comparePair({ a: null, b: null, mine: null, partnerIds })).toEqual({ us: 'ggz', them: 'ster' });
  });

  it('keeps what the address asks for, and never the same partner twice', () => {
    expect(comparePair({ a: 'ster', b: 'wijkteam', mine: 'ggz', partnerIds })).toEqual({ us: 'ster', them: 'wijkteam' });
    expect(comparePair({ a: 'ster', b: 'ster', mine: 'ggz', partnerIds })).toEqual({ us: 'ster', them: 'ggz' });
  });

  it('ignores partners that are not in the network', () => {
    expect(comparePair({ a: 'weg', b: 'ook-weg', mine: 'ggz', partnerIds })).toEqual({ us: 'ggz', them: 'ster' });
  });

  it('has nothing to compare with a single partner', () => {
    expect(comparePair({ a: null, b: null, mine: 'ggz', partnerIds: ['ggz'] })).toEqual({ us: 'ggz', them: null });
  });
});

describe('ownFirst', () => {
  it("lists one's own organisation first and keeps the others in order", () => {
    expect(ownFirst([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 'c').map((o) => o.id)).toEqual(['c', 'a', 'b']);
    expect(ownFirst([{ id: 'a' }, { id: 'b' }], null).map((o) => o.id)).toEqual(['a', 'b']);
  });
});
