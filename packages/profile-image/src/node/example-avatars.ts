import { safeAreaGeometry } from '../geometry';
import { placement } from '../specs';
import sharp from './sharp';

/** The example avatars the package can draw, good and bad. */
export const exampleAvatarKinds = [
  'compliant',
  'touching-corners',
  'off-centre',
  'transparent',
  'photo-background',
  'unofficial-background',
] as const;
export type ExampleAvatarKind = (typeof exampleAvatarKinds)[number];

// A stand-in emblem (a shield with a star), not any institution's real logo: examples and test
// fixtures must not reproduce a protected emblem.
function emblem(cx: number, cy: number, radius: number, colour: string): string {
  const star = Array.from({ length: 10 }, (_, index) => {
    const angle = (Math.PI / 5) * index - Math.PI / 2;
    const r = index % 2 === 0 ? radius * 0.45 : radius * 0.18;
    return `${(cx + r * Math.cos(angle)).toFixed(2)},${(cy + r * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
  // Symmetric top to bottom, so a shield drawn at the centre has its bounding box at the centre.
  const w = radius * 0.7;
  const top = cy - radius * 0.7;
  const shoulder = cy + radius * 0.1;
  const shield = `M${cx - w} ${top}H${cx + w}V${shoulder}Q${cx + w} ${cy + radius * 0.45} ${cx} ${cy + radius * 0.7}Q${cx - w} ${cy + radius * 0.45} ${cx - w} ${shoulder}Z`;
  return `<path d="${shield}" fill="${colour}"/><polygon points="${star}" fill="#FFC20E"/>`;
}

/**
 * Draws an example avatar of `side` pixels as PNG: the compliant one, and one for each common
 * mistake. The handbook shows them and the tests use them, so both judge the same pictures.
 */
export async function renderExampleAvatar(kind: ExampleAvatarKind, side = 640): Promise<Buffer> {
  const { safeRadius } = safeAreaGeometry(side, placement);
  const c = side / 2;
  const official = placement.backgroundColours[0]?.hex ?? '#FFFFFF';
  const fitted = safeRadius * 0.92;
  const body = {
    compliant: `<rect width="${side}" height="${side}" fill="${official}"/>${emblem(c, c, fitted, '#0B3D91')}`,
    'touching-corners': `<rect width="${side}" height="${side}" fill="${official}"/>${emblem(c, c, side * 0.6, '#0B3D91')}`,
    'off-centre': `<rect width="${side}" height="${side}" fill="${official}"/>${emblem(c + side * 0.08, c - side * 0.06, fitted * 0.7, '#0B3D91')}`,
    transparent: emblem(c, c, fitted, '#0B3D91'),
    'photo-background': `<defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#87CEEB"/><stop offset="0.5" stop-color="#2E8B57"/><stop offset="1" stop-color="#8B4513"/></linearGradient></defs><rect width="${side}" height="${side}" fill="url(#sky)"/>${emblem(c, c, fitted, '#0B3D91')}`,
    'unofficial-background': `<rect width="${side}" height="${side}" fill="#C0392B"/>${emblem(c, c, fitted, '#0B3D91')}`,
  }[kind];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}">${body}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
