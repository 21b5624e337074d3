import { describe, expect, it } from 'vitest';
import { localizedMessageOf } from './localized-issue';
import { levelAllowsSeverity, ruleIdSchema, ruleSchema } from './rule';
import { ruleWithSeveritySchema } from './rules-file';

const published = {
  id: 'content.gambling',
  level: 'dilarang',
  title: { id: 'Judi daring', en: 'Online gambling' },
  rationale: { id: 'Konten perjudian dilarang.', en: 'Gambling content is prohibited.' },
  legalBasis: [{ provision: 'uu-11-2008/27-2' }],
  status: 'active',
  since: '0.1.0',
  effectiveFrom: '2024-01-02',
};

describe('ruleSchema', () => {
  it('accepts a published rule with both languages', () => {
    expect(ruleSchema.parse(published).id).toBe('content.gambling');
  });

  it('requires English on published rules, with a bilingual reason at title.en', () => {
    const result = ruleSchema.safeParse({ ...published, title: { id: 'Judi daring' } });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['title', 'en']);
    expect(localizedMessageOf(issue!)?.id).toContain('Teks bahasa Inggris wajib');
  });

  it('lets a draft rule wait for its translation', () => {
    expect(ruleSchema.safeParse({ ...published, status: 'draft', title: { id: 'Judi daring' } }).success).toBe(true);
  });

  it('accepts institutional policy as a legal basis', () => {
    const rule = { ...published, legalBasis: [{ kind: 'institutional-policy' }] };
    expect(ruleSchema.safeParse(rule).success).toBe(true);
  });

  it('rejects a statute written out as free text instead of cited by provision id', () => {
    const rule = { ...published, legalBasis: [{ kind: 'statute', instrument: 'UU 1/2024', article: 'Pasal 27 ayat (2)' }] };
    expect(ruleSchema.safeParse(rule).success).toBe(false);
  });

  it('rejects a provision id that is not instrument/article', () => {
    expect(ruleSchema.safeParse({ ...published, legalBasis: [{ provision: 'UU 1/2024 Pasal 27' }] }).success).toBe(false);
  });
});

describe('ruleIdSchema', () => {
  it.each(['naming.handle-pattern', 'content.gambling', 'reply.due-by.working-days'])('accepts %s', (id) => {
    expect(ruleIdSchema.safeParse(id).success).toBe(true);
  });
  it.each(['gambling', 'Naming.pattern', 'naming.', 'naming..x', 'naming.handle_pattern', ''])('rejects %j', (id) => {
    expect(ruleIdSchema.safeParse(id).success).toBe(false);
  });
});

describe('rule level', () => {
  it('is required: a rule without a level is refused', () => {
    const { level: _level, ...withoutLevel } = published;
    expect(ruleSchema.safeParse(withoutLevel).success).toBe(false);
  });

  it('accepts only the four levels of a pedoman', () => {
    expect(ruleSchema.safeParse({ ...published, level: 'tidak-dianjurkan' }).success).toBe(true);
    expect(ruleSchema.safeParse({ ...published, level: 'must' }).success).toBe(false);
  });

  it('maps wajib/dilarang to error or warning, dianjurkan/tidak-dianjurkan to warning or info', () => {
    expect(levelAllowsSeverity('wajib', 'error')).toBe(true);
    expect(levelAllowsSeverity('dilarang', 'warning')).toBe(true);
    expect(levelAllowsSeverity('dilarang', 'info')).toBe(false);
    expect(levelAllowsSeverity('dianjurkan', 'error')).toBe(false);
    expect(levelAllowsSeverity('tidak-dianjurkan', 'info')).toBe(true);
  });

  it('refuses a rule whose level and severity disagree, at the level, in both languages', () => {
    const result = ruleWithSeveritySchema.safeParse({ ...published, level: 'dianjurkan', severity: 'error' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['level']);
    expect(localizedMessageOf(issue!)?.id).toContain('tidak sesuai');
    expect(localizedMessageOf(issue!)?.en).toContain('does not agree');
  });
});
