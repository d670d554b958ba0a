// Reading period and due-date phrases as they appear in official documents:
//   parsePeriodText("自收到申请之日起5个工作日内") → {unit:"workday", amount:5}
//   parseDueText("12月底", 2026)                  → {unit:"date", date:"2026-12-31"}

import { NUM_PATTERN as NUM, parseNumber } from "../text/chinese-number.ts";
import { daysInMonth, isoDay } from "../time/day.ts";
import { PeriodError } from "./errors.ts";
import type { PeriodSpec } from "./types.ts";

const PERIOD = new RegExp(`(${NUM})\\s*(?:个)?\\s*(工作日|自然日|日历日|日|天|个月|月|年|周|星期)`);

/** "5个工作日" "3个月" "2年" "10日" "半年" (also inside a longer sentence). */
export function parsePeriodText(text: string): PeriodSpec {
  if (typeof text !== "string" || text.trim() === "")
    throw new PeriodError("text", "expected a period such as 5个工作日, 10日, 3个月 or 2年");
  const t = text.replace(/\s+/g, "");
  if (/半年/.test(t)) return { unit: "month", amount: 6 };
  const mt = PERIOD.exec(t);
  if (!mt) throw new PeriodError("text", `no period found in "${text}"; expected e.g. 5个工作日, 10日, 3个月 or 2年`);
  const amount = parseNumber(mt[1] as string);
  if (amount === undefined || amount < 1)
    throw new PeriodError("text", `"${mt[1]}" in "${text}" is not a positive whole number`);
  switch (mt[2]) {
    case "工作日":
      return { unit: "workday", amount };
    case "日":
    case "天":
    case "自然日":
    case "日历日":
      return { unit: "day", amount };
    case "周":
    case "星期":
      return { unit: "day", amount: amount * 7 };
    case "个月":
    case "月":
      return { unit: "month", amount };
    default:
      return { unit: "year", amount };
  }
}

const MONTH_END = new RegExp(`^(?:(${NUM})年)?(${NUM})月(?:底|末|份|份内|内)?(?:前|以前|之前)?$`);
const MONTH_DAY = new RegExp(`^(?:(${NUM})年)?(${NUM})月(${NUM})[日号](?:前|以前|之前|止)?$`);
const MONTH_PART = new RegExp(`^(?:(${NUM})年)?(${NUM})月(上旬|中旬|下旬)(?:前|末)?$`);
const QUARTER = new RegExp(`^(?:(${NUM})年)?(?:第)?(${NUM}|一|二|三|四)季度(?:末|底)?(?:前)?$`);
const YEAR_END = new RegExp(`^(?:(${NUM})年)?(?:年底|年末|年内|全年|底|年前|年底前|年末前)$`);
const HALF = new RegExp(`^(?:(${NUM})年)?(上半年|下半年)(?:末|底)?(?:前)?$`);

/** Task-list due phrases: "12月底" "2026年6月底前" "6月30日前" "年底" "三季度末" "6月中旬". `year` is used when
 * the text names none. Returns a fixed date (rollOver false — see FIXED_DATE_DECISION). */
export function parseDueText(text: string, year: number): PeriodSpec {
  if (typeof text !== "string" || text.trim() === "")
    throw new PeriodError("text", "expected a due date such as 12月底, 2026年6月底前 or 6月30日前");
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw new PeriodError("year", `expected a four-digit year such as 2026, got ${String(year)}`);
  const t = text
    .replace(/[\s，。,.]/g, "")
    .replace(/^(?:于|在|力争|确保)/, "")
    .replace(/(?:完成)$/, "");
  const y = (s: string | undefined): number => {
    if (s === undefined) return year;
    const n = parseNumber(s);
    if (n === undefined || n < 1900 || n > 2200) throw new PeriodError("text", `"${s}年" in "${text}" is not a year`);
    return n;
  };
  const month = (s: string | undefined): number => {
    const m = parseNumber(s ?? "");
    if (m === undefined || m < 1 || m > 12)
      throw new PeriodError("text", `"${s}月" in "${text}" is not a month (1–12)`);
    return m;
  };
  const date = (yy: number, mm: number, dd: number): PeriodSpec => {
    if (dd < 1 || dd > daysInMonth(yy, mm))
      throw new PeriodError("text", `"${text}" is not a real date: ${yy}年${mm}月 has ${daysInMonth(yy, mm)} days`);
    return { unit: "date", date: isoDay(yy, mm, dd), rollOver: false };
  };
  let mt = MONTH_DAY.exec(t);
  if (mt) return date(y(mt[1]), month(mt[2]), parseNumber(mt[3] as string) ?? 0);
  mt = MONTH_END.exec(t);
  if (mt) {
    const yy = y(mt[1]);
    const mm = month(mt[2]);
    return date(yy, mm, daysInMonth(yy, mm));
  }
  mt = MONTH_PART.exec(t);
  if (mt) {
    const yy = y(mt[1]);
    const mm = month(mt[2]);
    return date(yy, mm, mt[3] === "上旬" ? 10 : mt[3] === "中旬" ? 20 : daysInMonth(yy, mm));
  }
  mt = QUARTER.exec(t);
  if (mt) {
    const q = parseNumber(mt[2] as string);
    if (q === undefined || q < 1 || q > 4) throw new PeriodError("text", `"${text}" names no quarter 1–4`);
    const yy = y(mt[1]);
    return date(yy, q * 3, daysInMonth(yy, q * 3));
  }
  mt = HALF.exec(t);
  if (mt) {
    const yy = y(mt[1]);
    return mt[2] === "上半年" ? date(yy, 6, 30) : date(yy, 12, 31);
  }
  mt = YEAR_END.exec(t);
  if (mt) return date(y(mt[1]), 12, 31);
  throw new PeriodError(
    "text",
    `no fixed date found in "${text}"; expected e.g. 12月底, 2026年6月底前, 6月30日前, 年底 or 三季度末`,
  );
}
