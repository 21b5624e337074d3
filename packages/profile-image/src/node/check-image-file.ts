import type { Finding } from '@pedoman-medsos/core';
import { checkImageMeta } from '../check-image-meta';
import { checkImagePixels } from '../check-image-pixels';
import type { ImageTarget } from '../specs';
import {
  type ImageFileMeta,
  type ImageInput,
  type InspectedImage,
  type InspectOptions,
  inspectImageFile,
  isInspected,
} from './inspect-image-file';

/** What {@link checkImageFile} found: the file's figures when it could be read, and every finding. */
export interface ImageFileReport {
  meta?: ImageFileMeta;
  findings: Finding[];
}

/** Checks an already inspected image against one target: file, meta and pixel findings together. */
export function judgeInspectedImage(image: InspectedImage, target: ImageTarget, options: Pick<InspectOptions, 'asOf'> = {}): Finding[] {
  return [
    ...image.findings,
    ...checkImageMeta(image.meta, target, options),
    ...checkImagePixels(image.pixels, target, { ...options, originalSide: Math.min(image.meta.width, image.meta.height) }),
  ];
}

/**
 * Checks an image file (path or bytes) against a platform or the master-file rule, in Node with
 * sharp: format, size, bytes, EXIF orientation, colour space, animation, and the pixel checks.
 * Bad files become findings, never exceptions. To check one file against many platforms, call
 * {@link inspectImageFile} once and {@link judgeInspectedImage} per platform.
 */
export async function checkImageFile(input: ImageInput, target: ImageTarget, options: InspectOptions = {}): Promise<ImageFileReport> {
  const image = await inspectImageFile(input, options);
  if (!isInspected(image)) return { findings: image.findings };
  return { meta: image.meta, findings: judgeInspectedImage(image, target, options) };
}
