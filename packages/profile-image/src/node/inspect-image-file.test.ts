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
});
