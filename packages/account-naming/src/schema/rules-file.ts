import type { RulesFile as CoreRulesFile, RuleWithSeverity } from '@pedoman-medsos/core';

export { rulesFileSchema, ruleWithSeveritySchema as namingRuleSchema } from '@pedoman-medsos/core';
/** A naming rule: rule metadata plus the severity of its findings. */
export type NamingRule = RuleWithSeverity;
export type RulesFile = CoreRulesFile;
