// computeDeadline: the due day and cut-off moment of a legal period, with the rules applied and whether the
// answer depends on a year whose holiday arrangement is not published yet.

import { defaultCalendar } from "../calendar/index.ts";
import type { WorkCalendar } from "../calendar/work-calendar.ts";
import type { Citation } from "../citation.ts";
import { addMonthsClamped, formatDay, parseDay } from "../time/day.ts";
import { DAY_MS, dayStartMs, formatInstant } from "../time/instant.ts";
import { PeriodError } from "./errors.ts";
import {
  CIVIL_CODE_201,
  CIVIL_CODE_202,
  CIVIL_CODE_203_CUTOFF,
  CIVIL_CODE_203_HOLIDAY,
  FIXED_DATE_DECISION,
  HOLIDAY_MEASURES_2,
  LICENSING_LAW_42,
  LICENSING_LAW_45,
  LICENSING_LAW_82,
} from "./legal-basis.ts";
import type { Deadline, DeadlineInput, DeadlineNote } from "./types.ts";
import {
  type CheckedPause,
  checkExtensions,
  checkInput,
  checkPauses,
  checkPeriod,
  cutoffMinutes,
  instant,
  MAX_SPAN_YEARS,
  wrap,
} from "./validate.ts";

/** The day MAX_SPAN_YEARS after `day` (民法典 第二百零二条 counting). */
function spanLimit(day: number): number {
  return addMonthsClamped(day, MAX_SPAN_YEARS * 12);
}

/** Computes the deadline of `input` on `cal` (default: the national calendar). Throws PeriodError on bad input. */
export function computeDeadline(rawInput: DeadlineInput, cal: WorkCalendar = defaultCalendar()): Deadline {
  // Calendar errors not already named after an input field (e.g. a year the calendar cannot answer for)
  // surface as PeriodError on "period".
  return wrap("period", () => compute(rawInput, cal));
}

