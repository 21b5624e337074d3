import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findImageTarget, getImageSpec, type ImageTarget } from '../specs';
import { renderExampleAvatar } from './example-avatars';
import { renderCropPreview } from './render-crop-preview';
import { textRenamedPng } from './test-images';

const facebook = findImageTarget('facebook') as ImageTarget;

async function pixelAt(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [...data.subarray(offset, offset + 3)];
}

describe('renderCropPreview', () => {
  it('shows the large view beside the avatar at each display size of the platform', async () => {
    const { png, findings } = await renderCropPreview(await renderExampleAvatar('compliant'), facebook, { size: 300 });
    expect(findings).toEqual([]);
    const meta = await sharp(png).metadata();
    const sizes = getImageSpec('facebook').displaySizes.map((display) => display.size.value);
    const stacked = sizes.reduce((sum, side) => sum + side + 24, 24);
    expect(meta).toMatchObject({ format: 'png', width: 300 + Math.max(...sizes) + 48, height: Math.max(300, stacked) });
  });

  it('dims the corners the circle cuts away and keeps the centre as it is', async () => {
    const { png } = await renderCropPreview(await renderExampleAvatar('compliant'), facebook, { size: 300 });
    const corner = await pixelAt(png as Buffer, 3, 3);
    expect(Math.max(...corner)).toBeLessThan(140); // white under a 55% black veil
    // Between the safe circle and the crop circle, on the horizontal axis: background, undimmed.
    expect(await pixelAt(png as Buffer, 20, 150)).toEqual([255, 255, 255]);
  });

  it('outlines the safe circle in yellow', async () => {
    const { png } = await renderCropPreview(await renderExampleAvatar('compliant'), facebook, { size: 300 });
    // The dash pattern starts at the circle's rightmost point; safe radius = 0.8 × 150.
    const [r, g, b] = await pixelAt(png as Buffer, 150 + 120, 151);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeGreaterThan(150);
    expect(b).toBeLessThan(120);
  });

  it('can leave out the display sizes, giving a square picture', async () => {
    const { png } = await renderCropPreview(await renderExampleAvatar('compliant'), facebook, { size: 200, displaySizes: false });
    expect(await sharp(png).metadata()).toMatchObject({ width: 200, height: 200 });
  });

  it('returns the findings, and no picture, for a file that is not an image', async () => {
    const preview = await renderCropPreview(textRenamedPng, facebook);
    expect(preview.png).toBeUndefined();
    expect(preview.findings.map((finding) => finding.ruleId)).toEqual(['image.unreadable']);
  });
});
