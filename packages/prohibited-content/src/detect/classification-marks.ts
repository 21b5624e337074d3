/** A security-classification mark used as a document header or letter status. */
export interface ClassificationMark {
  level: 'sangat-rahasia' | 'rahasia' | 'terbatas';
  start: number;
  end: number;
}

const levelOf = (words: string): ClassificationMark['level'] => {
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  return lower === 'sangat rahasia' || lower === 'sr' ? 'sangat-rahasia' : lower === 'rahasia' || lower === 'r' ? 'rahasia' : 'terbatas';
};

// A line that is only the mark, in capitals (the header of a document), maybe framed by punctuation.
const headerLine = /^[ \t*_#\-–—=[(]*(SANGAT[ \t]+RAHASIA|RAHASIA|TERBATAS)[ \t*_#\-–—=\])]*$/gmu;
// "Sifat: Rahasia", "Klasifikasi : SR" — the status field of an official letter or memo.
const statusField =
  /(?<![\p{L}])(?:sifat|klasifikasi)(?:[ \t]+(?:surat|naskah|dokumen))?[ \t]*:[ \t]*(sangat[ \t]+rahasia|rahasia|terbatas|SR|R|T)(?![\p{L}])/giu;

const statusWord = /sifat|klasifikasi/iu;

/**
 * The words every header mark holds (`headerLine` above), in lower case: a header needs one of
 * them written in capitals as a word of its own.
 */
export const headerMarkWords = ['rahasia', 'terbatas'] as const;
const headerMarks = headerMarkWords.map((word) => word.toUpperCase());

/** Whether the text may hold a status field (`Sifat: Rahasia`): a colon and a status word. */
export function mayHoldStatusField(text: string): boolean {
  return text.includes(':') && statusWord.test(text);
}

/**
 * Whether {@link findClassificationMarks} may find anything: a header line needs `RAHASIA` or
 * `TERBATAS` in capitals, a status field needs a colon after `Sifat` or `Klasifikasi`. Cheap
 * (native substring searches), so most texts skip the expressions below.
 */
export function mayHoldClassificationMark(text: string): boolean {
  for (const mark of headerMarks) if (text.includes(mark)) return true;
  return mayHoldStatusField(text);
}

/**
 * Finds classification marks where they act as marks — a header line in capitals, or the `Sifat:`
 * / `Klasifikasi:` field of a letter — and not the ordinary word ("rahasia sukses").
 */
export function findClassificationMarks(text: string): ClassificationMark[] {
  const marks: ClassificationMark[] = [];
  if (!mayHoldClassificationMark(text)) return marks;
  for (const regex of [headerLine, statusField]) {
    for (const match of text.matchAll(regex)) {
      const words = match[1]!;
      const start = match.index + match[0].indexOf(words);
      marks.push({ level: levelOf(words), start, end: start + words.length });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}
