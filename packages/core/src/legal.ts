// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { legalRegistry, provisionPeriods } from './generated/legal-instruments';
import { today } from './rules';
import type { IsoDate } from './schema/dates';
import { isProvisionCitation, type LegalBasis } from './schema/legal-basis';
import type { LegalInstrument, Provision } from './schema/legal-instrument';
import type { LocalizedText } from './schema/localized-text';

export { legalRegistry };

/** Every instrument the guidelines rely on, in the order of `data/legal-instruments.yaml`. */
export const legalInstruments: readonly LegalInstrument[] = /* @__PURE__ */ (() => legalRegistry.instruments)();
/** Every provision the rules cite. */
export const provisions: readonly Provision[] = /* @__PURE__ */ (() => legalRegistry.provisions)();

const instrumentsById = /* @__PURE__ */ (() => new Map(legalInstruments.map((instrument) => [instrument.id, instrument])))();
const provisionsById = /* @__PURE__ */ (() => new Map(provisions.map((provision) => [provision.id, provision])))();

/** The provision with this id, if the registry has it. */
export function findProvision(id: string): Provision | undefined {
  return provisionsById.get(id);
}

/** The instrument with this id, if the registry has it. */
export function findInstrument(id: string): LegalInstrument | undefined {
  return instrumentsById.get(id);
}

/**
 * The instrument a provision belongs to (the part of its id before the slash). The registry's
 * schema guarantees it exists, so a miss means the data was edited by hand after it compiled.
 */
export function instrumentOf(provision: Pick<Provision, 'id'>): LegalInstrument {
  const id = provision.id.slice(0, provision.id.indexOf('/'));
  const instrument = instrumentsById.get(id);
  if (!instrument) throw new Error(`Instrument ${id} of provision ${provision.id} is missing from data/legal-instruments.yaml`);
  return instrument;
}

/** Where a provision or instrument stands on a date. */
export type LegalStatus = 'upcoming' | 'in-force' | 'ended';

/** Whether a provision (or a whole instrument) applies on `asOf`, has not yet begun, or has ended. */
export function legalStatusOn(item: { inForceFrom: IsoDate; inForceUntil?: IsoDate | undefined }, asOf: IsoDate = today()): LegalStatus {
  if (asOf < item.inForceFrom) return 'upcoming';
  if (item.inForceUntil !== undefined && asOf > item.inForceUntil) return 'ended';
  return 'in-force';
}

/** `KUHP Pasal 243 ayat (1)`: the instrument's short citation and the article. */
export function citeProvision(provision: Provision): string {
  return `${instrumentOf(provision).citation} ${provision.article}`;
}

/**
 * The bases of a rule that apply on `asOf`: institutional policy always, a provision while it is in
 * force. Validators attach these to findings; the handbook shows them first and the rest as history.
 */
export function basesInForce(legalBasis: readonly LegalBasis[], asOf: IsoDate = today()): LegalBasis[] {
  return legalBasis.filter((basis) => {
    if (!isProvisionCitation(basis)) return true;
    // The dates alone (generated beside the registry), so findings do not carry the legal texts into a bundle.
    const period = provisionPeriods[basis.provision];
    return period !== undefined && legalStatusOn(period, asOf) === 'in-force';
  });
}

/** The ids of the provisions among `legalBasis` that are in force on `asOf` (what a finding carries). */
export function provisionsInForce(legalBasis: readonly LegalBasis[], asOf: IsoDate = today()): string[] {
  return basesInForce(legalBasis, asOf).flatMap((basis) => (isProvisionCitation(basis) ? [basis.provision] : []));
}

/** Labels of the legal statuses, for the handbook and the CLI. */
export const legalStatusLabels: Readonly<Record<LegalStatus, LocalizedText>> = {
  upcoming: { id: 'belum berlaku', en: 'not yet in force' },
  'in-force': { id: 'berlaku', en: 'in force' },
  ended: { id: 'tidak berlaku lagi', en: 'no longer in force' },
};
