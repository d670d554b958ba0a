// Where published arrangements come from. One small interface so that a newer year can be added as data
// (a State Council notice imported as JSON, later PUT /api/calendar/:year) without touching the engine.
import data from "chinese-days/dist/chinese-days.json";
import type { YearArrangement } from "./types.ts";

export interface CalendarSource {
  /** Short description, e.g. "chinese-days 1.5.7". */
  readonly name: string;
  /** Years with a published arrangement, ascending. */
  years(): number[];
  arrangement(year: number): YearArrangement | undefined;
}

/** Document numbers of the State Council notices we know for certain; other years name the notice generically. */
const NOTICE_NUMBERS: Record<number, string> = {
  2026: "国办发明电〔2025〕7号",
};

function noticeFor(year: number): string {
  const title = `国务院办公厅关于${year}年部分节假日安排的通知`;
  const no = NOTICE_NUMBERS[year];
  return no ? `${no}（${title}）` : title;
}

/** chinese-days values look like "National Day,国庆节,3": English name, zh-CN name, statutory day count. */
function zhName(v: string): string {
  const parts = v.split(",");
  return (parts[1] ?? parts[0] ?? "").trim();
}

/** Published arrangements 2004–2026 from the chinese-days package's data file. */
export function chineseDaysSource(): CalendarSource {
  const byYear = new Map<number, YearArrangement>();
  const get = (date: string): YearArrangement => {
    const y = Number(date.slice(0, 4));
    let a = byYear.get(y);
    if (!a) {
      a = { year: y, source: noticeFor(y), holidays: [], makeupWorkdays: [] };
      byYear.set(y, a);
    }
    return a;
  };
  const table = data as { holidays: Record<string, string>; workdays: Record<string, string> };
  for (const [date, v] of Object.entries(table.holidays)) get(date).holidays.push({ date, name: zhName(v) });
  for (const [date, v] of Object.entries(table.workdays)) get(date).makeupWorkdays.push({ date, name: zhName(v) });
  for (const a of byYear.values()) {
    a.holidays.sort((x, y) => x.date.localeCompare(y.date));
    a.makeupWorkdays.sort((x, y) => x.date.localeCompare(y.date));
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    name: "chinese-days",
    years: () => years.slice(),
    arrangement: (y) => byYear.get(y),
  };
}