function compute(rawInput: DeadlineInput, cal: WorkCalendar): Deadline {
  const input = checkInput(rawInput);
  const start = instant(input.start, "start");
  const period = checkPeriod(input.period);
  const pauses = checkPauses(input.pauses, start);
  const extensions = checkExtensions(input.extensions);
  const cutoff = cutoffMinutes(input.cutoff);
  const startDay = start.day;
  if (!cal.inRangeN(startDay)) wrap("start", () => cal.isWorkdayN(startDay, "start")); // throws the calendar's range error, named "start"

  const citations: Citation[] = [];
  const cite = (c: Citation) => {
    if (!citations.includes(c)) citations.push(c);
  };
  const notes: DeadlineNote[] = [];
  const workdayCount = period.unit === "workday";

  // 1. The raw end of the period.
  let due: number;
  if (period.unit === "date") {
    due = parseDay(period.date, "period.date");
    if (due > spanLimit(startDay) || startDay > spanLimit(due))
      throw new PeriodError(
        "period.date",
        `${period.date} is more than ${MAX_SPAN_YEARS} years from the start ${formatDay(startDay)}; check the year`,
      );
  } else {
    cite(CIVIL_CODE_201); // start day not counted
    if (period.unit === "workday") {
      cite(LICENSING_LAW_82);
      due = addWorkdays(cal, startDay, period.amount, "period.amount");
    } else if (period.unit === "day") {
      due = startDay + period.amount;
    } else {
      cite(CIVIL_CODE_202);
      due = addMonthsClamped(startDay, period.unit === "year" ? period.amount * 12 : period.amount);
    }
  }
  checkSpan(cal, startDay, due, "period.amount");

  // 2. Extensions (行政许可法 第四十二条 and the like): more time in the extension's own unit.
  extensions.forEach((e, i) => {
    cite(LICENSING_LAW_42);
    due = e.unit === "workday" ? addWorkdays(cal, due, e.amount, `extensions[${i}].amount`) : due + e.amount;
    checkSpan(cal, startDay, due, `extensions[${i}].amount`);
  });

  // 3. Pauses (行政许可法 第四十五条): days after the pause starts up to the day it ends are not counted.
  let excluded = 0;
  let open: CheckedPause | undefined;
  for (const [i, p] of mergePauses(pauses).entries()) {
    if (p.from.day > due) break; // started after the period ended: nothing to stop
    cite(LICENSING_LAW_45);
    if (!p.to) {
      open = p;
      break;
    }
    const from = Math.max(p.from.day, startDay);
    if (!cal.inRangeN(p.to.day)) wrap(`pauses[${i}].to`, () => cal.isWorkdayN(p.to?.day ?? 0, `pauses[${i}].to`));
    const skip = workdayCount ? cal.countWorkdaysN(from, p.to.day) : p.to.day - from;
    excluded += skip;
    due = workdayCount ? addWorkdays(cal, due, skip, `pauses[${i}].to`) : due + skip;
    checkSpan(cal, startDay, due, `pauses[${i}].to`);
  }

  // 4. 民法典 第二百零三条: a calendar-day/month/year period ending on a rest day ends on the next working day.
  //    法定休假日 is read to include ordinary weekends (公休日); a 调休 working Saturday is a working day.
  //    Working-day periods always end on a working day. Fixed dates do not move unless rollOver is set.
  if (!cal.isWorkdayN(due, "due")) {
    if (period.unit === "date" && !period.rollOver) {
      notes.push({ ...FIXED_DATE_DECISION });
    } else {
      cite(CIVIL_CODE_203_HOLIDAY);
      due = addWorkdays(cal, due, 1, "period");
    }
  }
  cite(CIVIL_CODE_203_CUTOFF);

  const reasons = cal.provisionalReasonsN(startDay, due);
  if (reasons.length > 0) cite(HOLIDAY_MEASURES_2);
  const lastWorkday = cal.isWorkdayN(due) ? due : cal.addWorkdaysN(due, -1);
  const dueAtMs = cutoff === 24 * 60 ? dayStartMs(due) + DAY_MS - 1000 : dayStartMs(due) + cutoff * 60_000;

  const out: Deadline = {
    start: formatDay(startDay),
    due: formatDay(due),
    dueAt: formatInstant(dueAtMs),
    provisional: reasons.length > 0,
    provisionalReasons: reasons,
    citations,
    paused: open !== undefined,
    startAt: formatInstant(start.ms),
    unit: period.unit,
    lastWorkday: formatDay(lastWorkday),
    excludedDays: excluded,
    notes,
  };
  if (open) {
    out.pausedAt = formatInstant(open.from.ms);
    out.frozenLeft = workdayCount ? cal.countWorkdaysN(open.from.day, due) : Math.max(0, due - open.from.day);
    out.notes.push({
      zh: `期限暂停中（${open.reason}），恢复后截止日顺延`,
      en: `The clock is stopped (${open.reason}); the due date moves once it resumes`,
    });
  }
  return out;
}

function addWorkdays(cal: WorkCalendar, day: number, n: number, field: string): number {
  return wrap(field, () => cal.addWorkdaysN(day, n, field));
}

function checkSpan(cal: WorkCalendar, startDay: number, due: number, field: string): void {
  if (due > spanLimit(startDay))
    throw new PeriodError(field, `the period would span more than ${MAX_SPAN_YEARS} years (to ${formatDay(due)})`);
  if (!cal.inRangeN(due)) wrap(field, () => cal.isWorkdayN(due, field));
}

/** Sorted pauses with overlapping ones joined; an open pause swallows everything after it. */
function mergePauses(pauses: CheckedPause[]): CheckedPause[] {
  const out: CheckedPause[] = [];
  for (const p of pauses) {
    const last = out[out.length - 1];
    if (last && (!last.to || p.from.ms <= last.to.ms)) {
      if (last.to && (!p.to || p.to.ms > last.to.ms))
        out[out.length - 1] = p.to ? { ...last, to: p.to } : { from: last.from, reason: last.reason };
      continue;
    }
    out.push(p);
  }
  return out;
}
