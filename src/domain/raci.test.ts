import { describe, expect, it } from 'vitest';
import { raciProblem } from './raci.ts';

describe('raciProblem', () => {
  it('accepts exactly one accountable partner', () => {
    expect(raciProblem([{ partnerId: 'ggz', letter: 'A' }, { partnerId: 'lvb', letter: 'R' }, { partnerId: 'gemeente', letter: 'I' }])).toBeNull();
    expect(raciProblem([{ partnerId: 'ggz', letter: 'A' }])).toBeNull();
  });
  it('refuses none, two, or a partner twice', () => {
    expect(raciProblem([{ partnerId: 'ggz', letter: 'R' }])).toMatch(/none/);
    expect(raciProblem([])).toMatch(/none/);
    expect(raciProblem([{ partnerId: 'ggz', letter: 'A' }, { partnerId: 'lvb', letter: 'A' }])).toMatch(/2 are given/);
    expect(raciProblem([{ partnerId: 'ggz', letter: 'A' }, { partnerId: 'ggz', letter: 'R' }])).toMatch(/one letter/);
  });
});
