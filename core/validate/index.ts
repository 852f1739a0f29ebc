export {
  validateIndicatorRow,
  validateTaskRow,
  validateIndicatorSheet,
  validateTaskSheet,
  validateAll,
} from "./validate";
export { INDICATOR_RULES, TASK_RULES, rulesForColumn } from "./rules";
export { sortFindings } from "./finding";
export { readDate } from "./date";
export {
  DIRECTION_WORDS,
  TASK_STATE_WORDS,
  ASSESSMENT_WORDS,
  directions,
  taskStates,
  assessments,
} from "./vocabulary";
export type { Word, Vocabulary, AssessmentVerdict } from "./vocabulary";
export type { ValidationContext, RowRule, SheetRule, Rule, RuleScope, AgencyIndex } from "./types";
