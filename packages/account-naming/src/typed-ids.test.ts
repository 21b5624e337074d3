// The ids a developer writes by hand fail the type-check when misspelt; an id read at run time (a
// `string`) still compiles and is judged at run time. `pnpm typecheck` (tsc) checks every
// `@ts-expect-error` below: one that no longer errs fails it.
import { describe, expect, it } from 'vitest';
import { checkHandle } from './check-handle';
import { ministryExampleProfile as profile } from './profiles';
import { getNamingRule } from './rules';
import { suggestHandle } from './suggest-handle';

describe('typed ids', () => {
  it('refuses a misspelt platform literal at compile time and reports a run-time one', () => {
    // @ts-expect-error — 'twitter' is no platform id of the registry ('x' is)
    const findings = checkHandle('kpknlbandung', { platform: 'twitter', profile, asOf: '2026-11-22' });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['naming.unknown-unit']);
    // @ts-expect-error — 'instagarm' is a typo
    expect(suggestHandle('KPKNL Bandung', 'instagarm', profile).handle).toBeUndefined();
    const fromForm: string = 'x';
    expect(suggestHandle('KPKNL Bandung', fromForm, profile).handle).toBe('kpknlbandung');
  });

  it('names rules by their generated ids', () => {
    expect(getNamingRule('naming.word-order').id).toBe('naming.word-order');
    // @ts-expect-error — not a rule of data/rules.yaml
    expect(() => getNamingRule('naming.word-ordr')).toThrow();
  });
});
