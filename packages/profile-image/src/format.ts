import type { LocalizedText } from '@pedoman-medsos/core';

type NumberText = (value: number) => string;

const indonesian = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const english = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * A message with figures in it, each language writing numbers its own way (`1.080` and `12,5 %`
 * in Indonesian, `1,080` and `12.5%` in English).
 */
export function messageWithFigures(id: (n: NumberText) => string, en: (n: NumberText) => string): LocalizedText {
  return { id: id((value) => indonesian.format(value)), en: en((value) => english.format(value)) };
}

/** Bytes as kB/MB with the language's decimal separator. */
export function bytesText(bytes: number, n: NumberText): string {
  return bytes >= 1_000_000 ? `${n(bytes / 1_000_000)} MB` : `${n(bytes / 1000)} kB`;
}

/**
 * A number of pixels with the language's digits: in millions when one decimal says it exactly
 * (`64 million pixels`, `64 juta piksel`), else in full (`300,000 pixels`, `300.000 piksel`), so a
 * small limit never reads as 0 million and a count just over a limit never reads as equal to it.
 */
export function pixelsText(count: number, n: NumberText, units: { millions: string; pixels: string }): string {
  return count >= 1_000_000 && count % 100_000 === 0 ? `${n(count / 1_000_000)} ${units.millions}` : `${n(count)} ${units.pixels}`;
}

/**
 * A value from a caller, shown in a message: numbers and strings as they are, anything else by its
 * type, since `String(value)` throws for objects whose `toString` is not a function.
 */
export function shownValue(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : typeof value;
}
