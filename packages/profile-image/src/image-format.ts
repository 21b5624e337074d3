import { type ImageFormat, imageFormatSchema } from './schema/platform-image-spec';

const aliases: Record<string, ImageFormat> = { jpg: 'jpeg', pjpeg: 'jpeg', 'x-ms-bmp': 'bmp', heic: 'heif', avif: 'heif' };

/**
 * The format named by a decoder (`jpeg`), a file extension (`.JPG`) or a MIME type (`image/png`),
 * or `undefined` when it is none of the formats a platform may accept.
 */
export function normalizeImageFormat(name: string): ImageFormat | undefined {
  const bare = name
    .trim()
    .toLowerCase()
    .replace(/^image\//, '')
    .replace(/^\./, '');
  const format = aliases[bare] ?? bare;
  return imageFormatSchema.safeParse(format).success ? (format as ImageFormat) : undefined;
}
