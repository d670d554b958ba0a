// remaining(): how much time a deadline has left at `now`, and a traffic-light level for the UI.
//   overdue   — now is at or past the cut-off (red)
//   due-today — no working day is left after today before the cut-off (today is the last chance)
//   due-soon  — exactly one working day left after today, or an elapsed-fraction threshold (warnAt) reached
//   ok        — otherwise, and while the clock is stopped by an open pause
import { defaultCalendar } from "../calendar/index.ts";
import type { WorkCalendar } from "../calendar/work-calendar.ts";
import { parseDay } from "../time/day.ts";
import { PeriodError } from "./errors.ts";
import type { Deadline, Remaining, RemainingOptions } from "./types.ts";
import { instant, wrap } from "./validate.ts";

export const DEFAULT_WARN_AT = [0.75];
const HOUR_MS = 3_600_000;

export function remaining(
  deadline: Deadline,
  now: string | Date,
  opts: RemainingOptions = {},
  cal: WorkCalendar = defaultCalendar(),
): Remaining {
  // A calendar error not already named after an input (e.g. now outside 2004…2099) is about "now".
  return wrap("now", () => compute(deadline, now, opts, cal));
}

function compute(deadline: Deadline, now: string | Date, opts: RemainingOptions, cal: WorkCalendar): Remaining {
  if (typeof deadline !== "object" || deadline === null)
    throw new PeriodError("deadline", "expected a Deadline from computeDeadline()");
  const warnAt = opts.warnAt ?? DEFAULT_WARN_AT;
  warnAt.forEach((w, i) => {
    if (typeof w !== "number" || !(w > 0 && w <= 1))
      throw new PeriodError(`warnAt[${i}]`, `expected a fraction between 0 and 1 such as 0.75, got ${String(w)}`);
  });
  const dueDay = wrap("deadline.due", () => parseDay(deadline.due, "deadline.due"));
  const startDay = wrap("deadline.start", () => parseDay(deadline.start, "deadline.start"));
  const dueAt = instant(deadline.dueAt, "deadline.dueAt");
  // "…T23:59:59" stands for 24:00 (民法典 第二百零三条): the period ends at the next midnight.
  const endMs = deadline.dueAt.includes("T23:59:59") ? dueAt.ms + 1000 : dueAt.ms;

  if (deadline.paused) {
    const at = deadline.pausedAt ? instant(deadline.pausedAt, "deadline.pausedAt") : instant(now, "now");
    return {
      status: "ok",
      workdaysLeft: deadline.unit === "workday" ? (deadline.frozenLeft ?? 0) : countLeft(cal, at.day, dueDay),
      hoursLeft: round2(Math.max(0, endMs - at.ms) / HOUR_MS),
      overdueWorkdays: 0,
      overdueHours: 0,
      provisional: deadline.provisional,
      paused: true,
    };
  }

  const n = instant(now, "now");
  const provisional = deadline.provisional || reasonsBetween(cal, n.day, dueDay);

  if (n.ms >= endMs) {
    return {
      status: "overdue",
      workdaysLeft: 0,
      hoursLeft: 0,
      overdueWorkdays: n.day > dueDay ? wrap("now", () => cal.countWorkdaysN(dueDay, n.day)) : 0,
      overdueHours: round2((n.ms - endMs) / HOUR_MS),
      elapsed: 1,
      provisional,
      paused: false,
    };
  }

  const workdaysLeft = countLeft(cal, n.day, dueDay);
  // Elapsed share in the period's own unit: working days for 工作日 periods, calendar days otherwise.
  const inWorkdays = deadline.unit === "workday";
  const total =
    (inWorkdays ? wrap("deadline", () => cal.countWorkdaysN(startDay, dueDay)) : dueDay - startDay) -
    (deadline.excludedDays ?? 0);
  const left = inWorkdays ? workdaysLeft : Math.max(0, dueDay - Math.max(n.day, startDay));
  const elapsed = total > 0 ? clamp01((total - left) / total) : undefined;
  const reached = elapsed === undefined ? [] : warnAt.filter((w) => elapsed >= w);
  const threshold = reached.length > 0 ? Math.max(...reached) : undefined;

  const status = workdaysLeft === 0 ? "due-today" : workdaysLeft === 1 || threshold !== undefined ? "due-soon" : "ok";
  const out: Remaining = {
    status,
    workdaysLeft,
    hoursLeft: round2((endMs - n.ms) / HOUR_MS),
    overdueWorkdays: 0,
    overdueHours: 0,
    provisional,
    paused: false,
  };
  if (elapsed !== undefined) out.elapsed = round2(elapsed);
  if (threshold !== undefined) out.threshold = threshold;
  return out;
}

/** Working days strictly after `today` up to and including `due` (0 when today is the due day or later). */
function countLeft(cal: WorkCalendar, today: number, due: number): number {
  if (today >= due) return 0;
  if (!cal.inRangeN(today)) return wrap("now", () => cal.countWorkdaysN(today, due));
  return cal.countWorkdaysN(today, due);
}

function reasonsBetween(cal: WorkCalendar, a: number, b: number): boolean {
  if (!cal.inRangeN(a) || !cal.inRangeN(b)) return false;
  return cal.provisionalReasonsN(a, b).length > 0;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}
