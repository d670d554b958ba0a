// The working-day calendar (工作日). All days 2004-01-01…2099-12-31 live in flat typed arrays built once:
// `cum[i]` = working days before day index i, `workIdx[k]` = day index of the k-th working day. Adding or
// counting working days is then a couple of array reads.
import { epochDay, formatDay, isWeekend, parseDay } from "../time/day.ts";
import { DateInputError } from "../time/errors.ts";
import { arrangementIssues } from "./arrangement.ts";
import { CalendarError } from "./errors.ts";
import { LUNAR_LAST_YEAR } from "./lunar.ts";
import { englishHolidayName } from "./names.ts";
import { type CalendarSource, chineseDaysSource } from "./source.ts";
import { deriveStatutoryYear, MEASURES_2024_FROM_YEAR, PROVISIONAL_NOTE, provisionalReason } from "./statutory.ts";
import type { DayInfo, DayKind, YearArrangement, YearInfo } from "./types.ts";

/** First year with published data (chinese-days starts at 2004). */
export const FIRST_YEAR = 2004;
/** Last year we can derive statutory holidays for (chinese-days' lunar table ends with lunar 2100). */
export const LAST_YEAR = LUNAR_LAST_YEAR;

const BASE = epochDay(FIRST_YEAR, 1, 1);
const END = epochDay(LAST_YEAR, 12, 31);
const SIZE = END - BASE + 1;
const FIRST_DAY = formatDay(BASE);
const LAST_DAY = formatDay(END);

const KIND_WORK = 0;
const KIND_REST = 1;
const KIND_HOLIDAY = 2;
const KINDS: DayKind[] = ["work", "rest", "holiday"];

interface Tables {
  kind: Uint8Array;
  makeup: Uint8Array;
  /** year - FIRST_YEAR of each day index */
  yearOf: Uint8Array;
  /** cum[i] = number of working days at indices < i (length SIZE + 1) */
  cum: Int32Array;
  /** day indices of working days, ascending */
  workIdx: Int32Array;
  names: Map<number, string>;
  /** 0 published, 1 provisional (derived), 2 unavailable (unpublished and before the 2024 measures) */
  provisional: Uint8Array;
}

export interface WorkdayResult {
  date: string;
  provisional: boolean;
}

export interface CountResult {
  count: number;
  provisional: boolean;
}

// Shared look-up between ISO strings and day indices (identical for every calendar instance).
let dayStrings: string[] | undefined;
let dayIndex: Map<string, number> | undefined;
function strings(): string[] {
  if (!dayStrings) {
    dayStrings = new Array<string>(SIZE);
    dayIndex = new Map();
    for (let i = 0; i < SIZE; i++) {
      const s = formatDay(BASE + i);
      dayStrings[i] = s;
      dayIndex.set(s, i);
    }
  }
  return dayStrings;
}

export class WorkCalendar {
  private readonly published = new Map<number, YearArrangement>();
  private readonly derived = new Map<number, YearArrangement>();
  private tables: Tables | undefined;
  /** Bumped by every load(): answers (and memoised deadlines) from an older revision may be stale. */
  revision = 0;

  constructor(source: CalendarSource = chineseDaysSource(), extra: YearArrangement[] = []) {
    for (const y of source.years()) {
      const a = source.arrangement(y);
      if (a && y >= FIRST_YEAR && y <= LAST_YEAR) this.published.set(y, a);
    }
    for (const a of extra) this.load(a);
  }

  /** Supported range of days, inclusive. */
  get range(): { first: string; last: string } {
    return { first: FIRST_DAY, last: LAST_DAY };
  }

  /** Years with a published (non-provisional) arrangement, ascending. */
  publishedYears(): number[] {
    return [...this.published.keys()].sort((a, b) => a - b);
  }

  /** A newly published year: answers for it stop being provisional. Throws CalendarError naming the field. */
  load(arr: YearArrangement): void {
    const issues = arrangementIssues(arr);
    if (issues.length > 0) {
      const first = issues[0];
      throw new CalendarError(
        first?.path ?? "arrangement",
        `${first?.message ?? "invalid"}${issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ""}`,
      );
    }
    if (arr.year < FIRST_YEAR || arr.year > LAST_YEAR)
      throw new CalendarError("year", `expected a year in ${FIRST_YEAR}–${LAST_YEAR}, got ${arr.year}`);
    this.published.set(arr.year, {
      year: arr.year,
      source: arr.source,
      holidays: arr.holidays.map((h) => ({ ...h })),
      makeupWorkdays: arr.makeupWorkdays.map((w) => ({ ...w })),
    });
    this.tables = undefined;
    this.revision++;
  }

  isProvisional(y: number): boolean {
    this.checkYear(y, "year");
    return !this.published.has(y);
  }

