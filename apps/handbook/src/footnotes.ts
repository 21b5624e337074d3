import type { Source } from '@pedoman-medsos/core';

/**
 * Numbers the sources a table cites, in the order it first cites them, so every figure can carry
 * a footnote and the list under the table shows each source once.
 */
export function createFootnotes(sources: readonly Source[]) {
  const cited: string[] = [];
  return {
    /** The footnote number of the source a figure (or anything citing a source) names. */
    cite(figure: { source: string }): number {
      if (!cited.includes(figure.source)) cited.push(figure.source);
      return cited.indexOf(figure.source) + 1;
    },
    /** The cited sources, in footnote order (call after the table has cited every figure). */
    cited(): Source[] {
      return cited.map((id) => {
        const source = sources.find((candidate) => candidate.id === id);
        if (!source) throw new Error(`Source "${id}" is cited but not listed`);
        return source;
      });
    },
  };
}
