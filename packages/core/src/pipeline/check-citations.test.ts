import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LegalBasis } from '../schema/legal-basis';
import type { RuleStatus } from '../schema/rule';
import { checkCitations } from './check-citations';
import { compileDataSources } from './compile-data-sources';
import { rulesSource } from './rules-source';

function rule(legalBasis: LegalBasis[], effectiveFrom = '2024-01-02', status: RuleStatus = 'active') {
  return { id: 'content.fixture', status, effectiveFrom, legalBasis };
}

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.PEDOMAN_AS_OF;
});

describe('checkCitations', () => {
  it('accepts a rule whose lapsed provision sits beside its replacement', () => {
    expect(checkCitations([rule([{ provision: 'uu-11-2008/28-2' }, { provision: 'uu-1-2023/243' }])], 'rules', '2026-12-02')).toEqual([]);
  });

  it('refuses a rule in force that rests only on a lapsed provision, naming the rule, the provision and its replacement', () => {
    const [problem, ...rest] = checkCitations([rule([{ provision: 'uu-11-2008/28-2' }])], 'rules', '2026-12-02');
    expect(rest).toEqual([]);
    expect(problem?.path).toEqual(['rules', 0, 'legalBasis', 0, 'provision']);
    expect(problem?.message.en).toContain('content.fixture');
    expect(problem?.message.en).toContain('UU ITE Pasal 28 ayat (2)');
    expect(problem?.message.en).toContain('KUHP Pasal 243');
    expect(problem?.message.id).toContain('2026-01-01');
  });

  it('judges on the date given: the same rule was sound before the KUHP took effect', () => {
    expect(checkCitations([rule([{ provision: 'uu-11-2008/28-2' }])], 'rules', '2025-12-31')).toEqual([]);
  });

  it('ignores drafts and rules not yet in effect', () => {
    expect(checkCitations([rule([{ provision: 'uu-11-2008/27a' }], '2024-01-02', 'draft')], 'rules', '2026-12-02')).toEqual([]);
    expect(checkCitations([rule([{ provision: 'uu-11-2008/27a' }], '2027-01-01')], 'rules', '2026-12-02')).toEqual([]);
  });

  it('refuses a rule whose only provision is not yet in force', () => {
    const [problem] = checkCitations([rule([{ provision: 'uu-1-2023/426' }])], 'rules', '2025-06-01');
    expect(problem?.path).toEqual(['rules', 0, 'legalBasis']);
    expect(problem?.message.en).toContain('applies only from 2026-01-02');
  });

  it('names an unknown provision with the known ones of its instrument', () => {
    const [problem] = checkCitations([rule([{ provision: 'uu-1-2023/999' }])], 'rules', '2026-12-02');
    expect(problem?.path).toEqual(['rules', 0, 'legalBasis', 0, 'provision']);
    expect(problem?.message.en).toContain('uu-1-2023/243');
  });

  it('fails the build of a rules.yaml citing a lapsed provision, at its line', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = mkdtempSync(join(tmpdir(), 'pedoman-citations-'));
    mkdirSync(join(dir, 'data'));
    const yaml = [
      'rules:',
      '  - id: content.fixture',
      '    severity: error',
      '    title: { id: Uji, en: Test }',
      '    rationale: { id: Uji, en: Test }',
      '    legalBasis:',
      '      - provision: uu-11-2008/27a',
      '    status: active',
      '    since: 0.1.0',
      '    effectiveFrom: 2024-01-02',
      '    level: dilarang',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'data', 'rules.yaml'), yaml);
    process.env.PEDOMAN_AS_OF = '2026-12-02';
    expect(compileDataSources({ packageDir: dir, sources: [rulesSource()] })).toBe(false);
    const printed = stderr.mock.calls.map((call) => String(call[0])).join('');
    expect(printed).toContain('data/rules.yaml:7:');
    expect(printed).toContain('rules[0].legalBasis[0].provision');
    expect(printed).toContain('KUHP Pasal 433');
  });
});
