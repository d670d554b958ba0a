// Public API of the working-day calendar (docs/ARCHITECTURE.md § Calendar).
import type { CalendarSource } from "./source.ts";
import { chineseDaysSource } from "./source.ts";
import type { YearArrangement } from "./types.ts";
import { WorkCalendar } from "./work-calendar.ts";

export { arrangementIssues, isYearArrangement, YearArrangementSchema } from "./arrangement.ts";
export { CalendarError } from "./errors.ts";
export { type CalendarSource, chineseDaysSource } from "./source.ts";
export { deriveStatutoryYear, HOLIDAY_MEASURES_2024, PROVISIONAL_NOTE, provisionalReason } from "./statutory.ts";
export type { DayInfo, DayKind, YearArrangement, YearInfo } from "./types.ts";
export { type CountResult, FIRST_YEAR, LAST_YEAR, WorkCalendar, type WorkdayResult } from "./work-calendar.ts";

let singleton: WorkCalendar | undefined;

/** The process-wide calendar over chinese-days data (2004–2026) plus provisional years. */
export function defaultCalendar(): WorkCalendar {
  if (!singleton) singleton = new WorkCalendar(chineseDaysSource());
  return singleton;
}

/** A fresh calendar (chinese-days data, or another source) with extra published years loaded. */
export function createCalendar(
  extra: YearArrangement[] = [],
  source: CalendarSource = chineseDaysSource(),
): WorkCalendar {
  return new WorkCalendar(source, extra);
}
