import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findImageTarget, type ImageTarget } from '../specs';
import { checkImageFile } from './check-image-file';
import { renderExampleAvatar } from './example-avatars';
import { inspectImageFile, isInspected } from './inspect-image-file';
import { animatedGif, cmykJpeg, pixelBombPng, rotatedByExifPhoto, textRenamedPng, truncatedJpeg } from './test-images';

const instagram = findImageTarget('instagram') as ImageTarget;
const youtube = findImageTarget('youtube') as ImageTarget;
const ruleIds = (report: { findings: { ruleId: string }[] }) => report.findings.map((finding) => finding.ruleId).sort();

describe('checkImageFile', () => {
  it('finds nothing wrong with the compliant example avatar', async () => {
    const report = await checkImageFile(await renderExampleAvatar('compliant'), instagram);
    expect(report.findings).toEqual([]);
    expect(report.meta).toMatchObject({ width: 640, height: 640, format: 'png', space: 'srgb', pages: 1 });
  });

  it('reads a path as well as bytes, and counts the bytes of the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'profile-image-'));
    const file = join(dir, 'avatar.png');
    const bytes = await renderExampleAvatar('compliant');
    await writeFile(file, bytes);
    const report = await checkImageFile(file, instagram);
    expect(report.meta?.bytes).toBe(bytes.length);
    expect(report.findings).toEqual([]);
  });

  it('says by how much a logo touching the corners leaves the safe circle', async () => {
    const report = await checkImageFile(await renderExampleAvatar('touching-corners'), instagram);
    expect(ruleIds(report)).toEqual(['image.background-not-uniform', 'image.emblem-outside-safe-area']);
    const outside = report.findings.find((finding) => finding.ruleId === 'image.emblem-outside-safe-area');
    expect(outside?.message.en).toMatch(/reaches \d+ pixels \([\d.]+% of the side\) beyond the safe circle .* cut off/);
    expect(outside?.message.id).toMatch(/Lambang keluar \d+ piksel \([\d,]+% sisi\)/);
  });

  it('reports a transparent PNG', async () => {
    const report = await checkImageFile(await renderExampleAvatar('transparent'), instagram);
    expect(ruleIds(report)).toEqual(['image.transparency']);
    expect(report.meta?.hasAlpha).toBe(true);
  });

  it('applies EXIF orientation before judging the shape', async () => {
    const report = await checkImageFile(await rotatedByExifPhoto(), instagram);
    expect(report.meta).toMatchObject({ width: 300, height: 400, orientation: 6, format: 'jpeg' });
    expect(report.findings.find((finding) => finding.ruleId === 'image.square')?.message.en).toContain('300×400');
  });

  it('flags a CMYK JPEG and still judges its pixels in sRGB', async () => {
    const report = await checkImageFile(await cmykJpeg(), instagram);
    expect(report.meta?.space).toBe('cmyk');
    expect(ruleIds(report)).toEqual(['image.colour-space']);
  });

  it('flags an animated GIF, which YouTube accepts only when still', async () => {
    const report = await checkImageFile(await animatedGif(), youtube);
    expect(report.meta?.pages).toBe(2);
    expect(ruleIds(report)).toContain('image.animated');
  });

  it('refuses a truncated file with a clear finding instead of an exception', async () => {
    const report = await checkImageFile(await truncatedJpeg(), instagram);
    expect(report.meta).toBeUndefined();
    expect(ruleIds(report)).toEqual(['image.unreadable']);
    expect(report.findings[0]?.message.en).toMatch(/damaged or truncated/);
  });

  it('says what a text file renamed .png really is', async () => {
    const report = await checkImageFile(textRenamedPng, instagram);
    expect(ruleIds(report)).toEqual(['image.unreadable']);
    expect(report.findings[0]?.message.en).toContain('text "Ini bukan gambar.');
  });

  it('says an empty file is empty, not that it "starts with" something', async () => {
    const report = await checkImageFile(new Uint8Array(0), instagram);
    expect(ruleIds(report)).toEqual(['image.unreadable']);
    expect(report.findings[0]?.message.en).toMatch(/^This file is empty \(0 bytes\)/);
  });

  it('refuses a 50,000×50,000 decompression bomb before decoding it', async () => {
    const before = process.memoryUsage().rss;
    const report = await checkImageFile(pixelBombPng(), instagram);
    expect(ruleIds(report)).toEqual(['image.too-many-pixels']);
    expect(report.findings[0]?.message.en).toContain('50,000×50,000');
    // Decoding would need 7.5 GB; refusing from the header needs next to nothing.
    expect(process.memoryUsage().rss - before).toBeLessThan(200_000_000);
  });

  it('reports an asOf that is no real day once, with no figures of a file it did not read', async () => {
    const report = await checkImageFile(await renderExampleAvatar('compliant'), instagram, { asOf: '2026-02-31' });
    expect(ruleIds(report)).toEqual(['input.invalid-option']);
    expect(report.meta).toBeUndefined();
  });

  it('reports a missing file as a finding', async () => {
    const report = await checkImageFile('/nonexistent/avatar.png', instagram);
    expect(ruleIds(report)).toEqual(['image.unreadable']);
    expect(report.findings[0]?.message.en).toContain('/nonexistent/avatar.png was not found');
  });

  it('reports pixel figures in the pixels of the original file, not of the analysed copy', async () => {
    const large = await renderExampleAvatar('off-centre', 2000);
    const inspected = await inspectImageFile(large);
    expect(isInspected(inspected) && inspected.pixels.width).toBe(512);
    const report = await checkImageFile(large, instagram);
    const offCentre = report.findings.find((finding) => finding.ruleId === 'image.off-centre');
    // The example moves the emblem 8% of the side to the right: 160 of 2000 pixels.
    const [, pixels] = /by (\d+) pixels/.exec(offCentre?.message.en ?? '') ?? [];
    expect(Number(pixels)).toBeGreaterThan(150);
    expect(Number(pixels)).toBeLessThan(170);
  });

  it('checks formats and bytes against the platform', async () => {
    const webp = await sharp(await renderExampleAvatar('compliant', 400))
      .webp()
      .toBuffer();
    expect(ruleIds(await checkImageFile(webp, instagram))).toEqual(['image.format']);
  });
});
