// Civil days as plain integers (days since 1970-01-01, "epoch days") and ISO day strings.
// Pure arithmetic (proleptic Gregorian), so the machine's time zone never matters.
import { DateInputError } from "./errors.ts";

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Epoch day of a civil date (Howard Hinnant's days_from_civil). */
export function epochDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of an epoch day (Howard Hinnant's civil_from_days). */
export function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

export function formatDay(day: number): IsoDay {
  const { y, m, d } = civil(day);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isoDay(y: number, m: number, d: number): IsoDay {
  return formatDay(epochDay(y, m, d));
}

/** True for a well-formed, existing calendar day (2026-02-30 is not one). */
export function isValidIsoDay(s: unknown): s is IsoDay {
  if (typeof s !== "string") return false;
  const mt = ISO_DAY.exec(s);
  if (!mt) return false;
  const m = Number(mt[2]);
  const d = Number(mt[3]);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(mt[1]), m);
}

/** Parses `YYYY-MM-DD` into an epoch day; throws DateInputError naming `field` otherwise. */
export function parseDay(s: unknown, field = "date"): number {
  if (typeof s !== "string") throw new DateInputError(field, `expected a day as YYYY-MM-DD, got ${describe(s)}`);
  const mt = ISO_DAY.exec(s);
  if (!mt) throw new DateInputError(field, `expected a day as YYYY-MM-DD, got "${s}"`);
  const y = Number(mt[1]);
  const m = Number(mt[2]);
  const d = Number(mt[3]);
  checkYmd(y, m, d, field, s);
  return epochDay(y, m, d);
}

export function checkYmd(y: number, m: number, d: number, field: string, raw: string): void {
  if (m < 1 || m > 12) throw new DateInputError(field, `"${raw}" has no month ${m} (expected 01–12)`);
  const dim = daysInMonth(y, m);
  if (d < 1 || d > dim)
    throw new DateInputError(field, `"${raw}" is not a real date: ${y}-${pad(m)} has days 01–${dim}, not ${pad(d)}`);
}

/** Last day of the month of `day`. */
export function monthEnd(y: number, m: number): number {
  return epochDay(y, m, daysInMonth(y, m));
}

/**
 * 民法典 第二百零二条: the corresponding day `months` later, or the last day of that month when it has no
 * corresponding day (2026-08-31 + 3 months → 2026-11-30).
 */
export function addMonthsClamped(day: number, months: number): number {
  const { y, m, d } = civil(day);
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return epochDay(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function yearOf(day: number): number {
  return civil(day).y;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "number") return String(v);
  return typeof v;
}
