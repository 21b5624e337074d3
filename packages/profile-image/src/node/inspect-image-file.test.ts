import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderExampleAvatar } from './example-avatars';
import { inspectImageFile, isInspected } from './inspect-image-file';

const messages = (result: { findings: { ruleId: string; message: { en: string } }[] }) =>
  result.findings.map((finding) => [finding.ruleId, finding.message.en]);

describe('inspectImageFile', () => {
  it('accepts a greyscale image as it is: only colour spaces other than sRGB and greyscale shift colours', async () => {
    const grey = await sharp(await renderExampleAvatar('compliant', 300))
      .toColourspace('b-w')
      .png()
      .toBuffer();
    const result = await inspectImageFile(grey);
    expect(isInspected(result) && result.meta.space).toBe('b-w');
    expect(result.findings).toEqual([]);
  });

  it('names the first bytes of a binary file that is no image', async () => {
    const result = await inspectImageFile(Buffer.from([0, 1, 2, 3, 250, 251, 252, 253, 254, 255]));
    expect(isInspected(result)).toBe(false);
    expect(messages(result)).toEqual([
      [
        'image.unreadable',
        'This file is not a recognised image (it starts with bytes 00010203fafbfcfd). Save it again as PNG or JPEG from a design application.',
      ],
    ]);
  });

  it('reports a directory as no regular file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'profile-image-'));
    expect(messages(await inspectImageFile(dir))).toEqual([
      ['image.unreadable', `File ${dir} was not found or is not a regular file. Check the path.`],
    ]);
  });

  it('says a small pixel limit in full, each language with its own digits, instead of "0 million"', async () => {
    const result = await inspectImageFile(await renderExampleAvatar('compliant', 640), { maxPixels: 300_000 });
    expect(isInspected(result)).toBe(false);
    expect(result.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      [
        'image.too-many-pixels',
        {
          id: 'Gambar 640×640 (409.600 piksel) melebihi batas 300.000 piksel; tidak dibuka.',
          en: 'The 640×640 image (409,600 pixels) exceeds the limit of 300,000 pixels; it was not decoded.',
        },
      ],
    ]);
  });

  it('says a limit of whole or tenths of millions in millions', async () => {
    const result = await inspectImageFile(await renderExampleAvatar('compliant', 2000), { maxPixels: 1_200_000 });
    expect(result.findings[0]?.message).toEqual({
      id: 'Gambar 2.000×2.000 (4 juta piksel) melebihi batas 1,2 juta piksel; tidak dibuka.',
      en: 'The 2,000×2,000 image (4 million pixels) exceeds the limit of 1.2 million pixels; it was not decoded.',
    });
  });

  describe('with an asOf that is no real day', () => {
    const asOf = '2026-02-31';
    const invalidAsOf = [['input.invalid-option', 'asOf: "2026-02-31" is not a real date: February 2026 has only 28 days.']];

    it('reports it and returns no image, as suggestHandle and renderReply do', async () => {
      const result = await inspectImageFile(await renderExampleAvatar('compliant', 300), { asOf });
      expect(isInspected(result)).toBe(false);
      expect(messages(result)).toEqual(invalidAsOf);
    });

    it('stops before reading the file: a missing path gives only that finding', async () => {
      expect(messages(await inspectImageFile('/nonexistent/avatar.png', { asOf }))).toEqual(invalidAsOf);
    });
  });
});