  /** Why answers touching year `y` are provisional (undefined when published). */
  provisionalReason(y: number): string | undefined {
    return this.isProvisional(y) ? provisionalReason(y) : undefined;
  }

  day(d: string): DayInfo {
    const t = this.t();
    const i = this.index(d, "date");
    return this.info(t, i);
  }

  isWorkday(d: string): boolean {
    const t = this.t();
    const i = this.index(d, "date");
    this.usable(t, i, i, "date");
    return t.kind[i] === KIND_WORK;
  }

  /** The n-th working day after `start` (start not counted, 民法典 第二百零一条). n = 0 returns start; n < 0
   * goes back (n = -1: the last working day before start). */
  addWorkdays(start: string, n: number): WorkdayResult {
    const t = this.t();
    const s = this.index(start, "start");
    const r = this.addIdx(t, s, n, "n");
    return { date: strings()[r] as string, provisional: this.provBetween(t, s, r) };
  }

  /** Working days in (fromExclusive, toInclusive]; negative when `toInclusive` is before `fromExclusive`. */
  countWorkdays(fromExclusive: string, toInclusive: string): CountResult {
    const t = this.t();
    const a = this.index(fromExclusive, "fromExclusive");
    const b = this.index(toInclusive, "toInclusive");
    return { count: (t.cum[b + 1] as number) - (t.cum[a + 1] as number), provisional: this.provBetween(t, a, b) };
  }

  /** First working day strictly after d. */
  nextWorkday(d: string): string {
    return this.addWorkdays(d, 1).date;
  }

  /** Last working day strictly before d. */
  previousWorkday(d: string): string {
    return this.addWorkdays(d, -1).date;
  }

  year(y: number): YearInfo {
    this.checkYear(y, "year");
    const t = this.t();
    const provisional = !this.published.has(y);
    const arr = this.arrangementOf(y);
    const first = epochDay(y, 1, 1) - BASE;
    const last = epochDay(y, 12, 31) - BASE;
    const days: DayInfo[] = [];
    for (let i = first; i <= last; i++) days.push(this.info(t, i));
    return provisional
      ? { year: y, provisional, reason: provisionalReason(y), note: PROVISIONAL_NOTE, source: arr.source, days }
      : { year: y, provisional, source: arr.source, days };
  }

  /** The arrangement used for year y: published, or derived from the 2024 holiday measures. */
  arrangementOf(y: number): YearArrangement {
    this.checkYear(y, "year");
    const p = this.published.get(y);
    if (p) return p;
    let d = this.derived.get(y);
    if (!d) {
      if (y < MEASURES_2024_FROM_YEAR)
        throw new CalendarError(
          "year",
          `${y} has no published holiday arrangement in this calendar's source, and the 2024 holiday measures apply from ${MEASURES_2024_FROM_YEAR} only`,
        );
      d = deriveStatutoryYear(y);
      this.derived.set(y, d);
    }
    return d;
  }

  // ---- numeric API (epoch days), used by the period engine ----

  /** Epoch day → is it a working day. */
  isWorkdayN(day: number, field = "date"): boolean {
    const t = this.t();
    const i = this.checkN(day, field);
    this.usable(t, i, i, field);
    return t.kind[i] === KIND_WORK;
  }

  addWorkdaysN(day: number, n: number, field = "n"): number {
    const t = this.t();
    const s = this.checkN(day, "start");
    const r = this.addIdx(t, s, n, field);
    this.usable(t, s, r, field);
    return BASE + r;
  }

  countWorkdaysN(fromExclusive: number, toInclusive: number): number {
    const t = this.t();
    const a = this.checkN(fromExclusive, "fromExclusive");
    const b = this.checkN(toInclusive, "toInclusive");
    this.usable(t, a, b, "toInclusive");
    return (t.cum[b + 1] as number) - (t.cum[a + 1] as number);
  }

  /** Reasons of the provisional years touched by the inclusive epoch-day span (empty when none). */
  provisionalReasonsN(from: number, to: number): string[] {
    const t = this.t();
    const a = this.checkN(Math.min(from, to), "from");
    const b = this.checkN(Math.max(from, to), "to");
    this.usable(t, a, b, "to");
    const out: string[] = [];
    for (let y = t.yearOf[a] as number; y <= (t.yearOf[b] as number); y++)
      if (t.provisional[y]) out.push(provisionalReason(FIRST_YEAR + y));
    return out;
  }

  inRangeN(day: number): boolean {
    return day >= BASE && day <= END;
  }

  // ---- internals ----

  private t(): Tables {
    if (!this.tables) this.tables = this.build();
    return this.tables;
  }

