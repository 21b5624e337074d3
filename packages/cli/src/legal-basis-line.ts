import { citeProvision, type Finding, findProvision, type Locale, localize } from '@pedoman-medsos/core';

/** "Dasar hukum: KUHP Pasal 243 ayat (1); …" — the provisions in force on the day screened. */
export function legalBasisLine(finding: Finding, locale: Locale): string | undefined {
  const cited = (finding.legalBasis ?? []).flatMap((id) => {
    const provision = findProvision(id);
    return provision ? [citeProvision(provision)] : [];
  });
  return cited.length > 0 ? `${localize({ id: 'dasar hukum', en: 'legal basis' }, locale)}: ${cited.join('; ')}` : undefined;
}
