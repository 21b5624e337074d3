import { describe, expect, it } from 'vitest';
import { messageWithFigures, pixelsText } from './format';

const both = (count: number) =>
  messageWithFigures(
    (n) => pixelsText(count, n, { millions: 'juta piksel', pixels: 'piksel' }),
    (n) => pixelsText(count, n, { millions: 'million pixels', pixels: 'pixels' }),
  );

describe('pixelsText', () => {
  it.each([
    [64_000_000, '64 juta piksel', '64 million pixels'],
    [1_500_000, '1,5 juta piksel', '1.5 million pixels'],
    [300_000, '300.000 piksel', '300,000 pixels'],
    [1_250_000, '1.250.000 piksel', '1,250,000 pixels'],
    [64_016_001, '64.016.001 piksel', '64,016,001 pixels'],
    [900, '900 piksel', '900 pixels'],
  ])('writes %i readably in each language', (count, id, en) => {
    expect(both(count)).toEqual({ id, en });
  });
});
