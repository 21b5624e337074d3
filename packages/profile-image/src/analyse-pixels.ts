import { safeAreaGeometry } from './geometry';
import type { Placement } from './schema/placement';

/** Decoded pixels, four bytes (R, G, B, A) per pixel, row by row: `ImageData` or sharp's raw output. */
export interface RgbaPixels {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** An sRGB colour. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A rectangle in pixels of the analysed image. */
export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the pixel analysis measured, in pixels of the analysed (centred, square) region. */
export interface PixelAnalysis {
  /** Side of the centred square that was analysed (the shorter side of the image). */
  side: number;
  /** Background colour read from the border (per-channel median), after compositing over white. */
  background: Rgb;
  /** Share of the border that matches the background: below 0.8 the background is not plain. */
  borderUniformity: number;
  /** Share of pixels that are not fully opaque. */
  transparentShare: number;
  /** Number of pixels that differ from the background: the emblem. */
  emblemPixels: number;
  /** Bounding box of the emblem, absent when there is none. */
  emblemBox?: PixelBox;
  /** Emblem pixels outside the safe circle. */
  emblemOutsideSafe: number;
  /** Largest distance of an emblem pixel from the centre. */
  emblemMaxRadius: number;
  /** Share of the cropped-away corner pixels that differ from the background. */
  cornerNoise: number;
  /** Radius of the safe circle. */
  safeRadius: number;
}

/** Below this border uniformity the background is a photo or pattern, not a plain colour. */
export const plainBorderUniformity = 0.8;

/** RGB distance, 0 (same) to 441 (black against white). */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a.r - b.r, a.g - b.g, a.b - b.b);
}

