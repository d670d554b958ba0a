// Lunar-calendar and solar-term look-ups from chinese-days, wrapped so that the process time zone cannot shift
// the answer. chinese-days mixes UTC parsing with local-time getters: a "YYYY-MM-DD" string is read as UTC
// midnight and then formatted with local getters, which moves it one day back west of UTC. Local-time Date
// inputs are read and formatted with the same local getters, so they are safe; getSolarTermDate's output is
// inverted below.
import chineseDays from "chinese-days";
import { epochDay, parseDay } from "../time/day.ts";
import { CalendarError } from "./errors.ts";

/** chinese-days' lunar table covers lunar years 1900–2100; we derive holidays for Gregorian years up to this. */
export const LUNAR_LAST_YEAR = 2099;
export const LUNAR_FIRST_YEAR = 1901;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR)
    throw new CalendarError(
      "year",
      `lunar dates are available for ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR} only, got ${String(year)}`,
    );
}

/** Epoch day of lunar `month`/`day` (non-leap month) in lunar year `lunarYear`. */
export function lunarToSolar(lunarYear: number, month: number, day: number): number {
  checkYear(lunarYear);
  // A local-time Date in and a local-time formatted string out: consistent in every time zone.
  const { date } = chineseDays.getSolarDateFromLunar(new Date(lunarYear, month - 1, day));
  return parseDay(date, "lunarDate");
}

/** Epoch day of the 清明 solar term in `year`. */
export function qingmingDay(year: number): number {
  checkYear(year);
  const s = chineseDays.getSolarTermDate(year, 4, "pure_brightness");
  const shown = parseDay(s, "solarTerm");
  // chinese-days computed day D, built Date.UTC(year, 3, D) and printed it in local time. Find the D that
  // prints as `s` here: D is `shown` (UTC and east of it) or `shown + 1` (west of UTC).
  for (const cand of [shown, shown + 1]) {
    const dayOfMonth = cand - epochDay(year, 4, 1) + 1;
    const printed = new Date(Date.UTC(year, 3, dayOfMonth));
    const local = epochDay(printed.getFullYear(), printed.getMonth() + 1, printed.getDate());
    if (local === shown) return cand;
  }
  throw new CalendarError("year", `could not determine the 清明 day of ${year}`);
}
