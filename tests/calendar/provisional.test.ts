// Years without a published arrangement: statutory holidays from 《全国年节及纪念日放假办法》 (2024 revision),
// weekends rest, no guessed make-up days, every answer marked provisional.
import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import {
  CalendarError,
  createCalendar,
  deriveStatutoryYear,
  FIRST_YEAR,
  LAST_YEAR,
} from "../../shared/calendar/index.ts";
import { epochDay, formatDay, parseDay } from "../../shared/time/index.ts";

const cal = createCalendar();
/** chinese-days' lunar date of an epoch day (called with a local-time Date, the time-zone-safe way). */
function lunarOf(day: number) {
  const [y, m, d] = formatDay(day).split("-").map(Number) as [number, number, number];
  return chineseDays.getLunarDate(new Date(y, m - 1, d));
}
const holidayDates = (y: number) =>
  cal
    .year(y)
    .days.filter((d) => d.kind === "holiday")
    .map((d) => d.date);

describe("provisional years", () => {
  it("chinese-days publishes 2004–2026; 2027 onward is provisional", () => {
    expect(cal.publishedYears()[0]).toBe(2004);
    expect(cal.publishedYears().at(-1)).toBe(2026);
    expect(cal.isProvisional(2026)).toBe(false);
    expect(cal.isProvisional(2027)).toBe(true);
    expect(FIRST_YEAR).toBe(2004);
    expect(LAST_YEAR).toBe(2099);
  });

  it("derives 2027's statutory holidays (春节 4 days = 除夕 + 初一至初三, 除夕 on lunar 12-29)", () => {
    expect(holidayDates(2027)).toEqual([
      "2027-01-01", // 元旦
      "2027-02-05", // 除夕 (腊月廿九: lunar month 12 of 丙午 has 29 days)
      "2027-02-06", // 正月初一
      "2027-02-07",
      "2027-02-08",
      "2027-04-05", // 清明
      "2027-05-01",
      "2027-05-02",
      "2027-06-09", // 端午 (五月初五)
      "2027-09-15", // 中秋 (八月十五)
      "2027-10-01",
      "2027-10-02",
      "2027-10-03",
    ]);
    const y = cal.year(2027);
    expect(y.provisional).toBe(true);
    expect(y.reason).toBe("2027 年放假安排尚未发布");
    expect(y.note).toMatch(/调休补班日未知/);
    expect(y.days.some((d) => d.makeupWorkday)).toBe(false);
    expect(y.days.every((d) => d.provisional)).toBe(true);
    // weekends are rest days, weekdays that are no holiday are working days
    expect(cal.day("2027-01-02").kind).toBe("rest");
    expect(cal.day("2027-02-04").kind).toBe("work");
    expect(cal.day("2027-02-05")).toMatchObject({ kind: "holiday", holidayName: "春节", provisional: true });
  });

  it("除夕 is the day before 正月初一 whether lunar month 12 has 29 or 30 days", () => {
    for (let y = 2027; y <= 2060; y++) {
      const spring = deriveStatutoryYear(y).holidays.filter((h) => h.name.includes("春节"));
      expect(spring).toHaveLength(4);
      const [chuxi, chuyi] = spring.map((h) => parseDay(h.date)) as [number, number];
      expect(lunarOf(chuyi)).toMatchObject({ lunarMon: 1, lunarDay: 1, isLeap: false });
      expect(lunarOf(chuxi).lunarMon).toBe(12);
      expect([29, 30]).toContain(lunarOf(chuxi).lunarDay);
      expect(chuxi).toBe((chuyi as number) - 1);
    }
  });

  it("中秋 on 10-01…10-03 gives one day, named for both (2028, 2031)", () => {
    const y2028 = deriveStatutoryYear(2028).holidays;
    expect(y2028.find((h) => h.date === "2028-10-03")?.name).toBe("中秋节、国庆节");
    expect(y2028).toHaveLength(12);
    expect(deriveStatutoryYear(2031).holidays.find((h) => h.date === "2031-10-01")?.name).toBe("中秋节、国庆节");
  });

  it("the derivation reproduces the statutory days inside the published 2025 and 2026 arrangements", () => {
    // The 2024 revision took effect 2025-01-01; published years add bridge days but contain every statutory day.
    for (const y of [2025, 2026]) {
      const published = new Set(cal.arrangementOf(y).holidays.map((h) => h.date));
      for (const h of deriveStatutoryYear(y).holidays) expect(published.has(h.date), `${y}: ${h.date}`).toBe(true);
    }
  });

  it("answers touching a provisional year say so", () => {
    expect(cal.addWorkdays("2026-12-24", 10)).toEqual({ date: "2027-01-08", provisional: true });
    expect(cal.addWorkdays("2026-12-24", 5)).toEqual({ date: "2026-12-31", provisional: false });
    expect(cal.countWorkdays("2026-12-30", "2027-01-04")).toEqual({ count: 2, provisional: true });
    expect(cal.provisionalReasonsN(epochDay(2026, 12, 1), epochDay(2028, 3, 1))).toEqual([
      "2027 年放假安排尚未发布",
      "2028 年放假安排尚未发布",
    ]);
  });

  it("refuses days outside 2004…2099 with a clear error instead of guessing", () => {
    expect(() => cal.day("2003-12-31")).toThrow(CalendarError);
    expect(() => cal.day("2003-12-31")).toThrow(
      /date: 2003-12-31 is outside the supported calendar 2004-01-01…2099-12-31/,
    );
    expect(() => cal.addWorkdays("2099-12-30", 5)).toThrow(/leaves the supported calendar/);
    expect(() => cal.year(2100)).toThrow(/expected a year in 2004–2099/);
    expect(() => cal.isWorkday("2026-02-30")).toThrow(/not a real date/);
    expect(() => cal.addWorkdays("2026-01-05", 1.5)).toThrow(/whole number/);
  });
});
