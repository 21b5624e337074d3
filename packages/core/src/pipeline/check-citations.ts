import { citeProvision, findProvision, legalStatusOn, provisions } from '../legal';
import { isRuleInEffect, today } from '../rules';
import type { IsoDate } from '../schema/dates';
import { isProvisionCitation } from '../schema/legal-basis';
import type { Provision } from '../schema/legal-instrument';
import type { Rule } from '../schema/rule';
import type { DataProblem } from './source-error';

type CitingRule = Pick<Rule, 'id' | 'status' | 'effectiveFrom' | 'legalBasis'>;

/**
 * The day the build judges citations on: `PEDOMAN_AS_OF` when set (the release check passes the
 * release's effective date), otherwise today.
 */
export function citationCheckDate(): IsoDate {
  const fromEnvironment = process.env.PEDOMAN_AS_OF;
  return fromEnvironment && /^\d{4}-\d{2}-\d{2}$/.test(fromEnvironment) ? fromEnvironment : today();
}

function closestIds(id: string): string {
  const instrument = id.split('/')[0] ?? '';
  const sameInstrument = provisions.filter((provision) => provision.id.startsWith(`${instrument}/`)).map((provision) => provision.id);
  return (sameInstrument.length > 0 ? sameInstrument : provisions.map((provision) => provision.id)).slice(0, 12).join(', ');
}

function describeEnd(provision: Provision, asOf: IsoDate): { id: string; en: string } {
  if (legalStatusOn(provision, asOf) === 'upcoming') {
    return {
      id: `${citeProvision(provision)} baru berlaku ${provision.inForceFrom}`,
      en: `${citeProvision(provision)} applies only from ${provision.inForceFrom}`,
    };
  }
  const replacements = (provision.replacedBy ?? []).map((id) => findProvision(id)).filter((p): p is Provision => p !== undefined);
  const cited = replacements.map(citeProvision).join('; ');
  return {
    id: `${citeProvision(provision)} tidak berlaku lagi sejak ${provision.inForceUntil} (${provision.endedBy?.id ?? 'berakhir'})${cited ? `; penggantinya: ${cited}` : ''}`,
    en: `${citeProvision(provision)} ceased to apply after ${provision.inForceUntil} (${provision.endedBy?.en ?? 'ended'})${cited ? `; replaced by: ${cited}` : ''}`,
  };
}

/** Problems of one rule's citations: unknown ids, and bases that lapsed while the rule applies. */
function ruleProblems(rule: CitingRule, at: (string | number)[], asOf: IsoDate): DataProblem[] {
  const problems: DataProblem[] = [];
  const cited = new Set(rule.legalBasis.flatMap((basis) => (isProvisionCitation(basis) ? [basis.provision] : [])));
  let standing = 0;
  rule.legalBasis.forEach((basis, index) => {
    if (!isProvisionCitation(basis)) {
      standing += 1;
      return;
    }
    const provision = findProvision(basis.provision);
    if (!provision) {
      problems.push({
        path: [...at, 'legalBasis', index, 'provision'],
        message: {
          id: `Ketentuan "${basis.provision}" tidak ada di data/legal-instruments.yaml (paket core). Yang ada, mis.: ${closestIds(basis.provision)}.`,
          en: `Provision "${basis.provision}" is not in data/legal-instruments.yaml (core package). Known ones include: ${closestIds(basis.provision)}.`,
        },
      });
      return;
    }
    const status = legalStatusOn(provision, asOf);
    if (status === 'in-force') standing += 1;
    const missingReplacement =
      status === 'ended' && (provision.replacedBy ?? []).length > 0 && !provision.replacedBy?.some((id) => cited.has(id));
    if (missingReplacement && isRuleInEffect(rule, asOf)) {
      const end = describeEnd(provision, asOf);
      problems.push({
        path: [...at, 'legalBasis', index, 'provision'],
        message: {
          id: `Aturan ${rule.id} berlaku pada ${asOf} tetapi merujuk ${end.id}. Tambahkan ketentuan penggantinya ke legalBasis.`,
          en: `Rule ${rule.id} applies on ${asOf} but cites ${end.en}. Add the replacing provision to legalBasis.`,
        },
      });
    }
  });
  if (standing === 0 && isRuleInEffect(rule, asOf) && problems.length === 0) {
    const lapsed = rule.legalBasis
      .flatMap((basis) => (isProvisionCitation(basis) ? [findProvision(basis.provision)] : []))
      .filter((provision): provision is Provision => provision !== undefined)
      .map((provision) => describeEnd(provision, asOf));
    problems.push({
      path: [...at, 'legalBasis'],
      message: {
        id: `Aturan ${rule.id} berlaku pada ${asOf} tetapi tidak punya dasar hukum yang berlaku pada tanggal itu: ${lapsed.map((end) => end.id).join('; ')}.`,
        en: `Rule ${rule.id} applies on ${asOf} but has no legal basis in force on that day: ${lapsed.map((end) => end.en).join('; ')}.`,
      },
    });
  }
  return problems;
}

/**
 * The build's check of every rule's legal basis against the legal registry: each cited provision
 * exists, and a rule in force on `asOf` rests on at least one basis in force that day and cites the
 * replacement of every provision that lapsed. `listField` names the list holding the rules
 * (`rules`, `categories`), for the error's position.
 */
export function checkCitations(rules: readonly CitingRule[], listField: string, asOf: IsoDate = citationCheckDate()): DataProblem[] {
  return rules.flatMap((rule, index) => ruleProblems(rule, [listField, index], asOf));
}