  private build(): Tables {
    const kind = new Uint8Array(SIZE);
    const makeup = new Uint8Array(SIZE);
    const yearOf = new Uint8Array(SIZE);
    const names = new Map<number, string>();
    const provisional = new Uint8Array(LAST_YEAR - FIRST_YEAR + 1);
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const first = epochDay(y, 1, 1) - BASE;
      const last = epochDay(y, 12, 31) - BASE;
      for (let i = first; i <= last; i++) {
        yearOf[i] = y - FIRST_YEAR;
        kind[i] = isWeekend(BASE + i) ? KIND_REST : KIND_WORK;
      }
      if (!this.published.has(y) && y < MEASURES_2024_FROM_YEAR) {
        provisional[y - FIRST_YEAR] = 2; // no data and no rule to derive it from: queries throw
        continue;
      }
      provisional[y - FIRST_YEAR] = this.published.has(y) ? 0 : 1;
      const arr = this.arrangementOf(y);
      for (const h of arr.holidays) {
        const i = parseDay(h.date) - BASE;
        kind[i] = KIND_HOLIDAY;
        names.set(i, h.name);
      }
      for (const w of arr.makeupWorkdays) {
        const i = parseDay(w.date) - BASE;
        kind[i] = KIND_WORK;
        makeup[i] = 1;
        names.set(i, w.name);
      }
    }
    const cum = new Int32Array(SIZE + 1);
    let n = 0;
    for (let i = 0; i < SIZE; i++) {
      cum[i] = n;
      if (kind[i] === KIND_WORK) n++;
    }
    cum[SIZE] = n;
    const workIdx = new Int32Array(n);
    for (let i = 0, k = 0; i < SIZE; i++) if (kind[i] === KIND_WORK) workIdx[k++] = i;
    return { kind, makeup, yearOf, cum, workIdx, names, provisional };
  }

  private info(t: Tables, i: number): DayInfo {
    this.usable(t, i, i, "date");
    const k = KINDS[t.kind[i] as number] as DayKind;
    const name = t.names.get(i);
    const out: DayInfo = {
      date: strings()[i] as string,
      kind: k,
      makeupWorkday: t.makeup[i] === 1,
      provisional: t.provisional[t.yearOf[i] as number] === 1,
    };
    if (name !== undefined) {
      out.holidayName = name;
      const en = englishHolidayName(name);
      if (en) out.holidayNameEn = en;
    }
    return out;
  }

  private addIdx(t: Tables, s: number, n: number, field: string): number {
    if (!Number.isInteger(n))
      throw new CalendarError(field, `expected a whole number of working days, got ${String(n)}`);
    if (n === 0) return s;
    const k = n > 0 ? (t.cum[s + 1] as number) + n - 1 : (t.cum[s] as number) + n;
    if (k < 0 || k >= t.workIdx.length)
      throw new CalendarError(
        field,
        `${n} working days from ${strings()[s]} leaves the supported calendar ${FIRST_DAY}…${LAST_DAY}`,
      );
    return t.workIdx[k] as number;
  }

  private provBetween(t: Tables, a: number, b: number): boolean {
    this.usable(t, a, b, "date");
    const lo = t.yearOf[Math.min(a, b)] as number;
    const hi = t.yearOf[Math.max(a, b)] as number;
    for (let y = lo; y <= hi; y++) if (t.provisional[y]) return true;
    return false;
  }

  /** Throws when the span touches a year with neither published data nor a rule to derive it. */
  private usable(t: Tables, a: number, b: number, field: string): void {
    const lo = t.yearOf[Math.min(a, b)] as number;
    const hi = t.yearOf[Math.max(a, b)] as number;
    for (let y = lo; y <= hi; y++)
      if (t.provisional[y] === 2)
        throw new CalendarError(
          field,
          `${FIRST_YEAR + y} has no published holiday arrangement in this calendar's source, and the 2024 holiday measures used to derive unpublished years apply from ${MEASURES_2024_FROM_YEAR} only`,
        );
  }

  private index(d: string, field: string): number {
    strings();
    const i = (dayIndex as Map<string, number>).get(d);
    if (i !== undefined) return i;
    let day: number;
    try {
      day = parseDay(d, field);
    } catch (e) {
      if (e instanceof DateInputError) throw new CalendarError(field, e.message.slice(field.length + 2));
      throw e;
    }
    return this.checkN(day, field);
  }

  private checkN(day: number, field: string): number {
    if (!Number.isInteger(day) || day < BASE || day > END)
      throw new CalendarError(
        field,
        `${Number.isInteger(day) ? formatDay(day) : String(day)} is outside the supported calendar ${FIRST_DAY}…${LAST_DAY} (published data from ${FIRST_YEAR}; statutory holidays can be derived up to ${LAST_YEAR})`,
      );
    return day - BASE;
  }

  private checkYear(y: number, field: string): void {
    if (!Number.isInteger(y) || y < FIRST_YEAR || y > LAST_YEAR)
      throw new CalendarError(field, `expected a year in ${FIRST_YEAR}–${LAST_YEAR}, got ${String(y)}`);
  }
}
