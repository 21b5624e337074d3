import { open, stat } from 'node:fs/promises';
import type { Finding, IsoDate, LocalizedText } from '@pedoman-medsos/core';
import type { Metadata, OutputInfo } from 'sharp';
import type { RgbaPixels } from '../analyse-pixels';
import { messageWithFigures, pixelsText } from '../format';
import { analysisSide } from '../geometry';
import { ImageFindings } from '../rules';
import sharp from './sharp';

/** A path to an image file, or its bytes. */
export type ImageInput = string | Buffer | Uint8Array;

/** What sharp read from the file, with EXIF orientation applied. */
export interface ImageFileMeta {
  /** Width after EXIF orientation. */
  width: number;
  /** Height after EXIF orientation. */
  height: number;
  /** Decoder name: `jpeg`, `png`, `gif`, `webp`… */
  format: string;
  bytes: number;
  /** EXIF orientation tag (1–8), when present. */
  orientation?: number;
  /** Colour space as libvips names it: `srgb`, `cmyk`, `b-w`… */
  space: string;
  /** Number of frames (more than 1: animated). */
  pages: number;
  hasAlpha: boolean;
}

/** A decoded image, ready for the pure checks. */
export interface InspectedImage {
  meta: ImageFileMeta;
  /** A copy at most `analysisSide` pixels wide (centre square), sRGB, RGBA. */
  pixels: RgbaPixels;
  /** Findings about the file itself (animation, colour space), whatever the platform. */
  findings: Finding[];
}

/** Options of {@link inspectImageFile}. */
export interface InspectOptions {
  /** Refuse images with more pixels than this before decoding them; default 64 million (8000×8000). */
  maxPixels?: number;
  /**
   * Side of the copy the pixel checks run on; default {@link analysisSide}. JPEG decodes at 1/2, 1/4
   * or 1/8 scale directly, so a large photo never needs its full size in memory.
   */
  analysisSide?: number;
  /**
   * The date the rules are applied as of, `YYYY-MM-DD`; default today. No real day (`2026-02-31`):
   * one `input.invalid-option` finding and no image, the file unread.
   */
  asOf?: IsoDate;
}

/** The default pixel limit: far above any avatar, far below a decompression bomb. */
export const defaultMaxPixels = 64_000_000;

