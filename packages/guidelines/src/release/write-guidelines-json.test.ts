import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeGuidelinesJson } from './write-guidelines-json';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pedoman-guidelines-json-'));
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  write('packages/core/package.json', '{"name":"@pedoman-medsos/core","version":"1.0.0"}');
  write('packages/core/data/rules.yaml', 'rules:\n  - id: account.dormant\n    status: active\n');
  write('packages/core/data/removed-rules.yaml', 'removed:\n  - id: agenda.dormant\n    replacedBy: account.dormant\n');
  write('packages/digital-agenda/package.json', '{"name":"@pedoman-medsos/digital-agenda","version":"1.0.0"}');
  write('packages/digital-agenda/data/rules.yaml', 'rules:\n  - id: agenda.cadence\n    status: active\n');
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

describe('writeGuidelinesJson (the guidelines build step)', () => {
  it('writes every package’s data when the rule ids agree across files', () => {
    expect(writeGuidelinesJson(root, join(root, 'guidelines.json'))).toBe(true);
    const written = JSON.parse(readFileSync(join(root, 'guidelines.json'), 'utf8'));
    expect(written.packages.map((pkg: { name: string }) => pkg.name)).toEqual(['@pedoman-medsos/core', '@pedoman-medsos/digital-agenda']);
  });

  it('fails the build at file:line, writing nothing, for the same rule id in two packages', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    write('packages/digital-agenda/data/rules.yaml', 'rules:\n  - id: agenda.cadence\n    status: active\n  - id: account.dormant\n');
    expect(writeGuidelinesJson(root, join(root, 'guidelines.json'))).toBe(false);
    const printed = stderr.mock.calls.map((call) => String(call[0])).join('');
    expect(printed).toContain('packages/digital-agenda/data/rules.yaml:4:9  rules[1].id');
    expect(printed).toContain('already defined at packages/core/data/rules.yaml:2');
    expect(existsSync(join(root, 'guidelines.json'))).toBe(false);
  });

  it('fails the build at the ledger line for a replacedBy that points nowhere', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    write('packages/core/data/removed-rules.yaml', 'removed:\n  - id: agenda.dormant\n    replacedBy: account.dormnt\n');
    expect(writeGuidelinesJson(root, join(root, 'guidelines.json'))).toBe(false);
    const printed = stderr.mock.calls.map((call) => String(call[0])).join('');
    expect(printed).toContain('packages/core/data/removed-rules.yaml:3:17  removed[0].replacedBy');
    expect(printed).toContain('replacedBy "account.dormnt" names no rule');
  });
});
