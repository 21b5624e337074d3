/** A half-open span `start…end` of a text. */
export interface Span {
  start: number;
  end: number;
}

/** Spans merged where they overlap, sorted by start, so that their ends are sorted too. */
export interface SpanSet {
  starts: number[];
  ends: number[];
}

/** The union of `spans`, ready for {@link overlapsAny}. */
export function spanSetOf(spans: readonly Span[]): SpanSet {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const set: SpanSet = { starts: [], ends: [] };
  for (const span of sorted) {
    const last = set.ends.length - 1;
    if (last >= 0 && span.start < set.ends[last]!) set.ends[last] = Math.max(set.ends[last]!, span.end);
    else {
      set.starts.push(span.start);
      set.ends.push(span.end);
    }
  }
  return set;
}

/**
 * Whether `span` overlaps a span of the set, by binary search: a long text can have thousands of
 * both (every gambling term and signal of a 1 MB export), and testing each pair is quadratic.
 */
export function overlapsAny(set: SpanSet, span: Span): boolean {
  // The first span of the set that ends after `span` starts; it overlaps when it starts before `span` ends.
  let low = 0;
  let high = set.ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (set.ends[middle]! > span.start) high = middle;
    else low = middle + 1;
  }
  return low < set.ends.length && set.starts[low]! < span.end;
}
