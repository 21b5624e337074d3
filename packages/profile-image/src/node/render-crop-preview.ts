import type { Finding } from '@pedoman-medsos/core';
import type { OverlayOptions } from 'sharp';
import { safeAreaGeometry } from '../geometry';
import type { Placement } from '../schema/placement';
import { getImageSpec, type ImageTarget, placement as institutionPlacement } from '../specs';
import { circleMaskSvg } from './circle-mask';
import { type ImageInput, type InspectOptions, inspectImageFile, isInspected } from './inspect-image-file';
import sharp from './sharp';

/** Options of {@link renderCropPreview}. */
export interface CropPreviewOptions extends InspectOptions {
  /** Side of the large view in pixels; default 320. */
  size?: number;
  /** Show the round avatar at each display size beside the large view; default true. */
  displaySizes?: boolean;
  placement?: Placement;
}

/** The preview PNG, or the findings that explain why the image could not be read. */
export interface CropPreview {
  png?: Buffer;
  findings: Finding[];
}

const gap = 24;

/**
 * A PNG showing the image as the platform shows it: a large view with the cropped-away corners
 * dimmed, the crop circle and the dashed safe circle; beside it the round avatar at each of the
 * platform's display sizes.
 */
export async function renderCropPreview(input: ImageInput, target: ImageTarget, options: CropPreviewOptions = {}): Promise<CropPreview> {
  const image = await inspectImageFile(input, options);
  if (!isInspected(image)) return { findings: image.findings };
  const size = options.size ?? 320;
  const rule = options.placement ?? institutionPlacement;
  const geometry = safeAreaGeometry(size, rule);
  const source = typeof input === 'string' ? input : Buffer.from(input);
  const square = await sharp(source, { autoOrient: true, limitInputPixels: options.maxPixels ?? false })
    .resize(size, size, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .png()
    .toBuffer();
  const c = size / 2;
  const overlay = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">` +
      `<path fill-rule="evenodd" fill="rgba(0,0,0,0.55)" d="M0 0H${size}V${size}H0Z M${c} ${c - geometry.cropRadius}a${geometry.cropRadius} ${geometry.cropRadius} 0 1 0 0.01 0Z"/>` +
      `<circle cx="${c}" cy="${c}" r="${geometry.cropRadius - 1}" fill="none" stroke="#ffffff" stroke-width="2"/>` +
      `<circle cx="${c}" cy="${c}" r="${geometry.safeRadius}" fill="none" stroke="#ffcc00" stroke-width="2" stroke-dasharray="8 6"/>` +
      '</svg>',
  );
  const displaySizes =
    target.id === 'master' || options.displaySizes === false
      ? []
      : getImageSpec(target.id).displaySizes.map((display) => display.size.value);
  const sidebar = displaySizes.length === 0 ? 0 : Math.max(...displaySizes) + gap * 2;
  const layers: OverlayOptions[] = [
    { input: square, left: 0, top: 0 },
    { input: overlay, left: 0, top: 0 },
  ];
  let top = gap;
  for (const side of displaySizes) {
    const round = await sharp(square)
      .resize(side, side)
      .composite([{ input: circleMaskSvg(side), blend: 'dest-in' }])
      .png()
      .toBuffer();
    layers.push({ input: round, left: size + gap, top });
    top += side + gap;
  }
  const png = await sharp({
    create: { width: size + sidebar, height: Math.max(size, top), channels: 4, background: '#f2f2f2' },
  })
    .composite(layers)
    .png()
    .toBuffer();
  return { png, findings: image.findings };
}
