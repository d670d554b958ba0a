import type { Citation } from "../citation.ts";
import type { IsoDay } from "../time/day.ts";

export type PeriodUnit = "workday" | "day" | "month" | "year";

export type PeriodSpec =
  | { unit: PeriodUnit; amount: number }
  /** Fixed dates / month-ends from task lists ("12月底"). rollOver: apply 民法典 第二百零三条 when the date is a
   * rest day (default false: a fixed date is a 期日, not a period — see FIXED_DATE_DECISION). */
  | { unit: "date"; date: IsoDay; rollOver?: boolean };

/** The clock stops (行政许可法 第四十五条; waiting for 补正 materials). `to` undefined = still paused. The day the
 * pause starts is counted; the days after it up to and including the day it ends are not. */
export interface Pause {
  from: string;
  to?: string;
  reason: string;
}

/** An approved extension (e.g. 行政许可法 第四十二条: +10 working days with the head's approval). */
export interface Extension {
  unit: "workday" | "day";
  amount: number;
  reason: string;
}

export interface DeadlineInput {
  /** Start instant or day (received at); no offset = Beijing time. */
  start: string;
  period: PeriodSpec;
  pauses?: Pause[];
  extensions?: Extension[];
  /** "24:00" (default, 民法典 第二百零三条) or the end of business hours "HH:MM". */
  cutoff?: "24:00" | `${number}:${number}` | string;
}

export interface DeadlineNote {
  zh: string;
  en: string;
}

export interface Deadline {
  /** Beijing day of the start (not counted). */
  start: IsoDay;
  /** Last day of the period. */
  due: IsoDay;
  /** The cut-off moment on the due day: "…T23:59:59+08:00" for 24:00, or the business-hours end. */
  dueAt: string;
  provisional: boolean;
  provisionalReasons: string[];
  citations: Citation[];
  /** An open pause: the clock is stopped; `due` assumes it resumes immediately. */
  paused: boolean;
  // ---- additions ----
  /** Start instant as given, written in +08:00. */
  startAt: string;
  unit: PeriodSpec["unit"];
  /** The last working day on or before `due` (differs from due only when due is a rest day). */
  lastWorkday: IsoDay;
  /** Days not counted because of closed pauses (working days for workday periods, else calendar days). */
  excludedDays: number;
  /** Instant the open pause began (when paused). */
  pausedAt?: string;
  /** Working days (workday periods) or calendar days left when the open pause began (when paused). */
  frozenLeft?: number;
  /** Decisions applied, bilingual (e.g. a fixed date on a rest day is not moved). */
  notes: DeadlineNote[];
}

export type DeadlineStatus = "ok" | "due-soon" | "due-today" | "overdue";

export interface Remaining {
  status: DeadlineStatus;
  /** Working days strictly after today up to and including the due day (0 on the due day). */
  workdaysLeft: number;
  /** Clock hours until the cut-off (0 when overdue). */
  hoursLeft: number;
  /** Working days after the due day up to and including today (0 unless overdue). */
  overdueWorkdays: number;
  overdueHours: number;
  /** Fraction of the period used (0–1), counted in the period's own unit. */
  elapsed?: number;
  provisional: boolean;
  // ---- additions ----
  /** The clock is stopped by an open pause; figures are frozen at the pause. */
  paused: boolean;
  /** The highest warnAt threshold reached, if any. */
  threshold?: number;
}

export interface RemainingOptions {
  /** Elapsed fractions that turn the status to due-soon, e.g. [0.5, 0.75]. Default [0.75]. */
  warnAt?: number[];
}
