import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImageMeta } from './check-image-meta';
import { findImageTarget, type ImageTarget } from './specs';

const x = findImageTarget('x') as ImageTarget;
const instagram = findImageTarget('instagram') as ImageTarget;
const ruleIds = (findings: { ruleId: string }[]) => findings.map((finding) => finding.ruleId);

describe('checkImageMeta', () => {
  it('accepts a square image at the recommended size in an accepted format', () => {
    expect(checkImageMeta({ width: 400, height: 400, format: 'image/png', bytes: 120_000 }, x)).toEqual([]);
  });

  it('reports a file over the platform byte limit, in both languages with their own decimals', () => {
    const [finding] = checkImageMeta({ width: 400, height: 400, format: 'jpg', bytes: 1_250_000 }, x);
    expect(finding?.ruleId).toBe('image.max-bytes');
    expect(finding?.message.en).toBe('The file is 1.3 MB, over the x limit of 700 kB.');
    expect(finding?.message.id).toBe('Berkas 1,3 MB, di atas batas x 700 kB.');
  });

  it('reports a format the platform does not accept and names the accepted ones', () => {
    const [finding] = checkImageMeta({ width: 320, height: 320, format: 'webp', bytes: 1 }, instagram);
    expect(finding?.ruleId).toBe('image.format');
    expect(finding?.message.en).toContain('use JPEG, PNG');
  });

  it('separates below the minimum (an error) from below the recommendation (advice)', () => {
    expect(ruleIds(checkImageMeta({ width: 100, height: 100, format: 'png', bytes: 1 }, instagram))).toEqual(['image.minimum-size']);
    expect(ruleIds(checkImageMeta({ width: 200, height: 200, format: 'png', bytes: 1 }, instagram))).toEqual(['image.recommended-size']);
  });

  it('says how much a non-square image loses', () => {
    const [finding] = checkImageMeta({ width: 1200, height: 800, format: 'png', bytes: 1 }, instagram);
    expect(finding?.ruleId).toBe('image.square');
    expect(finding?.message.en).toContain('crop 400 pixels');
  });

  it('skips rules not yet in effect on the given date', () => {
    expect(checkImageMeta({ width: 100, height: 300, format: 'gif', bytes: 1 }, instagram, { asOf: '2025-01-01' })).toEqual([]);
  });

  it('never throws, and reports impossible sizes as unreadable', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (width, height, format, bytes) => {
        const findings = checkImageMeta({ width, height, format, bytes } as never, instagram);
        const valid = Number.isInteger(width) && Number.isInteger(height) && (width as number) > 0 && (height as number) > 0;
        if (!valid) expect(ruleIds(findings)).toEqual(['image.unreadable']);
        else expect(ruleIds(findings)).not.toContain('image.unreadable');
      }),
    );
  });

  it('reports exactly the size findings the figures call for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), (width, height) => {
        const ids = ruleIds(checkImageMeta({ width, height, format: 'png', bytes: 1 }, instagram));
        const side = Math.min(width, height);
        expect(ids.includes('image.square')).toBe(width !== height);
        expect(ids.includes('image.minimum-size')).toBe(side < instagram.minimumSize);
        expect(ids.includes('image.recommended-size')).toBe(side >= instagram.minimumSize && side < instagram.recommendedSize);
      }),
    );
  });
});
