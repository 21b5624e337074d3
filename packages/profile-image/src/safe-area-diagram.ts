import type { LocalizedText } from '@pedoman-medsos/core';
import { safeAreaGeometry } from './geometry';
import type { Placement } from './schema/placement';
import { placement as institutionPlacement } from './specs';

/** Labels of the diagram, in one language. */
export interface SafeAreaDiagramLabels {
  crop: string;
  safe: string;
  title: string;
}

/** The diagram's labels in both languages, from the same numbers the checks use. */
export function safeAreaDiagramLabels(rule: Placement = institutionPlacement): Record<keyof SafeAreaDiagramLabels, LocalizedText> {
  const percent = Math.round(rule.safeCircleDiameter * 100);
  return {
    crop: { id: 'Potongan platform (100%)', en: 'Platform crop (100%)' },
    safe: { id: `Lingkaran aman (${percent}%)`, en: `Safe circle (${percent}%)` },
    title: {
      id: `Lambang harus utuh di dalam lingkaran aman selebar ${percent}% sisi kanvas; sudut di luar lingkaran potongan akan hilang.`,
      en: `The emblem must fit entirely inside the safe circle, ${percent}% of the canvas side; the corners outside the crop circle are lost.`,
    },
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An accessible SVG of the safe area (canvas, crop circle, safe circle, the largest square emblem),
 * drawn from the placement rule so the handbook never restates its numbers by hand.
 */
export function safeAreaDiagram(labels: SafeAreaDiagramLabels, rule: Placement = institutionPlacement, side = 240): string {
  const g = safeAreaGeometry(side, rule);
  const centre = side / 2;
  const square = g.safeInnerSquare;
  const pad = 8;
  const size = side + pad * 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-pad} ${-pad} ${size} ${size}" width="${size}" height="${size}" role="img" aria-labelledby="safe-area-title">`,
    `<title id="safe-area-title">${escapeXml(labels.title)}</title>`,
    `<rect x="0" y="0" width="${side}" height="${side}" fill="#d9d9d9" stroke="#595959"/>`,
    `<circle cx="${centre}" cy="${centre}" r="${g.cropRadius}" fill="#ffffff" stroke="#1f1f1f" stroke-width="2"/>`,
    `<circle cx="${centre}" cy="${centre}" r="${g.safeRadius}" fill="#e6f0ff" stroke="#0b3d91" stroke-width="2" stroke-dasharray="6 4"/>`,
    `<rect x="${centre - square / 2}" y="${centre - square / 2}" width="${square}" height="${square}" fill="none" stroke="#0b3d91" stroke-width="1"/>`,
    `<text x="${centre}" y="${centre - g.cropRadius + 16}" text-anchor="middle" font-size="12" fill="#1f1f1f">${escapeXml(labels.crop)}</text>`,
    `<text x="${centre}" y="${centre + 4}" text-anchor="middle" font-size="12" fill="#0b3d91">${escapeXml(labels.safe)}</text>`,
    '</svg>',
  ].join('');
}
