import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryKind, decodeUtf8, firstInvalidUtf8, lineAndByte } from './text-bytes';

const encode = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('firstInvalidUtf8', () => {
  it('finds nothing in valid text, whatever its script', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => firstInvalidUtf8(encode(text)) === -1));
  });

  it('finds a stray byte exactly where it was put between two valid texts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom(0xff, 0xfe, 0x80, 0xbf),
        (a, b, stray) => {
          const before = encode(a);
          return firstInvalidUtf8(join(before, Uint8Array.of(stray), encode(b))) === before.length;
        },
      ),
    );
  });

  it('points at the start of a sequence that is cut off, in the middle or at the end', () => {
    const euro = encode('€'); // three bytes
    expect(firstInvalidUtf8(join(encode('ab'), euro.subarray(0, 2), encode('c')))).toBe(2);
    expect(firstInvalidUtf8(join(encode('ab'), euro.subarray(0, 2)))).toBe(2);
    expect(firstInvalidUtf8(join(encode('ab'), euro.subarray(0, 1)))).toBe(2);
  });

  it('agrees with the platform decoder on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = decodeUtf8(bytes);
        if ('text' in decoded) return firstInvalidUtf8(bytes) === -1;
        // Everything before the reported offset decodes on its own.
        return decoded.invalidAt >= 0 && 'text' in decodeUtf8(bytes.subarray(0, decoded.invalidAt));
      }),
    );
  });
});

describe('lineAndByte', () => {
  it('counts lines and the byte within the line', () => {
    const bytes = encode('unit,platform\nKPKNL,x\nab');
    expect(lineAndByte(bytes, 0)).toEqual({ line: 1, byte: 1 });
    expect(lineAndByte(bytes, 14)).toEqual({ line: 2, byte: 1 });
    expect(lineAndByte(bytes, 23)).toEqual({ line: 3, byte: 2 });
  });
});

describe('binaryKind', () => {
  it('names workbooks, documents and images by their signature', () => {
    expect(binaryKind(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1))?.en).toMatch(/Excel/);
    expect(binaryKind(encode('%PDF-1.7'))?.en).toMatch(/PDF/);
    expect(binaryKind(Uint8Array.of(0xff, 0xfe, 0x41, 0))?.en).toMatch(/UTF-16/);
  });

  it('calls any text with a NUL byte binary, and leaves text alone', () => {
    expect(binaryKind(Uint8Array.of(0x41, 0, 0x42))?.en).toBe('a binary file');
    expect(binaryKind(encode('unit,platform,handle\n'))).toBeUndefined();
  });
});
