import type { Finding, IsoDate, PlatformId } from '@pedoman-medsos/core';
import type { Sharp } from 'sharp';
import { checkImageMeta } from '../check-image-meta';
import type { ImageFormat } from '../schema/platform-image-spec';
import { findImageTarget, type ImageTarget, imageSpecs, placement } from '../specs';
import { judgeInspectedImage } from './check-image-file';
import { type ImageInput, inspectImageFile, isInspected } from './inspect-image-file';
import sharp from './sharp';

/** Options of {@link exportAvatars}. */
export interface ExportOptions {
  /** Platforms to export for; default every platform in data/specs.yaml. */
  platforms?: readonly PlatformId[];
  /** Colour that transparency is flattened onto, `#RRGGBB`; default the first official background. */
  background?: string;
  asOf?: IsoDate;
}

/** One exported avatar. */
export interface ExportedAvatar {
  platform: PlatformId;
  /** Suggested file name, e.g. `avatar-instagram.png`. */
  fileName: string;
  data: Buffer;
  width: number;
  height: number;
  format: ImageFormat;
  bytes: number;
  /** Findings of the exported file against its platform (empty when compliant). */
  findings: Finding[];
}

/**
 * The exported files, and the findings on the master they came from. A master that cannot be read
 * (a missing path, an empty file, a file that is not an image, more than 64 million pixels) gives
 * no files, and `masterFindings` says why (`image.unreadable`, `image.too-many-pixels`): check it
 * whenever `files` is empty. So does an `asOf` that is no real day (`input.invalid-option`).
 */
export interface AvatarExport {
  /** One avatar per platform asked for; empty when the master could not be read. */
  files: ExportedAvatar[];
  /** The master's own findings against the master spec (size, format, placement), or why it could not be read. */
  masterFindings: Finding[];
}

// Logos keep sharp edges in PNG; JPEG is the fallback when a platform's byte limit needs it.
const jpegQualities = [92, 85, 75, 65, 50];

/** Encodes one avatar: PNG when accepted and small enough, else JPEG at falling quality. Exported for tests. */
export async function encodeForTarget(square: Sharp, target: ImageTarget): Promise<{ data: Buffer; format: ImageFormat }> {
  let best: { data: Buffer; format: ImageFormat } | undefined;
  if (target.formats.includes('png')) {
    best = { data: await square.clone().png({ compressionLevel: 9, palette: false }).toBuffer(), format: 'png' };
    if (target.maxBytes === undefined || best.data.byteLength <= target.maxBytes) return best;
  }
  if (target.formats.includes('jpeg')) {
    for (const quality of jpegQualities) {
      best = { data: await square.clone().jpeg({ quality, mozjpeg: true }).toBuffer(), format: 'jpeg' };
      if (target.maxBytes === undefined || best.data.byteLength <= target.maxBytes) return best;
    }
  }
  // Every platform accepts PNG or JPEG today; this only runs if the data says otherwise.
  return best ?? { data: await square.clone().png().toBuffer(), format: 'png' };
}

/**
 * Exports one compliant avatar per platform from the institution's master file: square, at the
 * platform's recommended size, flattened onto an official background, in an accepted format and
 * under the byte limit. The master is checked first; its findings are returned with the files.
 */
export async function exportAvatars(master: ImageInput, options: ExportOptions = {}): Promise<AvatarExport> {
  const masterTarget = findImageTarget('master') as ImageTarget;
  const image = await inspectImageFile(master, options);
  if (!isInspected(image)) return { files: [], masterFindings: image.findings };
  const masterFindings = judgeInspectedImage(image, masterTarget, options);
  const background = options.background ?? placement.backgroundColours[0]?.hex ?? '#ffffff';
  const source = typeof master === 'string' ? master : Buffer.from(master);
  const platforms = options.platforms ?? imageSpecs.map((spec) => spec.platform);
  const targets = platforms.map((platform) => findImageTarget(platform) as ImageTarget);
  // The master is decoded, oriented, cropped and flattened once, at the largest size any platform
  // needs; each avatar is a resize of that.
  const largest = Math.max(...targets.map((target) => target.recommendedSize));
  const base = await sharp(source, { autoOrient: true })
    .resize(largest, largest, { fit: 'cover' })
    .flatten({ background })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const files: ExportedAvatar[] = [];
  for (const target of targets) {
    const side = target.recommendedSize;
    const square = sharp(base.data, { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } }).resize(
      side,
      side,
    );
    const { data, format } = await encodeForTarget(square, target);
    const meta = { width: side, height: side, format, bytes: data.byteLength };
    files.push({
      platform: target.id as PlatformId,
      fileName: `avatar-${target.id}.${format === 'jpeg' ? 'jpg' : format}`,
      data,
      ...meta,
      format,
      findings: checkImageMeta(meta, target, options),
    });
  }
  return { files, masterFindings };
}
