import { FindingList, type IsoDate, today } from '@pedoman-medsos/core';
import { replyRules } from './data';

export type ReplyRuleId =
  | 'reply.unknown-template'
  | 'reply.missing-variable'
  | 'reply.invalid-variable'
  | 'reply.extra-variable'
  | 'reply.too-long'
  | 'reply.personal-data-public'
  | 'reply.personal-data-private'
  | 'reply.channel-mismatch'
  | 'reply.holiday-calendar-missing'
  | 'reply.holiday-unconfirmed'
  | 'reply.invalid-time';

const ruleMap = new Map(replyRules.map((rule) => [rule.id, rule]));

/** A finding collector for the reply rules. */
export class ReplyFindings extends FindingList<ReplyRuleId> {
  constructor(asOf: IsoDate = today()) {
    super(ruleMap, asOf);
  }
}
