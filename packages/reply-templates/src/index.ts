// Browser-safe: no Node built-ins. Everything here runs in the handbook's in-page tool.
export {
  categoriesFile,
  findMessageCategory,
  findTemplate,
  holidaysFile,
  messageCategories,
  procedureFile,
  replyRules,
  templates,
  templatesFile,
} from './data';
export { durationText } from './duration-text';
export { calendarCoveredUntil, dayOffOn } from './holiday-calendar';
export { type ArgumentUse, type IcuArguments, icuArguments } from './icu-arguments';
export { type RenderedReply, type RenderOptions, renderReply, type TemplateId, type TemplateVariables } from './render-reply';
export { type DueOptions, isDeadline, type ReplyDeadline, replyDueBy, type SkippedDay, weekdayNames } from './reply-due-by';
export { ReplyFindings, type ReplyRuleId } from './rules';
export {
  type CategoriesFile,
  categoriesFileSchema,
  type MessageCategory,
  type MessageCategoryId,
  messageCategoryIdSchema,
  messageCategorySchema,
} from './schema/category';
export { type DayOff, dayOffSchema, type HolidaysFile, type HolidayYear, holidaysFileSchema, holidayYearSchema } from './schema/holidays';
export {
  type Channel,
  channelSchema,
  type DurationUnit,
  durationUnitSchema,
  type ProcedureFile,
  procedureFileSchema,
  type ResponseTarget,
  responseTargetSchema,
  type TimeZone,
  timeZoneSchema,
} from './schema/procedure';
export { type Template, type TemplatesFile, templateSchema, templatesFileSchema } from './schema/template';
export { type VariableSpec, variableSpecSchema } from './schema/variable';
export { textLength } from './text-length';
export { describeReason, type RankedCategory, type Triage, type TriageOptions, type TriageReason, triageMessage } from './triage-message';
export { templateVariablesSchema, variableSchema, variableTypeLabels } from './variables';
export { isWorkingDate, workingMinutesBetween } from './working-time';
