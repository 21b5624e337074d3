import { exampleMark, type Finding } from '@pedoman-medsos/core';
import { analysePixels, colourDistance, hexOf, type PixelAnalysis, plainBorderUniformity, type RgbaPixels, rgbOf } from './analyse-pixels';
import type { ImageCheckOptions } from './check-image-meta';
import { messageWithFigures, shownValue } from './format';
import { ImageFindings } from './rules';
import type { Placement } from './schema/placement';
import { type ImageTarget, placement as institutionPlacement } from './specs';

/** Options of {@link checkImagePixels}. */
export interface PixelCheckOptions extends ImageCheckOptions {
  /**
   * Side of the original image when the pixels are a scaled-down copy (checks of large files run
   * on a copy), so the findings speak in the pixels of the file the admin has.
   */
  originalSide?: number;
  /** The placement rule; default the institution's, from data/specs.yaml. */
  placement?: Placement;
}

// A few stray pixels (JPEG ringing, anti-aliasing) are not an emblem being cut off.
const noisePixels = (side: number) => Math.max(3, side * side * 0.0001);

/** Whether pixel data has the shape it claims: a width, a height, and four bytes (a byte array) for each pixel. */
function isWellFormed(pixels: RgbaPixels): boolean {
  const { width, height, data } = pixels;
  return (
    Number.isInteger(width) &&
    Number.isInteger(height) &&
    width > 0 &&
    height > 0 &&
    (data instanceof Uint8Array || data instanceof Uint8ClampedArray) &&
    data.length === width * height * 4
  );
}

/**
 * Checks the pixels of an avatar against the placement rule: transparency, a plain background in
 * an official colour, the emblem inside the safe circle and centred. Pure and browser-safe: the
 * pixels may come from a canvas (`getImageData`) or from sharp (`raw()` with an alpha channel).
 * On a platform that crops to a square nothing is cut from the corners, so only that check is
 * skipped; the emblem is still held to the safe circle, the stricter shape.
 */
export function checkImagePixels(pixels: RgbaPixels, target: Pick<ImageTarget, 'crop'>, options: PixelCheckOptions = {}): Finding[] {
  const rule = options.placement ?? institutionPlacement;
  const findings = new ImageFindings(options.asOf);
  if (!isWellFormed(pixels)) {
    const { width, height } = pixels;
    const needed = Number.isInteger(width) && Number.isInteger(height) ? width * height * 4 : '?';
    findings.add('image.unreadable', {
      id: `Data piksel tidak sesuai ukurannya: ${shownValue(pixels.width)}×${shownValue(pixels.height)} piksel memerlukan ${shownValue(needed)} bita RGBA, ada ${shownValue((pixels.data as { length?: unknown } | undefined)?.length)}.`,
      en: `Pixel data does not match its size: ${shownValue(pixels.width)}×${shownValue(pixels.height)} pixels need ${shownValue(needed)} RGBA bytes, got ${shownValue((pixels.data as { length?: unknown } | undefined)?.length)}.`,
    });
    return findings.findings;
  }
  const analysis = analysePixels(pixels, rule);
  const scale = options.originalSide ? options.originalSide / analysis.side : 1;
  const px = (value: number) => Math.round(value * scale);
  const percentOfSide = (value: number) => (value / analysis.side) * 100;

  if (analysis.transparentShare > 0) {
    findings.add(
      'image.transparency',
      messageWithFigures(
        (n) =>
          `${n(analysis.transparentShare * 100)}% piksel transparan; platform akan mengisinya dengan warna yang tidak dapat Anda pilih.`,
        (n) =>
          `${n(analysis.transparentShare * 100)}% of the pixels are transparent; the platform fills them with a colour you cannot choose.`,
      ),
      { suggestion: { message: { id: 'Ratakan di atas warna latar resmi.', en: 'Flatten onto an official background colour.' } } },
    );
  }

  if (analysis.borderUniformity < plainBorderUniformity) {
    findings.add(
      'image.background-not-uniform',
      messageWithFigures(
        (n) =>
          `Hanya ${n(analysis.borderUniformity * 100)}% tepi gambar berwarna sama: latarnya foto atau bermotif, bukan warna polos. Lambang tidak dapat diukur.`,
        (n) =>
          `Only ${n(analysis.borderUniformity * 100)}% of the image's edge has one colour: the background is a photo or pattern, not a plain colour. The emblem cannot be measured.`,
      ),
      {
        suggestion: {
          message: {
            id: 'Letakkan lambang di atas latar polos berwarna resmi.',
            en: 'Place the emblem on a plain background in an official colour.',
          },
        },
      },
    );
    return findings.findings;
  }
  if (target.crop === 'circle' && analysis.cornerNoise > rule.maxCornerNoise) {
    findings.add(
      'image.background-not-uniform',
      messageWithFigures(
        (n) => `${n(analysis.cornerNoise * 100)}% piksel di sudut yang terpotong lingkaran tidak berwarna latar; bagian itu akan hilang.`,
        (n) =>
          `${n(analysis.cornerNoise * 100)}% of the pixels in the corners the circle cuts away are not background colour; that part will be lost.`,
      ),
    );
  }
  checkBackgroundColour(analysis, rule, findings);
  checkEmblem(analysis, rule, findings, px, percentOfSide);
  return findings.findings;
}

