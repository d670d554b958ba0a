import { describe, expect, it } from "vitest";
import { DateInputError, formatDay, formatInstant, parseCutoff, parseInstant } from "../../shared/time/index.ts";

describe("instants in Asia/Shanghai", () => {
  it("reads input without an offset as Beijing time", () => {
    const i = parseInstant("2026-09-30T15:00");
    expect(i.ms).toBe(Date.UTC(2026, 8, 30, 7, 0, 0));
    expect(formatDay(i.day)).toBe("2026-09-30");
    expect(i.minuteOfDay).toBe(15 * 60);
    expect(formatInstant(i.ms)).toBe("2026-09-30T15:00:00+08:00");
  });

  it("honours explicit offsets and Z, and puts the instant on the Beijing day", () => {
    // 2026-09-30 20:00 UTC is already 10-01 04:00 in Beijing.
    const z = parseInstant("2026-09-30T20:00:00Z");
    expect(formatDay(z.day)).toBe("2026-10-01");
    expect(formatInstant(z.ms)).toBe("2026-10-01T04:00:00+08:00");
    const la = parseInstant("2026-09-30T10:30:00-07:00");
    expect(formatInstant(la.ms)).toBe("2026-10-01T01:30:00+08:00");
    expect(parseInstant("2026-09-30T15:00:00+0800").ms).toBe(parseInstant("2026-09-30 15:00:00").ms);
    expect(parseInstant("2026/9/30").ms).toBe(parseInstant("2026-09-30T00:00:00+08:00").ms);
  });

  it("accepts Date objects regardless of the process time zone", () => {
    const d = new Date(Date.UTC(2026, 1, 25, 16, 30));
    expect(formatInstant(parseInstant(d).ms)).toBe("2026-02-26T00:30:00+08:00");
    expect(formatDay(parseInstant(d).day)).toBe("2026-02-26");
  });

  it("rejects bad instants with the field name", () => {
    expect(() => parseInstant("2026-02-30T10:00", "start")).toThrow(/start: .*not a real date/);
    expect(() => parseInstant("2026-02-03T25:00", "start")).toThrow(/impossible time of day/);
    expect(() => parseInstant("next Monday", "now")).toThrow(DateInputError);
    expect(() => parseInstant(new Date(Number.NaN), "now")).toThrow(/invalid Date/);
    expect(() => parseInstant(undefined, "start")).toThrow(/start: expected a time .* got nothing/);
  });

  it("reads cut-offs", () => {
    expect(parseCutoff(undefined)).toBe(1440);
    expect(parseCutoff("24:00")).toBe(1440);
    expect(parseCutoff("17:30")).toBe(17 * 60 + 30);
    expect(() => parseCutoff("25:00")).toThrow(/cutoff/);
    expect(() => parseCutoff("5pm")).toThrow(/HH:MM/);
  });
});

describe("process time zone", () => {
  it.runIf(process.env.SHIXIAN_EXPECT_TZ)("runs in the requested TZ (see tests/calendar/timezone.test.ts)", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.SHIXIAN_EXPECT_TZ);
    if (process.env.SHIXIAN_EXPECT_TZ === "America/Los_Angeles")
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
  });
});
