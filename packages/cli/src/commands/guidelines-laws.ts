import {
  citeProvision,
  findProvision,
  type IsoDate,
  type Locale,
  legalInstruments,
  legalStatusLabels,
  legalStatusOn,
  localize,
  provisions,
  textProvenanceLabels,
} from '@pedoman-medsos/core';
import { formatTable } from '../format-table';

/** Every instrument and provision with its status on `asOf`, as `pedoman guidelines laws --json` prints it. */
export function lawsReport(asOf: IsoDate) {
  return {
    asOf,
    instruments: legalInstruments.map((instrument) => ({
      ...instrument,
      status: legalStatusOn(instrument, asOf),
      provisions: provisions
        .filter((provision) => provision.id.startsWith(`${instrument.id}/`))
        .map((provision) => ({ ...provision, status: legalStatusOn(provision, asOf) })),
    })),
  };
}

/** The same report as readable text: a table of instruments, then the provisions that ended or are disputed. */
export function formatLaws(asOf: IsoDate, locale: Locale): string {
  const t = (text: { id: string; en: string }) => localize(text, locale);
  const rows = legalInstruments.map((instrument) => {
    const from = instrument.datePrecision === 'year' ? instrument.inForceFrom.slice(0, 4) : instrument.inForceFrom;
    return [
      instrument.citation,
      t(legalStatusLabels[legalStatusOn(instrument, asOf)]),
      instrument.inForceUntil ? `${from} – ${instrument.inForceUntil}` : `${from} –`,
      instrument.text ? t(textProvenanceLabels[instrument.text.provenance]) : t({ id: 'belum dibaca', en: 'not read' }),
    ];
  });
  const header = [
    t({ id: 'Instrumen', en: 'Instrument' }),
    t({ id: 'Status', en: 'Status' }),
    t({ id: 'Berlaku', en: 'In force' }),
    t({ id: 'Naskah', en: 'Text' }),
  ];
  const notes = provisions.flatMap((provision) => {
    const lines: string[] = [];
    if (legalStatusOn(provision, asOf) === 'ended') {
      const replacements = (provision.replacedBy ?? []).map((id) => citeProvision(findProvision(id)!)).join(', ');
      lines.push(
        `${citeProvision(provision)}: ${t({ id: 'berakhir', en: 'ended' })} ${provision.inForceUntil}${replacements ? ` → ${replacements}` : ''}`,
      );
    }
    if (provision.contested) lines.push(`${citeProvision(provision)}: ${t(provision.contested)}`);
    return lines;
  });
  const title = t({ id: `Dasar hukum per ${asOf}`, en: `Legal basis as of ${asOf}` });
  return `${title}\n\n${formatTable(header, rows)}\n\n${notes.map((line) => `- ${line}`).join('\n')}\n`;
}
