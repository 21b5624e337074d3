/** An SVG that is opaque inside the centred circle of a `side`-pixel square and clear outside. */
export function circleMaskSvg(side: number): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><circle cx="${side / 2}" cy="${side / 2}" r="${side / 2}" fill="#fff"/></svg>`,
  );
}
