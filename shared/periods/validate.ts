// Input checks for the period engine: every problem becomes a PeriodError naming the field.
import { CalendarError } from "../calendar/errors.ts";
import { describe, parseDay } from "../time/day.ts";
import { DateInputError } from "../time/errors.ts";
import { type Instant, parseCutoff, parseInstant } from "../time/instant.ts";
import { PeriodError } from "./errors.ts";
import type { DeadlineInput, Extension, Pause, PeriodSpec } from "./types.ts";

export const UNITS = ["workday", "day", "month", "year", "date"] as const;

/** Longest span accepted, in years (longer almost always means a typo in the amount or the year). */
export const MAX_SPAN_YEARS = 50;
const MAX_AMOUNT: Record<string, number> = {
  year: MAX_SPAN_YEARS,
  month: MAX_SPAN_YEARS * 12,
  day: Math.floor(MAX_SPAN_YEARS * 365.25),
  workday: MAX_SPAN_YEARS * 261,
};

export function wrap<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DateInputError || e instanceof CalendarError) {
      const msg = e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
      throw new PeriodError(field, msg);
    }
    throw e;
  }
}

export function instant(v: unknown, field: string): Instant {
  return wrap(field, () => parseInstant(v, field));
}

export function checkAmount(v: unknown, field: string, unit: string): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new PeriodError(field, `expected a positive whole number, got ${describe(v)}`);
  if (!Number.isInteger(v)) throw new PeriodError(field, `expected a whole number of ${unit}s, got ${v}`);
  if (v < 1) throw new PeriodError(field, `expected a positive whole number (at least 1), got ${v}`);
  const max = MAX_AMOUNT[unit];
  if (max !== undefined && v > max)
    throw new PeriodError(
      field,
      `${v} ${unit}s spans more than ${MAX_SPAN_YEARS} years (at most ${max}); check the amount`,
    );
  return v;
}

export function checkPeriod(p: unknown): PeriodSpec {
  if (typeof p !== "object" || p === null)
    throw new PeriodError("period", `expected an object such as {unit:"workday", amount:5}, got ${describe(p)}`);
  const o = p as Record<string, unknown>;
  if (!(UNITS as readonly unknown[]).includes(o.unit))
    throw new PeriodError("period.unit", `expected one of ${UNITS.join(", ")}; got ${describe(o.unit)}`);
  if (o.unit === "date") {
    wrap("period.date", () => parseDay(o.date, "period.date"));
    if (o.rollOver !== undefined && typeof o.rollOver !== "boolean")
      throw new PeriodError("period.rollOver", `expected true or false, got ${describe(o.rollOver)}`);
    return { unit: "date", date: o.date as string, rollOver: o.rollOver === true };
  }
  const unit = o.unit as "workday" | "day" | "month" | "year";
  return { unit, amount: checkAmount(o.amount, "period.amount", unit) };
}

export interface CheckedPause {
  from: Instant;
  to?: Instant;
  reason: string;
}

export function checkPauses(v: unknown, start: Instant): CheckedPause[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new PeriodError("pauses", `expected a list of pauses, got ${describe(v)}`);
  const out: CheckedPause[] = [];
  v.forEach((raw: unknown, i) => {
    const f = `pauses[${i}]`;
    if (typeof raw !== "object" || raw === null)
      throw new PeriodError(f, `expected {from, to?, reason}, got ${describe(raw)}`);
    const p = raw as Partial<Pause>;
    const from = instant(p.from, `${f}.from`);
    if (from.ms < start.ms) throw new PeriodError(`${f}.from`, `the pause starts before the period starts (${p.from})`);
    let to: Instant | undefined;
    if (p.to !== undefined && p.to !== null) {
      to = instant(p.to, `${f}.to`);
      if (to.ms < from.ms) throw new PeriodError(`${f}.to`, `the pause ends (${p.to}) before it starts (${p.from})`);
    }
    if (typeof p.reason !== "string" || p.reason.trim() === "")
      throw new PeriodError(`${f}.reason`, "expected the reason for the pause (e.g. 听证, 专家评审, 等待补正材料)");
    out.push(to ? { from, to, reason: p.reason } : { from, reason: p.reason });
  });
  return out.sort((a, b) => a.from.ms - b.from.ms);
}

export function checkExtensions(v: unknown): Extension[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new PeriodError("extensions", `expected a list of extensions, got ${describe(v)}`);
  return v.map((raw: unknown, i) => {
    const f = `extensions[${i}]`;
    if (typeof raw !== "object" || raw === null)
      throw new PeriodError(f, `expected {unit, amount, reason}, got ${describe(raw)}`);
    const e = raw as Partial<Extension>;
    if (e.unit !== "workday" && e.unit !== "day")
      throw new PeriodError(`${f}.unit`, `expected "workday" or "day", got ${describe(e.unit)}`);
    const amount = checkAmount(e.amount, `${f}.amount`, e.unit);
    if (typeof e.reason !== "string" || e.reason.trim() === "")
      throw new PeriodError(`${f}.reason`, "expected the reason for the extension (e.g. 经负责人批准延长)");
    return { unit: e.unit, amount, reason: e.reason };
  });
}

export function checkInput(input: unknown): DeadlineInput {
  if (typeof input !== "object" || input === null)
    throw new PeriodError("input", `expected {start, period, …}, got ${describe(input)}`);
  return input as DeadlineInput;
}

export function cutoffMinutes(v: unknown): number {
  return wrap("cutoff", () => parseCutoff(v, "cutoff"));
}
