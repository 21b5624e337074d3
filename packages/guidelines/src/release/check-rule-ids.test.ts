import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatSourceErrors } from '@pedoman-medsos/core/pipeline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRuleIds } from './check-rule-ids';
import { ruleIdIndexOfWorktree } from './rule-ids';

// A repository of three packages in a temporary folder: core (shared rules and the ledger),
// digital-agenda and prohibited-content (whose categories are rules too), written line by line so
// each test knows the line it expects.
let root: string;
const write = (path: string, lines: string[]) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), `${lines.join('\n')}\n`);
};
// Three lines a rule (plus `extra`), four a ledger entry with replacedBy.
const rule = (id: string, extra: string[] = []) => [`  - id: ${id}`, '    severity: warning', '    status: active', ...extra];
const ledger = (...entries: string[][]) => write('packages/core/data/removed-rules.yaml', ['removed:', ...entries.flat()]);
const entry = (id: string, replacedBy?: string) => [
  `  - id: ${id}`,
  '    removedIn: 1.0.0',
  ...(replacedBy ? [`    replacedBy: ${replacedBy}`] : []),
  '    reason: { id: Dicabut., en: Removed. }',
];
const check = () => formatSourceErrors(checkRuleIds(ruleIdIndexOfWorktree(root)));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pedoman-rule-ids-'));
  write('pnpm-workspace.yaml', ['packages:', '  - packages/*']);
  for (const [dir, name] of [
    ['core', 'core'],
    ['digital-agenda', 'digital-agenda'],
    ['prohibited-content', 'prohibited-content'],
  ]) {
    write(`packages/${dir}/package.json`, [JSON.stringify({ name: `@pedoman-medsos/${name}`, version: '1.0.0' })]);
  }
  write('packages/core/data/rules.yaml', ['rules:', ...rule('account.dormant')]);
  write('packages/digital-agenda/data/rules.yaml', ['rules:', ...rule('agenda.hashtag-case'), ...rule('agenda.cadence')]);
  write('packages/prohibited-content/data/categories.yaml', ['categories:', ...rule('content.gambling')]);
  ledger(entry('agenda.dormant', 'account.dormant'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('checkRuleIds', () => {
  it('accepts rule ids defined once and a ledger whose replacements are active rules', () => {
    expect(checkRuleIds(ruleIdIndexOfWorktree(root))).toEqual([]);
  });

  it('refuses a rule id defined in two packages, naming both file:line locations', () => {
    write('packages/digital-agenda/data/rules.yaml', ['rules:', ...rule('agenda.cadence'), ...rule('account.dormant')]);
    const errors = checkRuleIds(ruleIdIndexOfWorktree(root));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'packages/digital-agenda/data/rules.yaml', line: 5, path: ['rules', 1, 'id'] });
    expect(check()).toContain('packages/digital-agenda/data/rules.yaml:5:9  rules[1].id');
    expect(errors[0]?.message.en).toBe(
      'Rule id "account.dormant" is already defined at packages/core/data/rules.yaml:2. An id may be defined only once across all packages: delete one of them, or give this one a new id. A rule several areas report belongs in packages/core/data/rules.yaml alone.',
    );
    expect(errors[0]?.message.id).toContain('sudah didefinisikan di packages/core/data/rules.yaml:2');
  });

  it('counts a prohibited-content category as a rule id', () => {
    write('packages/digital-agenda/data/rules.yaml', ['rules:', ...rule('content.gambling')]);
    expect(check()).toContain('packages/prohibited-content/data/categories.yaml:2:9  categories[0].id');
    expect(check()).toContain('Rule id "content.gambling" is already defined at packages/digital-agenda/data/rules.yaml:2.');
  });

  it('refuses a ledger entry whose replacedBy names no rule, at the line of replacedBy', () => {
    ledger(entry('agenda.dormant', 'account.dormnt'));
    expect(check()).toContain('packages/core/data/removed-rules.yaml:4:17  removed[0].replacedBy');
    expect(check()).toContain(
      `en: replacedBy "account.dormnt" names no rule: no package's rules.yaml defines "account.dormnt", and packages/core/data/removed-rules.yaml does not list it (check the spelling). Set replacedBy to the id of the active rule that takes over, or delete replacedBy if none does.`,
    );
  });

  it('refuses a ledger entry for a rule that is still defined, naming where', () => {
    ledger(entry('agenda.dormant', 'account.dormant'), entry('agenda.cadence'));
    expect(check()).toContain('packages/core/data/removed-rules.yaml:6:9  removed[1].id');
    expect(check()).toContain(
      'en: Rule "agenda.cadence" is recorded as removed but is still defined at packages/digital-agenda/data/rules.yaml:5 (status active). If it was removed, delete it from that file; if it stays, delete this ledger entry.',
    );
  });

  it('follows a replacement that was itself removed and replaced, and accepts the chain when it ends at an active rule', () => {
    ledger(entry('naming.old', 'agenda.dormant'), entry('agenda.dormant', 'account.dormant'));
    expect(checkRuleIds(ruleIdIndexOfWorktree(root))).toEqual([]);
  });

  it('refuses a chain that ends at a rule removed without replacement, or goes round in a circle', () => {
    ledger(entry('naming.old', 'agenda.dormant'), entry('agenda.dormant'));
    expect(check()).toContain(
      'replacedBy "agenda.dormant" leads to agenda.dormant, which was removed without a replacement (packages/core/data/removed-rules.yaml:6).',
    );
    ledger(entry('naming.old', 'agenda.dormant'), entry('agenda.dormant', 'naming.old'));
    expect(check()).toContain('replacedBy goes round in a circle: naming.old → agenda.dormant → naming.old.');
  });

  it('refuses a replacement validators do not apply (a draft), and checks a rule’s own replacedBy too', () => {
    write('packages/digital-agenda/data/rules.yaml', [
      'rules:',
      ...rule('agenda.cadence', ['    replacedBy: agenda.cadense']),
      '  - id: agenda.next',
      '    status: draft',
    ]);
    ledger(entry('agenda.dormant', 'agenda.next'));
    const printed = check();
    expect(printed).toContain('packages/core/data/removed-rules.yaml:4:17  removed[0].replacedBy');
    expect(printed).toContain(
      'replacedBy "agenda.next" leads to agenda.next at packages/digital-agenda/data/rules.yaml:6, whose status is "draft"',
    );
    expect(printed).toContain('packages/digital-agenda/data/rules.yaml:5:17  rules[0].replacedBy');
    expect(printed).toContain('replacedBy "agenda.cadense" names no rule');
  });
});
