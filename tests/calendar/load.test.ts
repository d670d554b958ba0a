// A newly published year loaded as data (the State Council notice as JSON).
import { describe, expect, it } from "vitest";
import {
  arrangementIssues,
  CalendarError,
  type CalendarSource,
  chineseDaysSource,
  createCalendar,
  defaultCalendar,
  type YearArrangement,
} from "../../shared/calendar/index.ts";

// A hypothetical 2027 notice (the real one is not published yet): 元旦 1-1…1-3, no make-up day; 春节 2-5…2-11
// with make-up working days on Sat 2-13 and Sun 2-14 … only the shape matters here.
const notice2027: YearArrangement = {
  year: 2027,
  source: "国办发明电〔2026〕X号（测试数据）",
  holidays: [
    { date: "2027-01-01", name: "元旦" },
    { date: "2027-01-02", name: "元旦" },
    { date: "2027-01-03", name: "元旦" },
    ...["05", "06", "07", "08", "09", "10", "11"].map((d) => ({ date: `2027-02-${d}`, name: "春节" })),
  ],
  makeupWorkdays: [
    { date: "2027-02-13", name: "春节" },
    { date: "2027-02-14", name: "春节" },
  ],
};

describe("loading a published year", () => {
  it("makes answers for that year non-provisional and uses its days", () => {
    const cal = createCalendar();
    expect(cal.addWorkdays("2027-02-04", 1)).toEqual({ date: "2027-02-09", provisional: true });
    cal.load(notice2027);
    expect(cal.isProvisional(2027)).toBe(false);
    expect(cal.year(2027).source).toBe("国办发明电〔2026〕X号（测试数据）");
    expect(cal.year(2027).reason).toBeUndefined();
    expect(cal.day("2027-02-13")).toMatchObject({ kind: "work", makeupWorkday: true, provisional: false });
    expect(cal.day("2027-02-09")).toMatchObject({ kind: "holiday", holidayName: "春节" });
    // 2-04 + 1 working day: 2-05…2-11 off, 2-12 Friday is a working day
    expect(cal.addWorkdays("2027-02-04", 1)).toEqual({ date: "2027-02-12", provisional: false });
    expect(cal.addWorkdays("2027-02-12", 1)).toEqual({ date: "2027-02-13", provisional: false });
    // 2028 is still provisional
    expect(cal.addWorkdays("2027-12-30", 3).provisional).toBe(true);
  });

  it("is per calendar: createCalendar([arr]) leaves the default calendar alone", () => {
    const cal = createCalendar([notice2027]);
    expect(cal.isProvisional(2027)).toBe(false);
    expect(defaultCalendar().isProvisional(2027)).toBe(true);
  });

  it("rejects malformed arrangements naming the field", () => {
    const cal = createCalendar();
    const bad = (patch: Partial<YearArrangement>) => ({ ...notice2027, ...patch });
    expect(() => cal.load(bad({ makeupWorkdays: [{ date: "2027-02-10", name: "春节" }] }))).toThrow(
      /makeupWorkdays.0.date: .*both a holiday and a make-up working day/,
    );
    expect(() => cal.load(bad({ makeupWorkdays: [{ date: "2027-02-17", name: "春节" }] }))).toThrow(
      /makeupWorkdays.0.date: 2027-02-17 is a weekday/,
    );
    expect(() => cal.load(bad({ holidays: [{ date: "2027-02-30", name: "春节" }] }))).toThrow(
      /holidays.0.date: expected an existing day/,
    );
    expect(() => cal.load(bad({ holidays: [{ date: "2028-01-01", name: "元旦" }] }))).toThrow(/is not in 2027/);
    expect(() => cal.load(bad({ year: 2100, holidays: [], makeupWorkdays: [] }))).toThrow(CalendarError);
    expect(arrangementIssues({ year: "2027" })[0]?.path).toBe("year");
    expect(cal.isProvisional(2027)).toBe(true); // nothing was loaded
  });
});

describe("calendar sources", () => {
  it("chinese-days supplies every year 2004–2026 without a gap", () => {
    const years = chineseDaysSource().years();
    expect(years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
  });

  it("another source: years it lacks before 2025 are refused, not guessed; later ones are derived", () => {
    const cd = chineseDaysSource();
    const only2025on: CalendarSource = {
      name: "two years",
      years: () => [2025, 2026],
      arrangement: (y) => (y >= 2025 ? cd.arrangement(y) : undefined),
    };
    const cal = createCalendar([], only2025on);
    expect(cal.addWorkdays("2026-09-30", 1)).toEqual({ date: "2026-10-08", provisional: false });
    expect(cal.addWorkdays("2026-12-30", 2)).toEqual({ date: "2027-01-04", provisional: true });
    expect(() => cal.isWorkday("2024-10-08")).toThrow(/2024 has no published holiday arrangement/);
    expect(() => cal.addWorkdays("2024-12-30", 5)).toThrow(CalendarError);
    expect(() => cal.countWorkdays("2024-12-01", "2025-01-10")).toThrow(/2024 has no published/);
    expect(() => cal.year(2010)).toThrow(/apply from 2025 only/);
  });
});
