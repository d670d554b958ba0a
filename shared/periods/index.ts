// Public API of the period engine (docs/ARCHITECTURE.md § Periods).

export { parseNumber } from "../text/chinese-number.ts";
export { computeDeadline } from "./compute.ts";
export { PeriodError } from "./errors.ts";
export {
  CIVIL_CODE_201,
  CIVIL_CODE_202,
  CIVIL_CODE_203_CUTOFF,
  CIVIL_CODE_203_HOLIDAY,
  FIXED_DATE_DECISION,
  HOLIDAY_MEASURES_2,
  LICENSING_LAW_42,
  LICENSING_LAW_45,
  LICENSING_LAW_82,
  TASK_LIST_MONTH_END,
} from "./legal-basis.ts";
export { parseDueText, parsePeriodText } from "./parse-text.ts";
export { DEFAULT_WARN_AT, remaining } from "./remaining.ts";
export type {
  Deadline,
  DeadlineInput,
  DeadlineNote,
  DeadlineStatus,
  Extension,
  Pause,
  PeriodSpec,
  PeriodUnit,
  Remaining,
  RemainingOptions,
} from "./types.ts";
export { MAX_SPAN_YEARS } from "./validate.ts";
