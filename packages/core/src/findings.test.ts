import { describe, expect, it } from 'vitest';
import { bilingual, hasBlockingFinding, localize, sortFindings } from './findings';
import type { Finding } from './schema/finding';

const finding = (severity: Finding['severity'], start?: number): Finding => ({
  ruleId: 'test.rule',
  severity,
  message: { id: 'Pesan', en: 'Message' },
  ...(start === undefined ? {} : { location: { kind: 'span', start, end: start + 1 } }),
});

describe('findings', () => {
  it('blocks only on errors', () => {
    expect(hasBlockingFinding([finding('warning'), finding('info')])).toBe(false);
    expect(hasBlockingFinding([finding('info'), finding('error')])).toBe(true);
  });

  it('orders errors first, then by position', () => {
    const sorted = sortFindings([finding('info', 0), finding('error', 9), finding('error', 2), finding('warning')]);
    expect(sorted.map((f) => [f.severity, f.location?.kind === 'span' ? f.location.start : null])).toEqual([
      ['error', 2],
      ['error', 9],
      ['warning', null],
      ['info', 0],
    ]);
  });

  it('localizes with an Indonesian fallback for drafts', () => {
    expect(localize({ id: 'Halo', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localize({ id: 'Halo' }, 'en')).toBe('Halo');
    expect(bilingual({ id: 'Halo', en: 'Hello' })).toBe('Halo (Hello)');
  });
});
