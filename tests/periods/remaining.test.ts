import { describe, expect, it } from "vitest";
import { createCalendar } from "../../shared/calendar/index.ts";
import { computeDeadline, PeriodError, parseDueText, remaining } from "../../shared/periods/index.ts";

const cal = createCalendar();
// 2026-02-12 + 5 working days → 2026-02-26 (24:00)
const d = computeDeadline({ start: "2026-02-12T15:00", period: { unit: "workday", amount: 5 } }, cal);
const at = (now: string | Date, warnAt?: number[]) => remaining(d, now, warnAt ? { warnAt } : {}, cal);

describe("remaining(deadline, now)", () => {
  it("ok at the start, with working days and clock hours left", () => {
    expect(at("2026-02-12T15:00")).toEqual({
      status: "ok",
      workdaysLeft: 5,
      hoursLeft: 14 * 24 + 9,
      overdueWorkdays: 0,
      overdueHours: 0,
      elapsed: 0,
      provisional: false,
      paused: false,
    });
  });
  it("due-soon at configurable elapsed fractions", () => {
    const r = at("2026-02-24T10:00"); // 2-25, 2-26 left: 3 of 5 used
    expect(r).toMatchObject({ status: "ok", workdaysLeft: 2, elapsed: 0.6 });
    expect(at("2026-02-24T10:00", [0.5, 0.75])).toMatchObject({ status: "due-soon", threshold: 0.5 });
    expect(at("2026-02-24T10:00", [0.75])).toMatchObject({ status: "ok" });
  });
  it("due-soon on the last working day before the due day", () => {
    expect(at("2026-02-25T10:00", [])).toMatchObject({ status: "due-soon", workdaysLeft: 1 });
  });
  it("due-today on the due day, hours to 24:00", () => {
    expect(at("2026-02-26T09:00")).toMatchObject({ status: "due-today", workdaysLeft: 0, hoursLeft: 15 });
    // a Date is an instant: 01:00 UTC = 09:00 Beijing
    expect(at(new Date(Date.UTC(2026, 1, 26, 1)))).toMatchObject({ status: "due-today", hoursLeft: 15 });
    expect(at("2026-02-26T23:59:58")).toMatchObject({ status: "due-today" });
  });
  it("overdue from 24:00, counting working days and hours past (2-28 is a 调休 working Saturday)", () => {
    expect(at("2026-02-27T00:00")).toMatchObject({ status: "overdue", overdueWorkdays: 1, overdueHours: 0 });
    expect(at("2026-02-27T09:00")).toMatchObject({
      status: "overdue",
      workdaysLeft: 0,
      hoursLeft: 0,
      overdueWorkdays: 1,
      overdueHours: 9,
    });
    expect(at("2026-03-02T09:00")).toMatchObject({ overdueWorkdays: 3, overdueHours: 3 * 24 + 9 });
  });
  it("a business-hours cut-off makes the deadline overdue at that time", () => {
    const d17 = computeDeadline({ start: "2026-02-12", period: { unit: "workday", amount: 5 }, cutoff: "17:00" }, cal);
    expect(remaining(d17, "2026-02-26T16:00", {}, cal)).toMatchObject({ status: "due-today", hoursLeft: 1 });
    expect(remaining(d17, "2026-02-26T17:00", {}, cal)).toMatchObject({ status: "overdue", overdueWorkdays: 0 });
  });
  it("a 1-working-day period is due-soon as soon as it starts (27条: 9-30 15:00 → 10-08)", () => {
    const one = computeDeadline({ start: "2026-09-30T15:00", period: { unit: "workday", amount: 1 } }, cal);
    expect(remaining(one, "2026-09-30T16:00", {}, cal)).toMatchObject({ status: "due-soon", workdaysLeft: 1 });
    expect(remaining(one, "2026-10-05T10:00", {}, cal)).toMatchObject({ status: "due-soon", workdaysLeft: 1 });
    expect(remaining(one, "2026-10-08T08:00", {}, cal)).toMatchObject({ status: "due-today", hoursLeft: 16 });
  });
  it("a fixed date on a Sunday (5月底): Friday 5-29 is the last chance, so it is due-today from then", () => {
    const may = computeDeadline({ start: "2026-02-24", period: parseDueText("5月底", 2026) }, cal);
    expect(remaining(may, "2026-05-28T10:00", { warnAt: [] }, cal)).toMatchObject({
      status: "due-soon",
      workdaysLeft: 1,
    });
    expect(remaining(may, "2026-05-29T10:00", {}, cal)).toMatchObject({ status: "due-today", workdaysLeft: 0 });
    expect(remaining(may, "2026-05-30T10:00", {}, cal)).toMatchObject({ status: "due-today" });
    expect(remaining(may, "2026-06-01T10:00", {}, cal)).toMatchObject({
      status: "overdue",
      overdueWorkdays: 1,
      overdueHours: 10,
    });
  });
  it("while paused the clock is stopped: status ok, figures frozen at the pause", () => {
    const p = computeDeadline(
      {
        start: "2026-03-02T09:00",
        period: { unit: "workday", amount: 5 },
        pauses: [{ from: "2026-03-04T10:00", reason: "等待补正材料" }],
      },
      cal,
    );
    const r = remaining(p, "2026-04-20T10:00", {}, cal);
    expect(r).toMatchObject({ status: "ok", paused: true, workdaysLeft: 3, overdueWorkdays: 0 });
  });
  it("is provisional when the time left runs through an unpublished year", () => {
    const x = computeDeadline({ start: "2026-12-24", period: { unit: "workday", amount: 10 } }, cal);
    expect(remaining(x, "2026-12-28T10:00", {}, cal)).toMatchObject({ provisional: true, workdaysLeft: 8 }); // 12-29 12-30 12-31 1-4 … 1-8;
  });
  it("rejects bad input with the field name", () => {
    expect(() => at("2026-02-30T10:00")).toThrow(/now: .*not a real date/);
    expect(() => at("2026-02-26T10:00", [75])).toThrow(PeriodError);
    expect(() => at("2026-02-26T10:00", [75])).toThrow(/warnAt\[0\]: expected a fraction/);
  });
});
