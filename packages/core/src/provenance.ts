import type { IsoDate } from './schema/dates';
import type { LocalizedText } from './schema/localized-text';
import type { Reliability, Source } from './schema/source';

/**
 * What reading a figure in its source proves. Only the platform's or government's own page
 * (`primary`) makes a figure *checked*; any other source only *reports* it, however often it is
 * read again — so the handbook never calls a secondary figure checked.
 */
export type Provenance = 'checked' | 'reported';

/** The provenance a source's reliability gives the figures read in it. */
export function provenanceOf(reliability: Reliability): Provenance {
  return reliability === 'primary' ? 'checked' : 'reported';
}

/**
 * How the handbook and the CLI word a figure's origin: "checked against the official source on
 * DATE" or "reported by SOURCE, retrieved DATE". `formatDate` renders the date in each language.
 */
export function describeProvenance(
  source: Source,
  readOn: IsoDate,
  formatDate: (date: IsoDate, locale: 'id' | 'en') => string,
): LocalizedText {
  if (provenanceOf(source.reliability) === 'checked') {
    return {
      id: `diperiksa pada sumber resmi, ${formatDate(readOn, 'id')}`,
      en: `checked against the official source on ${formatDate(readOn, 'en')}`,
    };
  }
  return {
    id: `dilaporkan oleh ${source.title}, diambil ${formatDate(readOn, 'id')}; belum diperiksa pada sumber resmi`,
    en: `reported by ${source.title}, retrieved ${formatDate(readOn, 'en')}; not checked against an official source`,
  };
}
