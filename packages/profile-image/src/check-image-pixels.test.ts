import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePixels, type Rgb, type RgbaPixels } from './analyse-pixels';
import { checkImagePixels } from './check-image-pixels';
import { placement } from './specs';

const circleCrop = { crop: 'circle' } as const;
const white: Rgb = { r: 255, g: 255, b: 255 };
const blue: Rgb = { r: 11, g: 61, b: 145 };

/** A `side`² image of `background` with a disc of `radius` centred at (cx, cy); `alpha` for the background. */
function disc(side: number, radius: number, options: { cx?: number; cy?: number; background?: Rgb; alpha?: number } = {}): RgbaPixels {
  const { cx = side / 2, cy = side / 2, background = white, alpha = 255 } = options;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius;
      const colour = inside ? blue : background;
      data.set([colour.r, colour.g, colour.b, inside ? 255 : alpha], (y * side + x) * 4);
    }
  }
  return { width: side, height: side, data };
}

const ruleIds = (pixels: RgbaPixels, options = {}) => checkImagePixels(pixels, circleCrop, options).map((finding) => finding.ruleId);
const safeRadius = (side: number) => (side * placement.safeCircleDiameter) / 2;

describe('analysePixels', () => {
  it('reads the background from the border and the emblem box from the rest', () => {
    const analysis = analysePixels(disc(100, 20), placement);
    expect(analysis.background).toEqual(white);
    expect(analysis.borderUniformity).toBe(1);
    expect(analysis.emblemBox).toEqual({ left: 30, top: 30, right: 70, bottom: 70 });
  });

  it('analyses the centred square of a wide image', () => {
    const wide = disc(100, 20);
    const data = new Uint8ClampedArray(160 * 100 * 4).fill(255);
    for (let y = 0; y < 100; y++) data.set(wide.data.subarray(y * 400, (y + 1) * 400), (y * 160 + 30) * 4);
    expect(analysePixels({ width: 160, height: 100, data }, placement).emblemBox).toEqual({ left: 30, top: 30, right: 70, bottom: 70 });
  });
});

describe('checkImagePixels', () => {
  it('accepts a centred emblem inside the safe circle on an official colour', () => {
    expect(ruleIds(disc(200, safeRadius(200) - 4))).toEqual([]);
  });

  it('reports an emblem reaching beyond the safe circle, by how many pixels', () => {
    const [finding] = checkImagePixels(disc(200, 95), circleCrop);
    expect(finding?.ruleId).toBe('image.emblem-outside-safe-area');
    expect(finding?.message.en).toMatch(/^The emblem reaches 15 pixels \(7.5% of the side\)/);
  });

  it('scales pixel figures to the original when the pixels are a reduced copy', () => {
    const [finding] = checkImagePixels(disc(200, 95), circleCrop, { originalSide: 2000 });
    expect(finding?.message.en).toMatch(/^The emblem reaches 150 pixels \(7.5% of the side\)/);
  });

  it('reports transparency, a background outside the palette and a missing emblem', () => {
    expect(ruleIds(disc(100, 30, { alpha: 0 }))).toEqual(['image.transparency']);
    expect(ruleIds(disc(100, 30, { background: { r: 200, g: 30, b: 30 } }))).toEqual(['image.background-colour']);
    expect(ruleIds(disc(100, 0))).toEqual(['image.no-emblem']);
  });

  it('names an example palette colour as an example when it suggests it', () => {
    const [finding] = checkImagePixels(disc(100, 30, { background: { r: 60, g: 100, b: 200 } }), circleCrop);
    expect(placement.backgroundColours.find((colour) => colour.hex === '#0B3D91')?.example).toBe(true);
    expect(finding?.message.id).toContain('Biru instansi (contoh) #0B3D91');
    expect(finding?.message.en).toContain('Institution blue (example) #0B3D91');
  });

  it('returns a finding, not an exception, for pixel data that does not match its size', () => {
    const findings = checkImagePixels({ width: 10, height: 10, data: new Uint8Array(7) }, circleCrop);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['image.unreadable']);
    expect(findings[0]?.message.en).toContain('need 400 RGBA bytes, got 7');
  });

  it('property: an emblem is reported outside the safe circle exactly when it is', () => {
    const side = 120;
    fc.assert(
      // Up to just inside the canvas edge: an emblem crossing the edge hides the background itself.
      fc.property(fc.double({ min: 5, max: side / 2 - 2, noNaN: true }), (radius) => {
        const margin = Math.abs(radius - safeRadius(side));
        fc.pre(margin > 1.5); // pixel rounding decides the cases in between
        expect(ruleIds(disc(side, radius)).includes('image.emblem-outside-safe-area')).toBe(radius > safeRadius(side));
      }),
      { numRuns: 60 },
    );
  });

  it('property: an emblem is reported off-centre exactly when its offset exceeds the tolerance', () => {
    const side = 160;
    const limit = placement.maxCentreOffset * side;
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 }), (dx, dy) => {
        fc.pre(Math.abs(Math.hypot(dx, dy) - limit) > 1.5);
        const ids = ruleIds(disc(side, 20, { cx: side / 2 + dx, cy: side / 2 + dy }));
        expect(ids.includes('image.off-centre')).toBe(Math.hypot(dx, dy) > limit);
      }),
      { numRuns: 80 },
    );
  });

  it('property: never throws on arbitrary input, however malformed', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (width, height, data) => {
        const findings = checkImagePixels({ width, height, data } as never, circleCrop);
        expect(findings.map((finding) => finding.ruleId)).toEqual(['image.unreadable']);
      }),
    );
  });

  it('property: never throws on arbitrary pixel data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.uint8Array({ maxLength: 2400 }),
        (width, height, data) => {
          const findings = checkImagePixels({ width, height, data }, circleCrop);
          if (data.length !== width * height * 4) expect(findings.map((finding) => finding.ruleId)).toEqual(['image.unreadable']);
        },
      ),
    );
  });
});
