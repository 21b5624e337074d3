import type { Finding, IsoDate } from '@pedoman-medsos/core';
import { bytesText, messageWithFigures, shownValue } from './format';
import { normalizeImageFormat } from './image-format';
import { ImageFindings } from './rules';
import type { ImageTarget } from './specs';

/** What can be known of an image without decoding its pixels. */
export interface ImageMeta {
  /** Width in pixels, after EXIF orientation. */
  width: number;
  /** Height in pixels, after EXIF orientation. */
  height: number;
  /** Decoder name (`jpeg`), extension or MIME type (`image/png`). */
  format: string;
  /** File size in bytes. */
  bytes: number;
}

/** Options shared by the image checks. */
export interface ImageCheckOptions {
  /** Date the rules are judged on (rules not yet in effect are skipped); default today. */
  asOf?: IsoDate;
}

const isSide = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

/**
 * Checks an image's size, shape, format and bytes against a platform (or the master-file rule).
 * Pure and browser-safe: the figures may come from a `File` and an `<img>`, or from sharp.
 */
export function checkImageMeta(meta: ImageMeta, target: ImageTarget, options: ImageCheckOptions = {}): Finding[] {
  const findings = new ImageFindings(options.asOf);
  if (!isSide(meta.width) || !isSide(meta.height)) {
    findings.add('image.unreadable', {
      id: `Ukuran gambar tidak valid (${shownValue(meta.width)}×${shownValue(meta.height)}): lebar dan tinggi harus bilangan bulat positif.`,
      en: `Invalid image size (${shownValue(meta.width)}×${shownValue(meta.height)}): width and height must be positive integers.`,
    });
    return findings.findings;
  }
  const { width, height } = meta;
  const format = normalizeImageFormat(shownValue(meta.format));
  if (!format || !target.formats.includes(format)) {
    const accepted = target.formats.map((name) => name.toUpperCase()).join(', ');
    findings.add(
      'image.format',
      {
        id: `Format ${shownValue(meta.format).toUpperCase()} tidak diterima untuk ${target.id}; gunakan ${accepted}.`,
        en: `${shownValue(meta.format).toUpperCase()} is not accepted for ${target.id}; use ${accepted}.`,
      },
      {
        suggestion: {
          message: {
            id: `Simpan ulang sebagai ${target.formats[0]?.toUpperCase()}.`,
            en: `Save again as ${target.formats[0]?.toUpperCase()}.`,
          },
        },
      },
    );
  }
  if (target.maxBytes !== undefined && typeof meta.bytes === 'number' && meta.bytes > target.maxBytes) {
    const limit = target.maxBytes;
    findings.add(
      'image.max-bytes',
      messageWithFigures(
        (n) => `Berkas ${bytesText(meta.bytes, n)}, di atas batas ${target.id} ${bytesText(limit, n)}.`,
        (n) => `The file is ${bytesText(meta.bytes, n)}, over the ${target.id} limit of ${bytesText(limit, n)}.`,
      ),
      {
        suggestion: {
          message: {
            id: 'Ekspor ulang dari berkas induk (`pedoman image export`), yang menyesuaikan kualitas di bawah batas.',
            en: 'Export again from the master file (`pedoman image export`), which adjusts quality to fit the limit.',
          },
        },
      },
    );
  }
  if (width !== height) {
    findings.add(
      'image.square',
      messageWithFigures(
        (n) =>
          `Gambar ${n(width)}×${n(height)} tidak persegi; platform akan memotong ${n(Math.abs(width - height))} piksel di sisi yang lebih panjang.`,
        (n) =>
          `The ${n(width)}×${n(height)} image is not square; the platform will crop ${n(Math.abs(width - height))} pixels off the longer side.`,
      ),
    );
  }
  const side = Math.min(width, height);
  if (side < target.minimumSize) {
    findings.add(
      'image.minimum-size',
      messageWithFigures(
        (n) => `Sisi ${n(side)} piksel di bawah minimum ${n(target.minimumSize)} piksel untuk ${target.id}.`,
        (n) => `A side of ${n(side)} pixels is below the ${n(target.minimumSize)}-pixel minimum for ${target.id}.`,
      ),
    );
  } else if (side < target.recommendedSize) {
    findings.add(
      'image.recommended-size',
      messageWithFigures(
        (n) => `Sisi ${n(side)} piksel; ${target.id} menyarankan ${n(target.recommendedSize)}×${n(target.recommendedSize)}.`,
        (n) => `A side of ${n(side)} pixels; ${target.id} recommends ${n(target.recommendedSize)}×${n(target.recommendedSize)}.`,
      ),
    );
  }
  return findings.findings;
}
