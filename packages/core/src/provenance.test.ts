import { describe, expect, it } from 'vitest';
import { describeProvenance, provenanceOf } from './provenance';

const format = (date: string) => date;

describe('provenance', () => {
  it('calls a figure checked only when its source is the official one', () => {
    expect(provenanceOf('primary')).toBe('checked');
    for (const reliability of ['official-derived', 'secondary', 'unverified'] as const) expect(provenanceOf(reliability)).toBe('reported');
  });

  it('words a secondary figure as reported by its source, never as checked', () => {
    const text = describeProvenance({ id: 'blog', title: 'A blog', reliability: 'secondary' }, '2026-12-02', format);
    expect(text.en).toBe('reported by A blog, retrieved 2026-12-02; not checked against an official source');
    expect(text.id).not.toContain('diperiksa pada sumber resmi,');
    expect(describeProvenance({ id: 'x', title: 'X Docs', reliability: 'primary' }, '2026-12-02', format).en).toBe(
      'checked against the official source on 2026-12-02',
    );
  });
});