// Says what a non-image file starts with, so "a text file renamed .png" is recognisable at a glance.
async function describeStart(data: Buffer | string): Promise<LocalizedText> {
  let head: Buffer;
  if (typeof data === 'string') {
    const file = await open(data);
    try {
      const { buffer, bytesRead } = await file.read(Buffer.alloc(64), 0, 64, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } else {
    head = data.subarray(0, 64);
  }
  const printable = head.every((byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127));
  if (printable) {
    const text = head.toString('utf8').slice(0, 24).replace(/\s+/g, ' ');
    return { id: `teks "${text}…"`, en: `text "${text}…"` };
  }
  const hex = head.subarray(0, 8).toString('hex');
  return { id: `bita ${hex}`, en: `bytes ${hex}` };
}

async function readInput(input: ImageInput): Promise<{ bytes: number; data: Buffer | string } | { missing: string }> {
  if (typeof input !== 'string') return { bytes: input.byteLength, data: Buffer.isBuffer(input) ? input : Buffer.from(input) };
  try {
    const info = await stat(input);
    if (!info.isFile()) return { missing: input };
    return { bytes: info.size, data: input };
  } catch {
    return { missing: input };
  }
}

function reportMissingFile(findings: ImageFindings, path: string): void {
  findings.add('image.unreadable', {
    id: `Berkas ${path} tidak ditemukan atau bukan berkas biasa. Periksa jalurnya.`,
    en: `File ${path} was not found or is not a regular file. Check the path.`,
  });
}

function reportEmptyFile(findings: ImageFindings): void {
  findings.add('image.unreadable', {
    id: 'Berkas ini kosong (0 bita): penyimpanan atau unduhannya gagal. Ekspor ulang gambar dari aplikasi desain.',
    en: 'This file is empty (0 bytes): saving or downloading it failed. Export the image again from the design application.',
  });
}

/** The image's header, read without decoding its pixels; `undefined` when sharp knows no image format in it. */
async function readHeader(data: Buffer | string): Promise<Metadata | undefined> {
  try {
    // No pixel limit here: the header alone is read, and its size is judged against `maxPixels` next.
    return await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    return undefined;
  }
}

async function reportNotAnImage(findings: ImageFindings, data: Buffer | string): Promise<void> {
  const start = await describeStart(data);
  findings.add(
    'image.unreadable',
    {
      id: `Berkas ini bukan gambar yang dikenali (awalnya ${start.id}). Simpan ulang sebagai PNG atau JPEG dari aplikasi desain.`,
      en: `This file is not a recognised image (it starts with ${start.en}). Save it again as PNG or JPEG from a design application.`,
    },
    {
      suggestion: {
        message: { id: 'Ekspor ulang berkas dari aplikasi aslinya.', en: 'Export the file again from its original application.' },
      },
    },
  );
}

function reportTooManyPixels(findings: ImageFindings, metadata: Metadata, maxPixels: number): void {
  const pixelCount = metadata.width * metadata.height;
  const id = { millions: 'juta piksel', pixels: 'piksel' };
  const en = { millions: 'million pixels', pixels: 'pixels' };
  findings.add(
    'image.too-many-pixels',
    messageWithFigures(
      (n) =>
        `Gambar ${n(metadata.width)}×${n(metadata.height)} (${pixelsText(pixelCount, n, id)}) melebihi batas ${pixelsText(maxPixels, n, id)}; tidak dibuka.`,
      (n) =>
        `The ${n(metadata.width)}×${n(metadata.height)} image (${pixelsText(pixelCount, n, en)}) exceeds the limit of ${pixelsText(maxPixels, n, en)}; it was not decoded.`,
    ),
    {
      suggestion: {
        message: {
          id: 'Perkecil gambar ke 1080×1080 sebelum memeriksanya.',
          en: 'Scale the image down to 1080×1080 before checking it.',
        },
      },
    },
  );
}

function fileMetaOf(metadata: Metadata, bytes: number): ImageFileMeta {
  return {
    width: metadata.autoOrient.width,
    height: metadata.autoOrient.height,
    format: metadata.format,
    bytes,
    ...(metadata.orientation ? { orientation: metadata.orientation } : {}),
    space: metadata.space,
    pages: metadata.pages ?? 1,
    hasAlpha: metadata.hasAlpha,
  };
}

/**
 * The bounded sRGB RGBA copy the pixel checks read (centre square, at most `side` wide), or the
 * first line of the decoder's error for a file that breaks off before its end.
 */
async function decodeAnalysisCopy(
  data: Buffer | string,
  maxPixels: number,
  side: number,
): Promise<{ decoded: { data: Buffer; info: OutputInfo } } | { reason: string | undefined }> {
  try {
    const decoded = await sharp(data, { limitInputPixels: maxPixels, autoOrient: true, failOn: 'truncated' })
      .resize(side, side, { fit: 'cover', withoutEnlargement: true })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { decoded };
  } catch (error) {
    return { reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function reportDamagedFile(findings: ImageFindings, meta: ImageFileMeta, reason: string | undefined): void {
  findings.add('image.unreadable', {
    id: `Berkas ${meta.format.toUpperCase()} rusak atau terpotong dan tidak dapat dibaca sampai habis (${reason}). Ekspor ulang dari berkas induk.`,
    en: `The ${meta.format.toUpperCase()} file is damaged or truncated and cannot be read to the end (${reason}). Export it again from the master file.`,
  });
}

/** What is wrong with the file whatever the platform: animation, and a colour space other than sRGB (or greyscale). */
function reportFileTraits(findings: ImageFindings, meta: ImageFileMeta): void {
  if (meta.pages > 1) {
    findings.add(
      'image.animated',
      messageWithFigures(
        (n) => `Gambar bergerak dengan ${n(meta.pages)} bingkai; platform hanya menampilkan bingkai pertama atau menolaknya.`,
        (n) => `An animated image with ${n(meta.pages)} frames; platforms show only the first frame or refuse it.`,
      ),
    );
  }
  if (meta.space !== 'srgb' && meta.space !== 'b-w') {
    findings.add(
      'image.colour-space',
      {
        id: `Ruang warna ${meta.space.toUpperCase()}, bukan sRGB; warna lambang akan bergeser di layar.`,
        en: `Colour space ${meta.space.toUpperCase()}, not sRGB; the emblem's colours will shift on screen.`,
      },
      { suggestion: { message: { id: 'Ekspor sebagai sRGB.', en: 'Export as sRGB.' } } },
    );
  }
}

/**
 * Reads an image with sharp and decodes a bounded copy of it. Never throws on a bad file: a file
 * that is missing, not an image, truncated or a decompression bomb comes back as findings
 * (`image.unreadable`, `image.too-many-pixels`) and no image. An `asOf` that is no real
 * `YYYY-MM-DD` day is one `input.invalid-option` finding and no image: the file is not read.
 */
export async function inspectImageFile(input: ImageInput, options: InspectOptions = {}): Promise<InspectedImage | { findings: Finding[] }> {
  const findings = new ImageFindings(options.asOf);
  // An asOf that is no date: which rules apply is unknown, so the file is neither read nor decoded.
  if (findings.hasOptionProblem) return { findings: findings.findings };
  const maxPixels = options.maxPixels ?? defaultMaxPixels;
  const side = options.analysisSide ?? analysisSide;
  const source = await readInput(input);
  if ('missing' in source) {
    reportMissingFile(findings, source.missing);
    return { findings: findings.findings };
  }
  if (source.bytes === 0) {
    reportEmptyFile(findings);
    return { findings: findings.findings };
  }
  const metadata = await readHeader(source.data);
  if (!metadata) {
    await reportNotAnImage(findings, source.data);
    return { findings: findings.findings };
  }
  // Judged from the header, before decoding: a decompression bomb never reaches memory.
  if (metadata.width * metadata.height > maxPixels) {
    reportTooManyPixels(findings, metadata, maxPixels);
    return { findings: findings.findings };
  }
  const meta = fileMetaOf(metadata, source.bytes);
  const copy = await decodeAnalysisCopy(source.data, maxPixels, side);
  if ('reason' in copy) {
    reportDamagedFile(findings, meta, copy.reason);
    return { findings: findings.findings };
  }
  reportFileTraits(findings, meta);
  const { width, height } = copy.decoded.info;
  return { meta, pixels: { width, height, data: copy.decoded.data }, findings: findings.findings };
}

/** Whether {@link inspectImageFile} could read the image. */
export function isInspected(result: InspectedImage | { findings: Finding[] }): result is InspectedImage {
  return 'meta' in result;
}
