// Instants (moments in time) read and written in Asia/Shanghai (UTC+8, no daylight saving since 1991).
// Input without an offset is Beijing time; everything we emit carries "+08:00". `Date` is used only as a
// millisecond carrier — never its local-time getters — so the process time zone cannot change an answer.
import { checkYmd, describe, epochDay, formatDay } from "./day.ts";
import { DateInputError } from "./errors.ts";

export const SHANGHAI_OFFSET_MINUTES = 480;
const OFFSET_MS = SHANGHAI_OFFSET_MINUTES * 60_000;
export const DAY_MS = 86_400_000;

export interface Instant {
  /** Milliseconds since the Unix epoch. */
  ms: number;
  /** The Beijing calendar day (epoch day). */
  day: number;
  /** Minutes after Beijing midnight, 0–1439. */
  minuteOfDay: number;
}

const INSTANT =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Reads an instant: a Date, or `YYYY-MM-DD[THH:mm[:ss[.sss]]][Z|±HH:MM]` (no offset = Beijing time). */
export function parseInstant(input: unknown, field = "time"): Instant {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new DateInputError(field, "expected a valid date, got an invalid Date");
    return fromMs(ms);
  }
  if (typeof input !== "string")
    throw new DateInputError(
      field,
      `expected a time such as "2026-09-30T15:00:00+08:00" or a day "2026-09-30", got ${describe(input)}`,
    );
  const s = input.trim();
  const mt = INSTANT.exec(s);
  if (!mt)
    throw new DateInputError(
      field,
      `expected a time such as "2026-09-30T15:00:00+08:00" or a day "2026-09-30", got "${input}"`,
    );
  const y = Number(mt[1]);
  const mo = Number(mt[2]);
  const d = Number(mt[3]);
  checkYmd(y, mo, d, field, input);
  const hh = mt[4] === undefined ? 0 : Number(mt[4]);
  const mi = mt[5] === undefined ? 0 : Number(mt[5]);
  const ss = mt[6] === undefined ? 0 : Number(mt[6]);
  const frac = mt[7] === undefined ? 0 : Math.floor(Number(`0.${mt[7]}`) * 1000);
  if (hh > 23 || mi > 59 || ss > 59) throw new DateInputError(field, `"${input}" has an impossible time of day`);
  let offsetMin = SHANGHAI_OFFSET_MINUTES;
  const off = mt[8];
  if (off !== undefined && off.toUpperCase() !== "Z") {
    const sign = off[0] === "-" ? -1 : 1;
    const digits = off.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 14 || om > 59) throw new DateInputError(field, `"${input}" has an impossible UTC offset ${off}`);
    offsetMin = sign * (oh * 60 + om);
  } else if (off !== undefined) {
    offsetMin = 0;
  }
  const ms = epochDay(y, mo, d) * DAY_MS + ((hh * 60 + mi) * 60 + ss) * 1000 + frac - offsetMin * 60_000;
  return fromMs(ms);
}

export function fromMs(ms: number): Instant {
  const local = ms + OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  return { ms, day, minuteOfDay: Math.floor((local - day * DAY_MS) / 60_000) };
}

/** The Beijing calendar day (epoch day) an instant falls on. */
export function shanghaiDay(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

/** Milliseconds of Beijing midnight at the start of `day`. */
export function dayStartMs(day: number): number {
  return day * DAY_MS - OFFSET_MS;
}

/** `2026-09-30T15:00:00+08:00` */
export function formatInstant(ms: number): string {
  const local = ms + OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  let rest = Math.floor((local - day * DAY_MS) / 1000);
  const ss = rest % 60;
  rest = (rest - ss) / 60;
  const mi = rest % 60;
  const hh = (rest - mi) / 60;
  return `${formatDay(day)}T${p2(hh)}:${p2(mi)}:${p2(ss)}+08:00`;
}

/** Parses a cut-off time of day: "24:00" (end of day, 民法典 第二百零三条) or "HH:MM" (end of business hours). */
export function parseCutoff(s: unknown, field = "cutoff"): number {
  if (s === undefined) return 24 * 60;
  if (typeof s !== "string" || !/^\d{2}:\d{2}$/.test(s))
    throw new DateInputError(field, `expected "24:00" or a time of day "HH:MM" such as "17:00", got ${describe(s)}`);
  const h = Number(s.slice(0, 2));
  const m = Number(s.slice(3));
  if (h === 24 && m === 0) return 24 * 60;
  if (h > 23 || m > 59 || (h === 0 && m === 0))
    throw new DateInputError(field, `expected "24:00" or a time of day between 00:01 and 23:59, got "${s}"`);
  return h * 60 + m;
}

function p2(n: number): string {
  return String(n).padStart(2, "0");
}
