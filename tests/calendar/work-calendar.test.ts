import { describe, expect, it } from "vitest";
import { createCalendar } from "../../shared/calendar/index.ts";

const cal = createCalendar();

describe("WorkCalendar look-ups (2026 national arrangement)", () => {
  it("describes days: holiday, 调休 working weekend, ordinary rest day, working day", () => {
    expect(cal.day("2026-10-01")).toEqual({
      date: "2026-10-01",
      kind: "holiday",
      holidayName: "国庆节",
      holidayNameEn: "National Day",
      makeupWorkday: false,
      provisional: false,
    });
    expect(cal.day("2026-10-10")).toMatchObject({ kind: "work", makeupWorkday: true, holidayName: "国庆节" });
    expect(cal.day("2026-03-07")).toEqual({
      date: "2026-03-07",
      kind: "rest",
      makeupWorkday: false,
      provisional: false,
    });
    expect(cal.day("2026-03-09")).toEqual({
      date: "2026-03-09",
      kind: "work",
      makeupWorkday: false,
      provisional: false,
    });
    expect(cal.day("2028-10-03")).toMatchObject({
      holidayName: "中秋节、国庆节",
      holidayNameEn: "Mid-Autumn Festival / National Day",
      provisional: true,
    });
  });

  it("moves forwards and backwards by working days", () => {
    expect(cal.nextWorkday("2026-09-30")).toBe("2026-10-08");
    expect(cal.nextWorkday("2026-10-09")).toBe("2026-10-10"); // 调休 Saturday
    expect(cal.previousWorkday("2026-10-08")).toBe("2026-09-30");
    expect(cal.addWorkdays("2026-10-08", -2).date).toBe("2026-09-29");
    expect(cal.addWorkdays("2026-10-04", 0).date).toBe("2026-10-04");
    expect(cal.countWorkdays("2026-10-08", "2026-09-30").count).toBe(-1);
    expect(cal.countWorkdays("2026-09-30", "2026-09-30").count).toBe(0);
  });

  it("lists a year's days with its source", () => {
    const y = cal.year(2026);
    expect(y.days).toHaveLength(365);
    expect(y.source).toContain("国办发明电〔2025〕7号");
    expect(y.provisional).toBe(false);
    expect(y.days.filter((d) => d.makeupWorkday).map((d) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    // 261 weekdays − 19 weekday holidays + 6 调休 weekends
    expect(y.days.filter((d) => d.kind === "work")).toHaveLength(248);
    expect(cal.year(2028).days).toHaveLength(366);
  });
});
