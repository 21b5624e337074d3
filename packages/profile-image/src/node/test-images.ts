// Images the test suite generates (never downloaded): one per kind of file an admin may bring.
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { renderExampleAvatar } from './example-avatars';

/** A photo-like picture, 400×300, stored sideways with EXIF orientation 6 (shown as 300×400). */
export async function rotatedByExifPhoto(): Promise<Buffer> {
  return sharp(await renderExampleAvatar('photo-background', 400))
    .resize(400, 300, { fit: 'fill' })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** The compliant avatar as a CMYK JPEG (what print designers often hand over). */
export async function cmykJpeg(): Promise<Buffer> {
  return sharp(await renderExampleAvatar('compliant', 400))
    .toColourspace('cmyk')
    .jpeg()
    .toBuffer();
}

/** A two-frame animated GIF. */
export async function animatedGif(): Promise<Buffer> {
  const frames = await Promise.all([renderExampleAvatar('compliant', 400), renderExampleAvatar('off-centre', 400)]);
  return sharp(frames, { join: { animated: true } })
    .gif()
    .toBuffer();
}

/** The compliant avatar as a JPEG cut off halfway through its data. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await sharp(await renderExampleAvatar('photo-background', 800))
    .jpeg()
    .toBuffer();
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** A text file with a `.png` name: the bytes are what matter. */
export const textRenamedPng = Buffer.from('Ini bukan gambar.\nThis is not an image.\n');

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A decompression bomb: a valid PNG header claiming 50,000×50,000 pixels (2.5 billion, 10 GB once
 * decoded) with one compressed row of data. Written by hand because no encoder should be asked to
 * produce the real thing.
 */
export function pixelBombPng(side = 50_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  const firstRow = deflateSync(Buffer.alloc(1 + side * 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', firstRow),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
