// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see README, "Data pipeline").
// Imports the compiler module itself, not the pipeline's index: the index reads the legal registry
// this script writes.
import { compileDataSources } from '../src/pipeline/compile-data-sources';
import { type LegalRegistry, legalRegistrySchema } from '../src/schema/legal-instrument';
import { platformRegistrySchema } from '../src/schema/platform-registry';
import { removedRulesFileSchema } from '../src/schema/removed-rule';

/**
 * When each provision is in force, apart from the registry: every finding carries the provisions in
 * force on its date, and this small table lets a browser bundle say so without the legal texts.
 */
function provisionPeriods(registry: LegalRegistry): string {
  const periods = Object.fromEntries(
    registry.provisions.map((p) => [p.id, { inForceFrom: p.inForceFrom, ...(p.inForceUntil ? { inForceUntil: p.inForceUntil } : {}) }]),
  );
  return (
    `/** Masa berlaku setiap ketentuan. / When each provision is in force (its id → dates). */\n` +
    `export const provisionPeriods: Readonly<Record<string, { inForceFrom: string; inForceUntil?: string }>> = ${JSON.stringify(periods, null, 2)};\n`
  );
}

const registriesOk = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    {
      file: 'data/legal-instruments.yaml',
      schema: legalRegistrySchema,
      exportName: 'legalRegistry',
      type: { name: 'LegalRegistry', from: '../schema/legal-instrument' },
      declarations: provisionPeriods,
    },
    {
      file: 'data/platforms.yaml',
      schema: platformRegistrySchema,
      exportName: 'platformRegistry',
      type: { name: 'PlatformRegistry', from: '../schema/platform-registry' },
    },
    {
      file: 'data/removed-rules.yaml',
      schema: removedRulesFileSchema,
      exportName: 'removedRulesFile',
      type: { name: 'RemovedRulesFile', from: '../schema/removed-rule' },
    },
  ],
});
// The shared rules cite provisions, so they compile once the legal registry above is written.
const { rulesSource } = await import('../src/pipeline/rules-source');
const rulesOk =
  registriesOk && compileDataSources({ packageDir: new URL('..', import.meta.url), sources: [rulesSource('../schema/rules-file')] });
process.exitCode = registriesOk && rulesOk ? 0 : 1;
