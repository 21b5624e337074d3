import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSourceErrors } from '@pedoman-medsos/core/pipeline';
import { checkRuleIds } from './check-rule-ids';
import { ruleIdIndex } from './rule-ids';
import { snapshotOfWorktree } from './snapshot';

/**
 * The guidelines package's build step: writes `file` (guidelines.json), every published package's
 * data and JSON Schemas in one file, the same snapshot `pedoman guidelines diff npm:VERSION` reads
 * back from a published release. It is the first build step that sees every package's data, so it
 * first refuses rule ids that disagree across files (see `checkRuleIds`): it prints each problem at
 * its file:line, writes nothing and returns false.
 */
export function writeGuidelinesJson(root: string, file: string | URL): boolean {
  const snapshot = snapshotOfWorktree(root);
  const errors = checkRuleIds(ruleIdIndex(snapshot, (path) => readFileSync(join(root, path), 'utf8')));
  if (errors.length > 0) {
    process.stderr.write(formatSourceErrors(errors));
    return false;
  }
  const packages = snapshot.packages.filter((pkg) => Object.keys(pkg.data).length > 0);
  writeFileSync(file, `${JSON.stringify({ ...snapshot, label: 'release', packages }, null, 1)}\n`);
  console.log(`guidelines.json: ${packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`);
  return true;
}