function checkBackgroundColour(analysis: PixelAnalysis, rule: Placement, findings: ImageFindings): void {
  if (rule.backgroundColours.length === 0) return;
  const ranked = rule.backgroundColours
    .map((colour) => ({ colour, distance: colourDistance(analysis.background, rgbOf(colour.hex)) }))
    .sort((a, b) => a.distance - b.distance);
  const nearest = ranked[0];
  if (!nearest || nearest.distance <= rule.backgroundTolerance) return;
  const measured = hexOf(analysis.background);
  // An example palette colour is named as one, so no one takes it for the institution's own.
  const mark = (locale: 'id' | 'en') => (nearest.colour.example ? ` (${exampleMark[locale].toLowerCase()})` : '');
  findings.add(
    'image.background-colour',
    {
      id: `Latar ${measured} bukan warna resmi; yang terdekat ${nearest.colour.name.id}${mark('id')} ${nearest.colour.hex}.`,
      en: `The background ${measured} is not an official colour; the nearest is ${nearest.colour.name.en}${mark('en')} ${nearest.colour.hex}.`,
    },
    {
      suggestion: { message: { id: `Gunakan ${nearest.colour.hex}.`, en: `Use ${nearest.colour.hex}.` }, replacement: nearest.colour.hex },
    },
  );
}

function checkEmblem(
  analysis: PixelAnalysis,
  rule: Placement,
  findings: ImageFindings,
  px: (value: number) => number,
  percentOfSide: (value: number) => number,
): void {
  const box = analysis.emblemBox;
  if (!box || analysis.emblemPixels < noisePixels(analysis.side)) {
    findings.add('image.no-emblem', {
      id: 'Tidak ada lambang yang terlihat: seluruh gambar berwarna latar.',
      en: 'No emblem is visible: the whole image is background colour.',
    });
    return;
  }
  if (analysis.emblemOutsideSafe >= noisePixels(analysis.side)) {
    const overshoot = analysis.emblemMaxRadius - analysis.safeRadius;
    const cut = analysis.emblemMaxRadius > analysis.side / 2;
    findings.add(
      'image.emblem-outside-safe-area',
      messageWithFigures(
        (n) =>
          `Lambang keluar ${n(px(overshoot))} piksel (${n(percentOfSide(overshoot))}% sisi) dari lingkaran aman (${n(rule.safeCircleDiameter * 100)}% sisi)${cut ? ' dan akan terpotong oleh lingkaran platform' : ''}.`,
        (n) =>
          `The emblem reaches ${n(px(overshoot))} pixels (${n(percentOfSide(overshoot))}% of the side) beyond the safe circle (${n(rule.safeCircleDiameter * 100)}% of the side)${cut ? ' and will be cut off by the platform circle' : ''}.`,
      ),
      {
        suggestion: {
          message: messageWithFigures(
            (n) =>
              `Perkecil lambang menjadi paling besar ${n((analysis.safeRadius / analysis.emblemMaxRadius) * 100)}% dari ukurannya sekarang, di tengah.`,
            (n) =>
              `Scale the emblem down to at most ${n((analysis.safeRadius / analysis.emblemMaxRadius) * 100)}% of its current size, centred.`,
          ),
        },
      },
    );
  }
  const dx = (box.left + box.right) / 2 - analysis.side / 2;
  const dy = (box.top + box.bottom) / 2 - analysis.side / 2;
  if (Math.hypot(dx, dy) > rule.maxCentreOffset * analysis.side) {
    const across = (value: number, id: [string, string], en: [string, string]) =>
      value === 0 ? null : { id: value > 0 ? id[0] : id[1], en: value > 0 ? en[0] : en[1], amount: Math.abs(value) };
    const shifts = [
      across(dx, ['ke kanan', 'ke kiri'], ['to the right', 'to the left']),
      across(dy, ['ke bawah', 'ke atas'], ['downwards', 'upwards']),
    ].filter((shift) => shift !== null && percentOfSide(shift.amount) >= 0.5) as { id: string; en: string; amount: number }[];
    findings.add(
      'image.off-centre',
      messageWithFigures(
        (n) =>
          `Pusat lambang bergeser ${shifts.map((shift) => `${n(px(shift.amount))} piksel (${n(percentOfSide(shift.amount))}%) ${shift.id}`).join(' dan ')}.`,
        (n) =>
          `The emblem's centre is off the canvas centre by ${shifts.map((shift) => `${n(px(shift.amount))} pixels (${n(percentOfSide(shift.amount))}%) ${shift.en}`).join(' and ')}.`,
      ),
    );
  }
}
