import type { LocalizedText } from '@pedoman-medsos/core';

/**
 * Files that are not text but are often given by mistake, recognized by their first bytes, each
 * with what to do instead. Checked before anything is decoded, so a workbook or an image is
 * refused with a reason instead of being read as 750 "hashtags".
 */
const signatures: { bytes: number[]; kind: LocalizedText }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: { id: 'buku kerja Excel/ZIP', en: 'an Excel workbook or ZIP archive' } },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: { id: 'buku kerja Excel lama (.xls)', en: 'an old Excel workbook (.xls)' } },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: { id: 'dokumen PDF', en: 'a PDF document' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: { id: 'gambar PNG', en: 'a PNG image' } },
  { bytes: [0xff, 0xd8, 0xff], kind: { id: 'gambar JPEG', en: 'a JPEG image' } },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: { id: 'gambar GIF', en: 'a GIF image' } },
  { bytes: [0xff, 0xfe], kind: { id: 'teks UTF-16', en: 'UTF-16 text' } },
  { bytes: [0xfe, 0xff], kind: { id: 'teks UTF-16', en: 'UTF-16 text' } },
];

/** How many leading bytes decide whether an input is binary (as git and grep look at the start). */
export const sniffLength = 8000;

/**
 * What kind of non-text file the first bytes show, or undefined for text. A NUL byte in the
 * first {@link sniffLength} bytes marks any other binary file, as git and grep decide.
 */
export function binaryKind(head: Uint8Array): LocalizedText | undefined {
  const known = signatures.find(({ bytes }) => bytes.every((byte, index) => head[index] === byte));
  if (known) return known.kind;
  return head.subarray(0, sniffLength).includes(0) ? { id: 'berkas biner', en: 'a binary file' } : undefined;
}

/** The message for a non-text input: what it is and what to give instead. */
export function binaryProblem(source: string, kind: LocalizedText, expected: LocalizedText): LocalizedText {
  return {
    id: `"${source}" tampaknya ${kind.id}, bukan teks. Berikan ${expected.id}.`,
    en: `"${source}" looks like ${kind.en}, not text. Give ${expected.en}.`,
  };
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes complete UTF-8 text strictly: the text, or the byte offset where the encoding breaks. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { invalidAt: number } {
  try {
    return { text: fatalDecoder.decode(bytes) };
  } catch {
    return { invalidAt: firstInvalidUtf8(bytes) };
  }
}

/**
 * Where the first invalid UTF-8 sequence of `bytes` starts, or -1 when they are valid. The bytes
 * are a complete text: a sequence cut off at the end is invalid.
 *
 * The platform's own fatal decoder does the validation; a binary search over prefixes finds the
 * offset, and only runs once a text has failed. Prefix validity is monotone with `stream: true`
 * (a prefix holding an invalid sequence stays invalid as it grows; a cut-off one at its end is
 * still pending), so the search is exact.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const validPrefix = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0; // validPrefix(low) holds
  let high = bytes.length + 1; // the first prefix that fails, once found
  if (validPrefix(bytes.length)) {
    try {
      fatalDecoder.decode(bytes);
      return -1;
    } catch {
      low = bytes.length; // only the cut-off sequence at the end is wrong
    }
  } else {
    high = bytes.length;
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if (validPrefix(middle)) low = middle;
      else high = middle;
    }
  }
  // Byte `low` made the text invalid (or the text ended there). When it broke off a multi-byte
  // sequence still open before it, report where that sequence began.
  if (isComplete(bytes.subarray(0, low))) return Math.min(low, bytes.length - 1);
  let start = low - 1;
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
  return start;
}

function isComplete(bytes: Uint8Array): boolean {
  try {
    fatalDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The 1-based line and column (in bytes) of `offset` within `bytes`, counting from `firstLine`. */
export function lineAndByte(bytes: Uint8Array, offset: number, firstLine = 1): { line: number; byte: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, byte: offset - lineStart + 1 };
}

/** The message for invalid UTF-8 on a line: which byte, and how to save the file so it reads. */
export function encodingProblem(byte: number): LocalizedText {
  return {
    id: `bukan teks UTF-8 yang sah (bait ke-${byte} pada baris ini). Simpan ulang berkas sebagai UTF-8 (di Excel: "CSV UTF-8").`,
    en: `not valid UTF-8 text (byte ${byte} of this line). Save the file again as UTF-8 (in Excel: "CSV UTF-8").`,
  };
}

/** A message located at `source:line`, as compilers print them. */
export function atLine(source: string, line: number, text: LocalizedText): LocalizedText {
  return { id: `${source}:${line}: ${text.id}`, en: `${source}:${line}: ${text.en}` };
}
