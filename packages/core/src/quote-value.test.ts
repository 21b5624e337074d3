import { describe, expect, it } from 'vitest';
import { quoteValue } from './quote-value';

describe('quoteValue', () => {
  it.each([
    ['gambling', '"gambling"'],
    [5, '5'],
    [Number.NaN, 'NaN'],
    [null, 'null'],
    [undefined, 'undefined'],
    [10n, '10n'],
    [['gambling'], '["gambling"]'],
    [Symbol('x'), 'Symbol(x)'],
    [() => 1, 'function'],
  ])('shows %s as %s', (value, shown) => {
    expect(quoteValue(value)).toBe(shown);
  });

  it('never throws, even on a cycle', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(quoteValue(cycle)).toBe('[object Object]');
  });
});
