import type { Finding } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { formatFindings } from './format-findings';

const finding: Finding = {
  ruleId: 'naming.region-abbreviation',
  severity: 'warning',
  message: { id: 'Singkatan wilayah tidak dikenal.', en: 'Unknown region abbreviation.' },
  suggestion: { message: { id: 'Pakai kamus.', en: 'Use the dictionary.' }, replacement: 'kpknlbjm' },
};

describe('formatFindings', () => {
  it('prints severity, level, rule, message and fix on one line', () => {
    expect(formatFindings([finding], 'en').split('\n')[0]).toBe(
      '[warning, mandatory] naming.region-abbreviation: Unknown region abbreviation. → kpknlbjm',
    );
  });

  it('says so when there is nothing to report, in the reader’s language', () => {
    expect(formatFindings([], 'id')).toBe('Tidak ada temuan.\n');
    expect(formatFindings([], 'en')).toBe('No findings.\n');
  });
});
