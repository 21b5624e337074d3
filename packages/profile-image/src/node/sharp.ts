import { ConfigError } from '@pedoman-medsos/core';
import type sharpType from 'sharp';

// sharp (a native image library, about 19 MB) is an optional peer dependency: only the Node entry
// needs it, so browser users of the package (and of the umbrella) do not install it. Loading it
// here, once, turns its absence into one error that says what is missing and how to fix it,
// instead of Node's bare ERR_MODULE_NOT_FOUND.
// (`importSharp` is a parameter so the test can stand in for a machine without sharp.)
export async function loadSharp(
  importSharp: () => Promise<{ default: typeof sharpType }> = () => import('sharp'),
): Promise<typeof sharpType> {
  try {
    return (await importSharp()).default;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new ConfigError({
      id: '@pedoman-medsos/profile-image/node memerlukan sharp untuk membaca dan menulis gambar, dan sharp belum terpasang. Pasang di proyek Anda: npm install sharp (entri peramban @pedoman-medsos/profile-image tidak memerlukannya).',
      en: '@pedoman-medsos/profile-image/node needs sharp to read and write images, and sharp is not installed. Install it in your project: npm install sharp (the browser entry @pedoman-medsos/profile-image does not need it).',
    });
  }
}

/** sharp, loaded once when the Node entry is imported. */
const sharp = await loadSharp();
export default sharp;
