// Bad input gets a PeriodError naming the field and what was expected — never a wrong date.
import { describe, expect, it } from "vitest";
import { type CalendarSource, chineseDaysSource, createCalendar } from "../../shared/calendar/index.ts";
import { computeDeadline, type DeadlineInput, PeriodError, remaining } from "../../shared/periods/index.ts";

const cal = createCalendar();
const ok: DeadlineInput = { start: "2026-03-02", period: { unit: "workday", amount: 5 } };

function fails(input: unknown, field: string, message: RegExp): void {
  try {
    const d = computeDeadline(input as DeadlineInput, cal);
    expect.unreachable(`expected an error, got due ${d.due}`);
  } catch (e) {
    expect(e).toBeInstanceOf(PeriodError);
    expect((e as PeriodError).field).toBe(field);
    expect((e as PeriodError).message).toMatch(message);
    expect((e as PeriodError).message.startsWith(`${field}: `)).toBe(true);
  }
}

describe("computeDeadline rejects bad input", () => {
  it("impossible or malformed start dates", () => {
    fails({ ...ok, start: "2026-02-30" }, "start", /"2026-02-30" is not a real date: 2026-02 has days 01–28/);
    fails({ ...ok, start: "2026-02-29T10:00" }, "start", /not a real date/);
    fails({ ...ok, start: "30/09/2026" }, "start", /expected a time such as/);
    fails({ ...ok, start: undefined }, "start", /got nothing/);
    fails({ ...ok, start: "2003-12-31" }, "start", /outside the supported calendar 2004-01-01…2099-12-31/);
  });
  it("negative, zero, fractional or non-numeric amounts", () => {
    fails({ ...ok, period: { unit: "workday", amount: -5 } }, "period.amount", /positive whole number.*got -5/);
    fails({ ...ok, period: { unit: "day", amount: 0 } }, "period.amount", /at least 1/);
    fails({ ...ok, period: { unit: "month", amount: 1.5 } }, "period.amount", /whole number of months, got 1.5/);
    fails({ ...ok, period: { unit: "day", amount: "5" } }, "period.amount", /got "5"/);
    fails({ ...ok, period: { unit: "day", amount: Number.NaN } }, "period.amount", /got NaN/);
  });
  it("unknown units and missing periods", () => {
    fails(
      { ...ok, period: { unit: "week", amount: 1 } },
      "period.unit",
      /one of workday, day, month, year, date; got "week"/,
    );
    fails({ ...ok, period: undefined }, "period", /expected an object/);
    fails({ ...ok, period: { unit: "date", date: "2026-06-31" } }, "period.date", /not a real date/);
    fails(null, "input", /expected \{start, period/);
  });
  it("periods spanning more than 50 years", () => {
    fails({ ...ok, period: { unit: "year", amount: 51 } }, "period.amount", /more than 50 years/);
    fails({ ...ok, period: { unit: "month", amount: 601 } }, "period.amount", /more than 50 years/);
    fails({ ...ok, period: { unit: "day", amount: 20_000 } }, "period.amount", /more than 50 years/);
    // 13 000 working days pass the amount check but end in 2078: the span check catches it
    fails({ ...ok, period: { unit: "workday", amount: 13_000 } }, "period.amount", /span more than 50 years/);
    fails({ ...ok, period: { unit: "date", date: "2090-12-31" } }, "period.date", /more than 50 years/);
    expect(computeDeadline({ ...ok, period: { unit: "year", amount: 50 } }, cal).due).toBe("2076-03-02");
  });
  it("answers that would leave the supported calendar", () => {
    fails(
      { start: "2080-01-01", period: { unit: "year", amount: 30 } },
      "period.amount",
      /outside the supported calendar/,
    );
    fails(
      { start: "2099-12-20", period: { unit: "workday", amount: 30 } },
      "period.amount",
      /leaves the supported calendar/,
    );
  });
  it("bad pauses, extensions and cut-offs", () => {
    fails(
      { ...ok, pauses: [{ from: "2026-03-05", to: "2026-03-04", reason: "听证" }] },
      "pauses[0].to",
      /ends .* before it starts/,
    );
    fails(
      { ...ok, pauses: [{ from: "2026-03-01", to: "2026-03-04", reason: "听证" }] },
      "pauses[0].from",
      /before the period starts/,
    );
    fails({ ...ok, pauses: [{ from: "2026-03-03", reason: "" }] }, "pauses[0].reason", /reason/);
    fails(
      { ...ok, pauses: [{ from: "2026-03-03", to: "2026-02-30", reason: "x" }] },
      "pauses[0].to",
      /not a real date/,
    );
    fails({ ...ok, pauses: "soon" }, "pauses", /list of pauses/);
    fails(
      { ...ok, extensions: [{ unit: "month", amount: 1, reason: "x" }] },
      "extensions[0].unit",
      /"workday" or "day"/,
    );
    fails({ ...ok, extensions: [{ unit: "workday", amount: -10, reason: "x" }] }, "extensions[0].amount", /positive/);
    fails({ ...ok, cutoff: "25:00" }, "cutoff", /expected "24:00" or a time of day/);
  });
});

describe("errors from the calendar surface as PeriodError", () => {
  it("a year the calendar cannot answer for", () => {
    const cd = chineseDaysSource();
    const from2025: CalendarSource = {
      name: "2025+",
      years: () => [2025, 2026],
      arrangement: (y) => cd.arrangement(y),
    };
    const cal2 = createCalendar([], from2025);
    expect(() => computeDeadline({ start: "2024-12-30", period: { unit: "workday", amount: 3 } }, cal2)).toThrow(
      PeriodError,
    );
    expect(() => computeDeadline({ start: "2024-12-30", period: { unit: "workday", amount: 3 } }, cal2)).toThrow(
      /2024 has no published holiday arrangement/,
    );
  });
  it("remaining() at a time outside the calendar names now", () => {
    const d = computeDeadline(ok, cal);
    try {
      remaining(d, "2100-01-05T10:00", {}, cal);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PeriodError);
      expect((e as PeriodError).field).toBe("now");
      expect((e as PeriodError).message).toMatch(/outside the supported calendar/);
    }
  });
});
