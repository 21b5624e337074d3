import { monitoring } from '@pedoman-medsos/governance';
import { createPhraseMatcher } from '@pedoman-medsos/prohibited-content';
import { contentCuesFile } from './generated/content-cues';

/** How a post was classified, and why: the reading is always shown beside the figure. */
export interface PurposeReading {
  /** A governance purpose id, or `undefined` when no cue and no label says what the post is for. */
  purpose?: string;
  /** `label` (the export's purpose column), `cues` (cue phrases found) or `none`. */
  source: 'label' | 'cues' | 'none';
  /** The cue phrases found, as written in the post. */
  cues: string[];
}

const owners = contentCuesFile.purposes.flatMap((entry, rank) => entry.cues.map((cue) => ({ purpose: entry.purpose, rank, cue })));
const matcher = createPhraseMatcher(owners.map((owner) => owner.cue));
const ceremonial = new Set(monitoring.contentPurposes.filter((purpose) => purpose.ceremonial).map((purpose) => purpose.id));

/** Whether a purpose is ceremonial (governance data): the content-mix indicator counts the others. */
export const isCeremonial = (purpose: string) => ceremonial.has(purpose);

/**
 * What a post is for: its label when the export has one; otherwise the purpose with the most
 * distinct cue phrases (data/content-cues.yaml), the earlier-listed purpose on a tie. Cues are
 * matched as the screener matches terms, so `T1PS` and `t i p s` count.
 */
export function readPurpose(text: string, label?: string): PurposeReading {
  if (label) return { purpose: label, source: 'label', cues: [] };
  const counts = new Map<number, Set<string>>();
  const found: string[] = [];
  for (const match of matcher.match(text)) {
    const owner = owners[match.phrase];
    if (!owner) continue;
    const seen = counts.get(owner.rank) ?? new Set<string>();
    if (!seen.has(owner.cue)) found.push(text.slice(match.start, match.end));
    seen.add(owner.cue);
    counts.set(owner.rank, seen);
  }
  if (counts.size === 0) return { source: 'none', cues: [] };
  const [rank] = [...counts.entries()].sort((a, b) => b[1].size - a[1].size || a[0] - b[0])[0]!;
  return { purpose: contentCuesFile.purposes[rank]!.purpose, source: 'cues', cues: found };
}

const formatOf = new Map(
  Object.entries(contentCuesFile.formats).flatMap(([format, types]) => types.map((type) => [type, format] as const)),
);

/** The governance format of a post: its label, or its post type read through data/content-cues.yaml. */
export function readFormat(type: string, label?: string): string | undefined {
  return label ?? formatOf.get(type.trim().toLowerCase());
}
