export { type AccountCounts, AccountTally, type RunningCampaign } from './account-tally';
export { detectPostExport, fromYouTubeThread, type PostExportFormat, toGenericPostRow, xPostTime } from './adapters';
export { isCeremonial, type PurposeReading, readFormat, readPurpose } from './content-purpose';
export { type DemoData, type DemoOptions, demoStream, generateDemo } from './demo';
export {
  type AccountReport,
  createEvaluation,
  type Evaluation,
  type EvaluationOptions,
  type EvaluationResult,
  type UnitReport,
} from './evaluate';
export { type FedCounts, type FileProblem, folderFiles, type SourceRow } from './feed-rows';
export { contentCuesFile } from './generated/content-cues';
export { type AccountIndicators, type IndicatorValue, indicatorValue, institutionIndicators } from './indicators';
export { type Period, parsePeriod } from './period';
export { evaluateTexts, type TextFile } from './read-texts';
export {
  type CommentRecord,
  commentColumns,
  type PostRecord,
  postColumns,
  type RowProblem,
  readCommentRow,
  readPostRow,
} from './records';
export { renderCsvReport, reportCsvColumns } from './report-csv';
export { type HtmlReportOptions, renderHtmlReport } from './report-html';
export { judgeReply, percentile, type ReplyOutcome, type UnitTimeZone, zoneOffset } from './response-time';
export { type ContentCuesFile, contentCuesFileSchema } from './schema/content-cues';
