import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findImageTarget, type ImageTarget, imageSpecs } from '../specs';
import { renderExampleAvatar } from './example-avatars';
import { encodeForTarget, exportAvatars } from './export-avatars';
import { textRenamedPng } from './test-images';

describe('exportAvatars', () => {
  it('exports one compliant file per platform from the master', async () => {
    const { files, masterFindings } = await exportAvatars(await renderExampleAvatar('compliant', 1200));
    expect(masterFindings).toEqual([]);
    expect(files.map((file) => file.platform)).toEqual(imageSpecs.map((spec) => spec.platform));
    for (const file of files) {
      const target = findImageTarget(file.platform) as ImageTarget;
      const meta = await sharp(file.data).metadata();
      expect(meta).toMatchObject({ width: target.recommendedSize, height: target.recommendedSize, format: file.format });
      expect(target.formats).toContain(file.format);
      expect(file.bytes).toBe(file.data.length);
      expect(file.findings).toEqual([]);
      expect(file.fileName).toBe(`avatar-${file.platform}.png`);
    }
  });

  it('flattens a transparent master onto the chosen background', async () => {
    const { files, masterFindings } = await exportAvatars(await renderExampleAvatar('transparent', 1200), {
      platforms: ['instagram'],
      background: '#0B3D91',
    });
    expect(masterFindings.map((finding) => finding.ruleId)).toEqual(['image.transparency']);
    const { data } = await sharp(files[0]?.data).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 4)]).toEqual([11, 61, 145, 255]);
  });

  it('falls back to JPEG to fit a byte limit that PNG cannot meet', async () => {
    // Noise does not compress: a 400×400 noise PNG is about 480 kB. No platform's limit is that
    // tight today, so the test uses a target of its own.
    const noise = sharp(randomBytes(400 * 400 * 3), { raw: { width: 400, height: 400, channels: 3 } });
    const target: ImageTarget = { ...(findImageTarget('x') as ImageTarget), maxBytes: 100_000 };
    const encoded = await encodeForTarget(noise, target);
    expect(encoded.format).toBe('jpeg');
    expect(encoded.data.length).toBeLessThanOrEqual(100_000);
    expect((await encodeForTarget(noise, { ...target, maxBytes: undefined })).format).toBe('png');
  });

  it('exports nothing from a missing master, and names the path', async () => {
    const result = await exportAvatars('/nonexistent/master.png');
    expect(result.files).toEqual([]);
    expect(result.masterFindings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['image.unreadable', 'error']]);
    expect(result.masterFindings[0]?.message.en).toBe(
      'File /nonexistent/master.png was not found or is not a regular file. Check the path.',
    );
  });

  it('exports nothing from a file that is not an image, and says why', async () => {
    const result = await exportAvatars(textRenamedPng);
    expect(result.files).toEqual([]);
    expect(result.masterFindings.map((finding) => finding.ruleId)).toEqual(['image.unreadable']);
  });

  it('exports nothing with an asOf that is no real day, and reports it once', async () => {
    const { files, masterFindings } = await exportAvatars(await renderExampleAvatar('compliant', 1200), { asOf: '2026-02-31' });
    expect(files).toEqual([]);
    expect(masterFindings.map((finding) => finding.ruleId)).toEqual(['input.invalid-option']);
  });
});
