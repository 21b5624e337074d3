import { describe, expect, it } from 'vitest';
import { normalizeImageFormat } from './image-format';

describe('normalizeImageFormat', () => {
  it('reads decoder names, extensions and MIME types', () => {
    expect(normalizeImageFormat('image/jpeg')).toBe('jpeg');
    expect(normalizeImageFormat('.JPG')).toBe('jpeg');
    expect(normalizeImageFormat('png')).toBe('png');
    expect(normalizeImageFormat('image/heic')).toBe('heif');
    expect(normalizeImageFormat('text/plain')).toBeUndefined();
  });
});
