import { type RulesFile, rulesFileSchema } from '../schema/rules-file';
import { checkCitations } from './check-citations';
import type { DataSource } from './compile-data-sources';

/**
 * The type declaration generated beside a rules file's data: the union of the ids it defines.
 *
 * This is how the build holds code and data together. Each area names the rules its validators
 * report by this type (`NamingFindings extends FindingList<RuleIdInRulesYaml | SharedRuleId>`), so when a
 * rule leaves data/rules.yaml, every `findings.add('agenda.hashtag-case', …)` still naming it fails
 * the type-check at its own file:line — in `pnpm typecheck`, and in `pnpm build` (the shared tsup
 * preset type-checks what it bundles) — before a validator can throw at run time. A type finds every use (a call, an array of ids, a
 * helper's parameter); scanning the sources for id-shaped strings would miss some and flag file
 * names like `agenda.ics`.
 */
export function ruleIdDeclarations(rules: readonly { id: string }[], file = 'data/rules.yaml'): string {
  const ids = rules.map((rule) => `\n  | '${rule.id}'`).join('');
  return (
    `/**\n` +
    ` * Id aturan yang didefinisikan ${file}. Bila kode masih memakai ID yang tidak ada di sini, tambahkan\n` +
    ` * aturannya ke ${file}, atau (bila aturannya dicabut) catat di buku besar aturan yang dicabut dan\n` +
    ` * ubah kodenya agar tidak lagi melaporkan ID itu.\n` +
    ` * The rule ids ${file} defines. When code still names an id missing here, add the rule to\n` +
    ` * ${file}, or (if it was removed) record it in the removed-rules ledger and stop reporting it.\n` +
    ` */\n` +
    `export type RuleIdInRulesYaml =${ids || ' never'};\n`
  );
}

/**
 * The `data/rules.yaml` every area keeps: its rules with their severity, compiled to the export
 * `rulesFile` (of core's `RulesFile` type) and the type `RuleIdInRulesYaml` (see
 * {@link ruleIdDeclarations}), each rule's legal basis checked against the registry. (Apart from
 * `compile-data-sources.ts` because it reads the compiled legal registry, which core's own generate
 * step writes first.) `typeFrom` is where the generated module imports `RulesFile` from: core itself
 * passes its schema module, since a package importing its own name breaks its declaration build.
 */
export function rulesSource(typeFrom = '@pedoman-medsos/core'): DataSource {
  return {
    file: 'data/rules.yaml',
    schema: rulesFileSchema,
    exportName: 'rulesFile',
    type: { name: 'RulesFile', from: typeFrom },
    check: (data: RulesFile) => checkCitations(data.rules, 'rules'),
    declarations: (data: RulesFile) => ruleIdDeclarations(data.rules),
  };
}
