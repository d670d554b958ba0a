// Statutory holidays of a year whose State Council arrangement (放假安排) is not published yet, derived from
// 《全国年节及纪念日放假办法》 as revised in 2024 (in force 2025-01-01), 第二条. Weekends stay rest days; the
// 调休 make-up working days of such a year are unknown and are not guessed.
import { epochDay, formatDay } from "../time/day.ts";
import { lunarToSolar, qingmingDay } from "./lunar.ts";
import type { YearArrangement } from "./types.ts";

export const HOLIDAY_MEASURES_2024 = {
  docNo: "《全国年节及纪念日放假办法》（2024年11月10日修订，2025年1月1日起施行）",
  docTitle: "全国年节及纪念日放假办法",
  article: "第二条",
  quote:
    "全体公民放假的节日：（一）新年，放假1天（1月1日）；（二）春节，放假4天（农历除夕、正月初一至初三）；（三）清明节，放假1天（农历清明当日）；（四）劳动节，放假2天（5月1日、2日）；（五）端午节，放假1天（农历端午当日）；（六）中秋节，放假1天（农历中秋当日）；（七）国庆节，放假3天（10月1日至3日）。",
} as const;

/** The first year the 2024 revision governs. */
export const MEASURES_2024_FROM_YEAR = 2025;

export function provisionalReason(year: number): string {
  return `${year} 年放假安排尚未发布`;
}

export const PROVISIONAL_NOTE =
  "按《全国年节及纪念日放假办法》推算法定节假日；调休补班日未知，未作推测。Statutory holidays derived from the 2024 measures; make-up working days are unknown and not guessed.";

/** The statutory days off of `year` as an arrangement with no make-up working days. */
export function deriveStatutoryYear(year: number): YearArrangement {
  const days = new Map<number, string[]>();
  const add = (day: number, name: string) => {
    const names = days.get(day) ?? [];
    if (!names.includes(name)) names.push(name);
    days.set(day, names);
  };
  add(epochDay(year, 1, 1), "元旦");
  const springFestival = lunarToSolar(year, 1, 1); // 正月初一
  add(springFestival - 1, "春节"); // 除夕: the last day of lunar month 12 (the 29th or 30th)
  add(springFestival, "春节");
  add(springFestival + 1, "春节");
  add(springFestival + 2, "春节");
  add(qingmingDay(year), "清明节");
  add(epochDay(year, 5, 1), "劳动节");
  add(epochDay(year, 5, 2), "劳动节");
  add(lunarToSolar(year, 5, 5), "端午节");
  add(lunarToSolar(year, 8, 15), "中秋节");
  for (let d = 1; d <= 3; d++) add(epochDay(year, 10, d), "国庆节");
  const holidays = [...days.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, names]) => ({ date: formatDay(day), name: names.join("、") }));
  return { year, source: HOLIDAY_MEASURES_2024.docNo, holidays, makeupWorkdays: [] };
}
