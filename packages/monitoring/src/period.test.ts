import { ConfigError } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period';

describe('parsePeriod', () => {
  it('reads quarters, months, years and ranges', () => {
    expect(parsePeriod('2026-Q4')).toEqual({ label: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2024-q1')).toEqual({ label: '2024-Q1', from: '2024-01-01', to: '2024-03-31' });
    expect(parsePeriod('2028-02')).toEqual({ label: '2028-02', from: '2028-02-01', to: '2028-02-29' });
    expect(parsePeriod('2026')).toEqual({ label: '2026', from: '2026-01-01', to: '2026-12-31' });
    expect(parsePeriod('2026-11-02..2026-11-30')).toEqual({ label: '2026-11-02..2026-11-30', from: '2026-11-02', to: '2026-11-30' });
  });

  it('refuses what it cannot read, saying which forms it takes', () => {
    for (const bad of ['Q4', '2026-13', '2026-11-31..2026-12-01', '2026-12-31..2026-01-01', '']) {
      expect(() => parsePeriod(bad), bad).toThrow(ConfigError);
    }
    expect(() => parsePeriod('kuartal 4')).toThrow(/2026-Q4/);
  });
});
