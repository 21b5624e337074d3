import { type Locale, type LocalizedText, localize } from '@pedoman-medsos/core';
import type { Io } from './io';

/** Problems printed one per line before the rest are only counted: enough to see the pattern. */
export const shownProblems = 20;

/** One input problem: the line it is on, the field, and what is wrong. */
export interface InputProblem {
  line: number;
  field?: string;
  message: LocalizedText;
}

/**
 * Reports input problems on stderr as `pedoman: FILE:LINE: FIELD: message`, the first
 * {@link shownProblems} in full and the rest as one count, so a wrong file gives a screenful, not
 * thirty thousand lines. Keeps the shown problems for a JSON report.
 */
export function createProblemLog(io: Io, source: string, locale: Locale) {
  const shown: InputProblem[] = [];
  let count = 0;
  return {
    add(problem: InputProblem): void {
      count++;
      if (count > shownProblems) return;
      shown.push(problem);
      io.stderr.write(
        `pedoman: ${source}:${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${localize(problem.message, locale)}\n`,
      );
    },
    /** Prints how many were not shown, if any. */
    finish(): void {
      if (count <= shownProblems) return;
      const more = count - shownProblems;
      io.stderr.write(
        `pedoman: ${localize({ id: `… dan ${more} masalah lain di ${source} (${count} seluruhnya).`, en: `… and ${more} more problems in ${source} (${count} in all).` }, locale)}\n`,
      );
    },
    get count() {
      return count;
    },
    get shown(): readonly InputProblem[] {
      return shown;
    },
  };
}
