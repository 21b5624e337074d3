import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapsAny, spanSetOf } from './span-set';

const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));

describe('overlapsAny', () => {
  it('answers as testing every span of the set would', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), span, (spans, probe) => {
        const expected = spans.some((other) => other.start < probe.end && probe.start < other.end);
        expect(overlapsAny(spanSetOf(spans), probe)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps touching spans apart: half-open spans that only meet do not overlap', () => {
    const set = spanSetOf([
      { start: 0, end: 5 },
      { start: 5, end: 8 },
    ]);
    expect(overlapsAny(set, { start: 8, end: 9 })).toBe(false);
    expect(overlapsAny(set, { start: 4, end: 6 })).toBe(true);
  });
});
