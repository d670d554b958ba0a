export {
  addMonthsClamped,
  civil,
  daysInMonth,
  epochDay,
  formatDay,
  type IsoDay,
  isLeapYear,
  isoDay,
  isValidIsoDay,
  isWeekend,
  monthEnd,
  parseDay,
  weekday,
  yearOf,
} from "./day.ts";
export { DateInputError } from "./errors.ts";
export {
  DAY_MS,
  dayStartMs,
  formatInstant,
  fromMs,
  type Instant,
  parseCutoff,
  parseInstant,
  SHANGHAI_OFFSET_MINUTES,
  shanghaiDay,
} from "./instant.ts";
