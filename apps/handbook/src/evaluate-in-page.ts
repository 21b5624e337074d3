// Loaded on demand by the evaluation tool (its weight — the evaluation, the screener, the charts —
// is paid only by whoever presses the button): the same functions as `pedoman evaluate`.
import { type ExampleProfileName, exampleProfiles } from '@pedoman-medsos/account-naming';
import type { Locale } from '@pedoman-medsos/core';
import {
  createEvaluation,
  type EvaluationResult,
  evaluateTexts,
  type FileProblem,
  generateDemo,
  parsePeriod,
  renderCsvReport,
  renderHtmlReport,
  type TextFile,
  type UnitTimeZone,
} from '@pedoman-medsos/monitoring';

/** What the page shows: the report as HTML and CSV, the problems of the files, the lowest unit. */
export interface PageReport {
  html: string;
  csv: string;
  problems: FileProblem[];
  result: EvaluationResult;
}

const render = (result: EvaluationResult, lang: Locale, generated: boolean, problems: FileProblem[] = []): PageReport => ({
  html: renderHtmlReport(result, { lang, generated }),
  csv: renderCsvReport(result),
  problems,
  result,
});

/** The report of the files the user chose; a period or column it cannot read throws its ConfigError. */
export async function evaluateInPage(
  files: { register: TextFile; posts?: readonly TextFile[]; comments?: readonly TextFile[] },
  settings: { period: string; profile: ExampleProfileName; timeZone: UnitTimeZone; lang: Locale },
): Promise<PageReport> {
  const { result, problems } = await evaluateTexts(files, {
    period: parsePeriod(settings.period),
    profile: exampleProfiles[settings.profile],
    timeZone: settings.timeZone,
  });
  return render(result, settings.lang, false, problems);
}

/** The report of generated sample data, marked as such. */
export function evaluateDemoInPage(settings: { period: string; timeZone: UnitTimeZone; lang: Locale }): PageReport {
  const period = parsePeriod(settings.period);
  const demo = generateDemo(period);
  const evaluation = createEvaluation({ period, register: demo.register, profile: exampleProfiles.ministry, timeZone: settings.timeZone });
  for (const post of demo.posts) evaluation.addPost(post);
  for (const comment of demo.comments) evaluation.addComment(comment);
  return render(evaluation.finish(), settings.lang, true);
}
