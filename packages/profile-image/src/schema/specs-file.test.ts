import { localizedMessageOf } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { specsFile } from '../generated/specs';
import { specsFileSchema } from './specs-file';

const clone = () => structuredClone(specsFile) as unknown as { platforms: Record<string, unknown>[] } & Record<string, unknown>;
const messages = (value: unknown) =>
  specsFileSchema
    .safeParse(value)
    .error?.issues.map((issue) => ({ path: issue.path.join('.'), en: localizedMessageOf(issue)?.en ?? issue.message })) ?? [];

describe('specsFileSchema', () => {
  it('accepts the data file, with a source for every figure', () => {
    expect(specsFileSchema.safeParse(specsFile).success).toBe(true);
  });

  it('names the figure whose source is not in the list', () => {
    const data = clone();
    (data.platforms[0] as { recommendedSize: { source: string } }).recommendedSize.source = 'made-up';
    expect(messages(data)).toContainEqual({
      path: 'platforms.0.recommendedSize.source',
      en: 'Source "made-up" is not in the `sources` list. Add the source or correct the id.',
    });
  });

  it('refuses the same platform twice and a minimum above the recommendation', () => {
    const data = clone();
    data.platforms.push(structuredClone(data.platforms[0]) as Record<string, unknown>);
    (data.platforms[1] as { minimumSize: { value: number } }).minimumSize.value = 5000;
    const found = messages(data);
    const last = data.platforms.length - 1;
    expect(found).toContainEqual({
      path: `platforms.${last}.platform`,
      en: 'Id "instagram" is listed 2 times; also at platforms[0].platform. Ids must be unique: delete the copy, or give it another id.',
    });
    expect(found.some((issue) => issue.path === 'platforms.0.platform')).toBe(true);
    expect(found.some((issue) => issue.path === 'platforms.1.minimumSize.value' && issue.en.includes('exceeds the recommended size'))).toBe(
      true,
    );
  });

  it('refuses a background colour that is not #RRGGBB', () => {
    const data = clone();
    (data.placement as { backgroundColours: { hex: string }[] }).backgroundColours[0] = {
      hex: 'blue',
      name: { id: 'Biru', en: 'Blue' },
    } as never;
    expect(messages(data)[0]?.path).toBe('placement.backgroundColours.0.hex');
  });
});
