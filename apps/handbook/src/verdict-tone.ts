// How each verdict looks in the handbook, in one place for the screening tool (in the browser) and
// the examples tables (at build time).
import type { Verdict } from '@pedoman-medsos/prohibited-content';

/** Fine (green, ✓), to look at first (orange, !), not to publish or keep (red, ✕). */
export type VerdictTone = 'ok' | 'caution' | 'stop';

/** The icon of each tone; shown beside the words, never instead of them. */
export const verdictIcons: Record<VerdictTone, string> = { ok: '✓', caution: '!', stop: '✕' };

/** The screener's verdicts: fine to publish or keep, needs a look first, must not go out or stay. */
export const verdictTones: Record<Verdict, VerdictTone> = {
  publish: 'ok',
  allow: 'ok',
  warn: 'caution',
  'needs-approval': 'caution',
  hold: 'caution',
  block: 'stop',
  hide: 'stop',
};
