import type { Source } from '@pedoman-medsos/core';

/**
 * Numbers the sources a table cites, in the order it first cites them, so every figure can carry
 * a footnote and the list under the table shows each source once.
 */
export function createFootnotes(sources: readonly Source[]) {
  const cited: string[] = [];
  const lastRead = new Map<string, string>();
  return {
    /** The footnote number of the source a figure (or anything citing a source) names. */
    cite(figure: { source: string; verifiedAt?: string }): number {
      if (!cited.includes(figure.source)) cited.push(figure.source);
      const previous = lastRead.get(figure.source);
      if (figure.verifiedAt && (!previous || figure.verifiedAt > previous)) lastRead.set(figure.source, figure.verifiedAt);
      return cited.indexOf(figure.source) + 1;
    },
    /** The latest day a figure was read in each cited source (for "checked on" / "retrieved on"). */
    lastRead(): ReadonlyMap<string, string> {
      return lastRead;
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
