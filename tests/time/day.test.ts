import { describe, expect, it } from "vitest";
import {
  addMonthsClamped,
  civil,
  DateInputError,
  epochDay,
  formatDay,
  isValidIsoDay,
  parseDay,
  weekday,
} from "../../shared/time/index.ts";

describe("epoch days", () => {
  it("round-trips every day 1990–2110 and agrees with Date.UTC", () => {
    const bad: string[] = [];
    for (let d = epochDay(1990, 1, 1); d <= epochDay(2110, 12, 31); d++) {
      const { y, m, d: dd } = civil(d);
      if (epochDay(y, m, dd) !== d) bad.push(`round-trip ${d}`);
      const utc = new Date(Date.UTC(y, m - 1, dd));
      if (utc.getTime() / 86_400_000 !== d) bad.push(`utc ${formatDay(d)}`);
      if (utc.getUTCDay() !== weekday(d)) bad.push(`weekday ${formatDay(d)}`);
    }
    expect(bad).toEqual([]);
  });

  it("formats and parses ISO days", () => {
    expect(formatDay(epochDay(2026, 9, 30))).toBe("2026-09-30");
    expect(parseDay("2026-09-30")).toBe(epochDay(2026, 9, 30));
    expect(weekday(parseDay("2026-05-09"))).toBe(6); // a 调休 Saturday
  });

  it("rejects impossible days, naming the field", () => {
    expect(isValidIsoDay("2026-02-30")).toBe(false);
    expect(isValidIsoDay("2028-02-29")).toBe(true);
    expect(isValidIsoDay("2026-2-3")).toBe(false);
    expect(() => parseDay("2026-02-30", "start")).toThrow(/start: "2026-02-30" is not a real date/);
    expect(() => parseDay("2026-13-01", "start")).toThrow(/no month 13/);
    expect(() => parseDay(20260930, "start")).toThrow(DateInputError);
    try {
      parseDay("tomorrow", "receivedAt");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DateInputError);
      expect((e as DateInputError).field).toBe("receivedAt");
    }
  });

  it("adds months with the 民法典 第二百零二条 month-end rule", () => {
    expect(formatDay(addMonthsClamped(parseDay("2026-08-31"), 3))).toBe("2026-11-30");
    expect(formatDay(addMonthsClamped(parseDay("2026-01-31"), 1))).toBe("2026-02-28");
    expect(formatDay(addMonthsClamped(parseDay("2028-01-31"), 1))).toBe("2028-02-29");
    expect(formatDay(addMonthsClamped(parseDay("2024-02-29"), 12))).toBe("2025-02-28");
    expect(formatDay(addMonthsClamped(parseDay("2026-11-15"), 3))).toBe("2027-02-15");
  });
});