/** `#RRGGBB` of a colour. */
export function hexOf(colour: Rgb): string {
  return `#${[colour.r, colour.g, colour.b].map((channel) => Math.round(channel).toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

/** The colour of `#RRGGBB`. */
export function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

// Compositing over white before comparing makes a transparent background read as white, which is
// what most platforms show in light mode; transparency itself is reported separately.
function compositeOverWhite(data: RgbaPixels['data'], offset: number, channel: number): number {
  const alpha = data[offset + 3] ?? 255;
  return ((data[offset + channel] ?? 0) * alpha + 255 * (255 - alpha)) / 255;
}

// A histogram median: linear in the number of border pixels, no sorting, no allocation per pixel.
function medianOfHistogram(histogram: Uint32Array, count: number): number {
  let seen = 0;
  for (let value = 0; value < 256; value++) {
    seen += histogram[value] ?? 0;
    if (seen * 2 >= count) return value;
  }
  return 255;
}

/** The centred square the analysis reads, and the band along its edge the background is read from. */
interface AnalysedSquare {
  side: number;
  left: number;
  top: number;
  borderWidth: number;
  isBorder: (x: number, y: number) => boolean;
}

function centredSquare(width: number, height: number): AnalysedSquare {
  const side = Math.min(width, height);
  const borderWidth = Math.max(1, Math.round(side * 0.01));
  return {
    side,
    left: Math.floor((width - side) / 2),
    top: Math.floor((height - side) / 2),
    borderWidth,
    isBorder: (x, y) => x < borderWidth || y < borderWidth || x >= side - borderWidth || y >= side - borderWidth,
  };
}

/** The background colour (per-channel median of the border, composited over white), and how many border pixels were read. */
function readBackground({ width, data }: RgbaPixels, square: AnalysedSquare): { background: Rgb; borderCount: number } {
  const { side, left, top, borderWidth, isBorder } = square;
  const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let borderCount = 0;
  for (let y = 0; y < side; y++) {
    const rowStart = ((top + y) * width + left) * 4;
    for (let x = 0; x < side; x++) {
      if (!isBorder(x, y)) {
        // Jump over the inside of the row to its right-hand border.
        x = side - borderWidth - 1;
        continue;
      }
      const offset = rowStart + x * 4;
      for (let channel = 0; channel < 3; channel++) {
        const histogram = histograms[channel] as Uint32Array;
        const value = Math.round(compositeOverWhite(data, offset, channel));
        histogram[value] = (histogram[value] ?? 0) + 1;
      }
      borderCount++;
    }
  }
  const [red, green, blue] = histograms as [Uint32Array, Uint32Array, Uint32Array];
  const background = {
    r: medianOfHistogram(red, borderCount),
    g: medianOfHistogram(green, borderCount),
    b: medianOfHistogram(blue, borderCount),
  };
  return { background, borderCount };
}

/** The counts of the one pass over every pixel of the square, measured against the background. */
interface PixelCounts {
  borderMatching: number;
  transparent: number;
  emblemPixels: number;
  emblemOutsideSafe: number;
  emblemMaxRadiusSquared: number;
  cornerPixels: number;
  cornerDiffering: number;
  /** Inclusive bounds of the emblem; `right` and `bottom` stay -1 when there is none. */
  box: PixelBox;
}

// Plain local counters, gathered into an object only at the end: this loop runs once per pixel.
function countAgainstBackground(
  { width, data }: RgbaPixels,
  { side, left, top, isBorder }: AnalysedSquare,
  background: Rgb,
  { cropRadius, safeRadius, tolerance }: { cropRadius: number; safeRadius: number; tolerance: number },
): PixelCounts {
  const toleranceSquared = tolerance * tolerance;
  const safeSquared = safeRadius * safeRadius;
  const cropSquared = cropRadius * cropRadius;
  let borderMatching = 0;
  let transparent = 0;
  let emblemPixels = 0;
  let emblemOutsideSafe = 0;
  let emblemMaxRadiusSquared = 0;
  let cornerPixels = 0;
  let cornerDiffering = 0;
  let boxLeft = side;
  let boxTop = side;
  let boxRight = -1;
  let boxBottom = -1;

  for (let y = 0; y < side; y++) {
    const rowStart = ((top + y) * width + left) * 4;
    const dy = y + 0.5 - cropRadius;
    for (let x = 0; x < side; x++) {
      const offset = rowStart + x * 4;
      if ((data[offset + 3] ?? 255) < 255) transparent++;
      const dr = compositeOverWhite(data, offset, 0) - background.r;
      const dg = compositeOverWhite(data, offset, 1) - background.g;
      const db = compositeOverWhite(data, offset, 2) - background.b;
      const differs = dr * dr + dg * dg + db * db > toleranceSquared;
      const dx = x + 0.5 - cropRadius;
      const radiusSquared = dx * dx + dy * dy;
      if (isBorder(x, y) && !differs) borderMatching++;
      if (radiusSquared > cropSquared) {
        cornerPixels++;
        if (differs) cornerDiffering++;
      }
      if (!differs) continue;
      emblemPixels++;
      if (x < boxLeft) boxLeft = x;
      if (x > boxRight) boxRight = x;
      if (y < boxTop) boxTop = y;
      if (y > boxBottom) boxBottom = y;
      if (radiusSquared > safeSquared) emblemOutsideSafe++;
      if (radiusSquared > emblemMaxRadiusSquared) emblemMaxRadiusSquared = radiusSquared;
    }
  }
  const box = { left: boxLeft, top: boxTop, right: boxRight, bottom: boxBottom };
  return { borderMatching, transparent, emblemPixels, emblemOutsideSafe, emblemMaxRadiusSquared, cornerPixels, cornerDiffering, box };
}

/**
 * Measures the background, the emblem and the safe area of the centred square of an image.
 * Written by hand because it is the product's own core (no library knows the institution's
 * placement rule); one pass over the pixels after one pass over the border, no allocation per pixel.
 */
export function analysePixels(pixels: RgbaPixels, rule: Pick<Placement, 'safeCircleDiameter' | 'backgroundTolerance'>): PixelAnalysis {
  const square = centredSquare(pixels.width, pixels.height);
  const { side } = square;
  const { background, borderCount } = readBackground(pixels, square);
  const { cropRadius, safeRadius } = safeAreaGeometry(side, rule);
  const counts = countAgainstBackground(pixels, square, background, { cropRadius, safeRadius, tolerance: rule.backgroundTolerance });
  const { emblemPixels, box } = counts;
  return {
    side,
    background,
    borderUniformity: borderCount === 0 ? 1 : counts.borderMatching / borderCount,
    transparentShare: side === 0 ? 0 : counts.transparent / (side * side),
    emblemPixels,
    // The box is exclusive on the right and bottom, as image regions are.
    ...(emblemPixels > 0 ? { emblemBox: { left: box.left, top: box.top, right: box.right + 1, bottom: box.bottom + 1 } } : {}),
    emblemOutsideSafe: counts.emblemOutsideSafe,
    emblemMaxRadius: Math.sqrt(counts.emblemMaxRadiusSquared),
    cornerNoise: counts.cornerPixels === 0 ? 0 : counts.cornerDiffering / counts.cornerPixels,
    safeRadius,
  };
}
