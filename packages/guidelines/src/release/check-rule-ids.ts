import type { LocalizedText } from '@pedoman-medsos/core';
import type { SourceError } from '@pedoman-medsos/core/pipeline';
import type { LedgerEntry, RuleDefinition, RuleIdIndex, Site } from './rule-ids';

// The rule-id invariants that span files: no single file's schema can see them, so the guidelines
// package (which reads every package's data) checks them when it builds guidelines.json, and
// `pedoman guidelines check` checks them again before a release.

const ledgerFile = 'packages/core/data/removed-rules.yaml';

/** `packages/core/data/rules.yaml:10`: where a reader opens the file. */
const where = (site: Site) => `${site.file}:${site.line}`;

function errorAt(site: Site, message: LocalizedText): SourceError {
  return { file: site.file, line: site.line, column: site.column, path: site.path, message };
}

/** Validators apply active and deprecated rules; a replacement must be one of them. */
const inForce = (rule: RuleDefinition) => rule.status === undefined || rule.status === 'active' || rule.status === 'deprecated';

/** A rule id defined twice, in one file or in two packages: reported at each copy after the first. */
function duplicateDefinitions(definitions: readonly RuleDefinition[]): SourceError[] {
  const byId = new Map<string, RuleDefinition[]>();
  for (const rule of definitions) byId.set(rule.id, [...(byId.get(rule.id) ?? []), rule]);
  return [...byId.values()].flatMap((copies) =>
    copies.slice(1).map((copy) => {
      const others = copies.filter((other) => other !== copy).map((other) => where(other.at));
      return errorAt(copy.at, {
        id: `ID aturan "${copy.id}" sudah didefinisikan di ${others.join(', ')}. Satu ID hanya boleh didefinisikan sekali di seluruh paket: hapus salah satunya, atau beri yang ini ID baru. Aturan yang dilaporkan beberapa area cukup ditulis di packages/core/data/rules.yaml.`,
        en: `Rule id "${copy.id}" is already defined at ${others.join(', ')}. An id may be defined only once across all packages: delete one of them, or give this one a new id. A rule several areas report belongs in packages/core/data/rules.yaml alone.`,
      });
    }),
  );
}

/** A ledger entry for a rule the data still defines. */
function removedButDefined(ledger: readonly LedgerEntry[], definitions: ReadonlyMap<string, RuleDefinition>): SourceError[] {
  return ledger.flatMap((entry) => {
    const rule = definitions.get(entry.id);
    if (!rule) return [];
    const status = rule.status ?? 'active';
    return [
      errorAt(entry.at, {
        id: `Aturan "${entry.id}" tercatat sebagai dicabut, tetapi masih didefinisikan di ${where(rule.at)} (status ${status}). Bila memang dicabut, hapus dari berkas itu; bila tetap berlaku, hapus entri buku besar ini.`,
        en: `Rule "${entry.id}" is recorded as removed but is still defined at ${where(rule.at)} (status ${status}). If it was removed, delete it from that file; if it stays, delete this ledger entry.`,
      }),
    ];
  });
}

interface Lookup {
  definitions: ReadonlyMap<string, RuleDefinition>;
  ledger: ReadonlyMap<string, LedgerEntry>;
}

const fix = {
  id: 'Isi replacedBy dengan ID aturan aktif yang menggantikannya, atau hapus replacedBy bila tidak ada penggantinya.',
  en: 'Set replacedBy to the id of the active rule that takes over, or delete replacedBy if none does.',
};

/**
 * Why the replacement `target` of `from` does not lead to a rule validators apply, or `undefined`
 * when it does. Follows the ledger: a replacement that was itself removed and replaced resolves.
 */
function replacementProblem(from: string, target: string, lookup: Lookup): LocalizedText | undefined {
  const chain = [from];
  for (let current = target; ; ) {
    if (chain.includes(current)) {
      const circle = [...chain, current].join(' → ');
      return { id: `replacedBy berputar: ${circle}.`, en: `replacedBy goes round in a circle: ${circle}.` };
    }
    chain.push(current);
    const rule = lookup.definitions.get(current);
    if (rule && inForce(rule)) return undefined;
    if (rule) {
      return {
        id: `replacedBy "${target}" berujung pada ${current} di ${where(rule.at)}, yang berstatus "${rule.status}": validator tidak menerapkannya.`,
        en: `replacedBy "${target}" leads to ${current} at ${where(rule.at)}, whose status is "${rule.status}": validators do not apply it.`,
      };
    }
    const entry = lookup.ledger.get(current);
    if (!entry) {
      const via =
        current === target
          ? { id: '', en: '' }
          : { id: ` (lewat ${chain.slice(1).join(' → ')})`, en: ` (via ${chain.slice(1).join(' → ')})` };
      return {
        id: `replacedBy "${target}"${via.id} tidak menunjuk aturan mana pun: "${current}" tidak didefinisikan di rules.yaml paket mana pun dan tidak ada di ${ledgerFile} (periksa ejaannya).`,
        en: `replacedBy "${target}"${via.en} names no rule: no package's rules.yaml defines "${current}", and ${ledgerFile} does not list it (check the spelling).`,
      };
    }
    if (!entry.replacedBy) {
      return {
        id: `replacedBy "${target}" berujung pada ${current}, yang dicabut tanpa pengganti (${where(entry.at)}).`,
        en: `replacedBy "${target}" leads to ${current}, which was removed without a replacement (${where(entry.at)}).`,
      };
    }
    current = entry.replacedBy;
  }
}

/** Every `replacedBy` (ledger entries and rules) must lead to a rule validators apply. */
function unresolvedReplacements(index: RuleIdIndex, lookup: Lookup): SourceError[] {
  return [...index.ledger, ...index.definitions].flatMap((item) => {
    if (!item.replacedBy || !item.replacedByAt) return [];
    const problem = replacementProblem(item.id, item.replacedBy, lookup);
    return problem ? [errorAt(item.replacedByAt, { id: `${problem.id} ${fix.id}`, en: `${problem.en} ${fix.en}` })] : [];
  });
}

/**
 * The rule-id invariants across files, each reported at the line to change: a rule id is defined
 * once in all the packages; the removed-rules ledger names no rule the data still defines; and every
 * `replacedBy` leads (through the ledger, if need be) to a rule validators apply.
 */
export function checkRuleIds(index: RuleIdIndex): SourceError[] {
  const lookup: Lookup = {
    definitions: new Map(index.definitions.map((rule) => [rule.id, rule])),
    ledger: new Map(index.ledger.map((entry) => [entry.id, entry])),
  };
  return [
    ...duplicateDefinitions(index.definitions),
    ...removedButDefined(index.ledger, lookup.definitions),
    ...unresolvedReplacements(index, lookup),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
