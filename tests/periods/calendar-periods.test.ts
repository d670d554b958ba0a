// 民法典 第二百零一至二百零三条: day/month/year periods, month ends, holiday roll-over, cut-off; pauses and
// extensions; fixed dates from task lists.
import { describe, expect, it } from "vitest";
import { createCalendar } from "../../shared/calendar/index.ts";
import {
  CIVIL_CODE_201,
  CIVIL_CODE_202,
  CIVIL_CODE_203_CUTOFF,
  CIVIL_CODE_203_HOLIDAY,
  computeDeadline,
  type DeadlineInput,
  FIXED_DATE_DECISION,
  LICENSING_LAW_42,
  LICENSING_LAW_45,
  parseDueText,
} from "../../shared/periods/index.ts";

const cal = createCalendar();
const due = (input: DeadlineInput) => computeDeadline(input, cal);

describe("民法典 第二百零二条: months and years", () => {
  it("end on the corresponding day, or the month's last day where there is none", () => {
    const d = due({ start: "2026-08-31", period: { unit: "month", amount: 3 } });
    expect(d.due).toBe("2026-11-30");
    expect(d.citations).toEqual([CIVIL_CODE_201, CIVIL_CODE_202, CIVIL_CODE_203_CUTOFF]);
    expect(due({ start: "2024-02-29", period: { unit: "year", amount: 1 } }).due).toBe("2025-02-28");
    // 第三十一条: 数据3个月未调用 — last call 7-15 → idle from 10-15
    expect(due({ start: "2026-07-15", period: { unit: "month", amount: 3 } }).due).toBe("2026-10-15");
  });
  it("a month end on a 调休 working Saturday does not move (1-31 + 1 month → Sat 2-28, a make-up day)", () => {
    const d = due({ start: "2026-01-31", period: { unit: "month", amount: 1 } });
    expect(d.due).toBe("2026-02-28");
    expect(d.citations).not.toContain(CIVIL_CODE_203_HOLIDAY);
  });
  it("第七十八条 有效期2年: from 2026-02-11 to 2028-02-11, provisional (2027, 2028 unpublished)", () => {
    const d = due({ start: "2026-02-11", period: { unit: "year", amount: 2 } });
    expect(d.due).toBe("2028-02-11");
    expect(d.provisionalReasons).toEqual(["2027 年放假安排尚未发布", "2028 年放假安排尚未发布"]);
  });
});

describe("民法典 第二百零三条: last day on a rest day, cut-off", () => {
  it("a month period ending on 国庆 ends the day after the holiday (9-01 + 1 month → 10-08)", () => {
    const d = due({ start: "2026-09-01", period: { unit: "month", amount: 1 } });
    expect(d.due).toBe("2026-10-08");
    expect(d.citations).toContain(CIVIL_CODE_203_HOLIDAY);
  });
  it("a day period ending on a holiday or weekend rolls to the next working day", () => {
    expect(due({ start: "2026-09-24", period: { unit: "day", amount: 10 } }).due).toBe("2026-10-08");
    expect(due({ start: "2026-03-04", period: { unit: "day", amount: 10 } }).due).toBe("2026-03-16");
    expect(due({ start: "2026-09-20", period: { unit: "day", amount: 10 } }).due).toBe("2026-09-30");
  });
  it("rolls over into a provisional year (2027-01-31 + 1 month → Sun 2-28 → Mon 3-01)", () => {
    const d = due({ start: "2027-01-31", period: { unit: "month", amount: 1 } });
    expect(d).toMatchObject({ due: "2027-03-01", provisional: true });
  });
  it("the cut-off is 24:00 unless business hours end earlier", () => {
    expect(due({ start: "2026-03-02", period: { unit: "day", amount: 3 } }).dueAt).toBe("2026-03-05T23:59:59+08:00");
    expect(due({ start: "2026-03-02", period: { unit: "day", amount: 3 }, cutoff: "17:00" }).dueAt).toBe(
      "2026-03-05T17:00:00+08:00",
    );
  });
});

describe("pauses (行政许可法 第四十五条) and extensions (第四十二条)", () => {
  const base: DeadlineInput = { start: "2026-03-02T09:00", period: { unit: "workday", amount: 5 } };
  it("without a pause: 3-02 + 5 working days → 3-09", () => {
    expect(due(base).due).toBe("2026-03-09");
  });
  it("expert review 3-04 → 3-10: 3-05, 3-06, 3-09, 3-10 are not counted → 3-13", () => {
    const d = due({ ...base, pauses: [{ from: "2026-03-04T10:00", to: "2026-03-10T09:00", reason: "专家评审" }] });
    expect(d).toMatchObject({ due: "2026-03-13", excludedDays: 4, paused: false });
    expect(d.citations).toContain(LICENSING_LAW_45);
  });
  it("an open pause stops the clock: due shown as if resumed now, with the working days that were left", () => {
    const d = due({ ...base, pauses: [{ from: "2026-03-04T10:00", reason: "等待补正材料" }] });
    expect(d).toMatchObject({ due: "2026-03-09", paused: true, frozenLeft: 3, pausedAt: "2026-03-04T10:00:00+08:00" });
    expect(d.notes[0]?.zh).toMatch(/暂停中（等待补正材料）/);
  });
  it("overlapping pauses are joined; separate pauses add up", () => {
    const overlapping = due({
      ...base,
      pauses: [
        { from: "2026-03-05T09:00", to: "2026-03-10T09:00", reason: "检测" },
        { from: "2026-03-04T10:00", to: "2026-03-06T09:00", reason: "听证" },
      ],
    });
    expect(overlapping).toMatchObject({ due: "2026-03-13", excludedDays: 4 });
    const separate = due({
      ...base,
      pauses: [
        { from: "2026-03-03T10:00", to: "2026-03-04T09:00", reason: "听证" },
        { from: "2026-03-05T10:00", to: "2026-03-06T09:00", reason: "检测" },
      ],
    });
    // 3-03(1) [3-04 not counted] 3-05(2) [3-06 not counted] 3-09(3) 3-10(4) 3-11(5)
    expect(separate).toMatchObject({ due: "2026-03-11", excludedDays: 2 });
  });
  it("a pause starting after the period ended changes nothing", () => {
    const d = due({ ...base, pauses: [{ from: "2026-03-12T10:00", to: "2026-03-13T10:00", reason: "鉴定" }] });
    expect(d.due).toBe("2026-03-09");
    expect(d.citations).not.toContain(LICENSING_LAW_45);
  });
  it("pauses in a calendar-day period exclude calendar days, then 第二百零三条 applies", () => {
    const d = due({
      start: "2026-03-02",
      period: { unit: "day", amount: 10 },
      pauses: [{ from: "2026-03-04", to: "2026-03-06", reason: "检验" }],
    });
    expect(d).toMatchObject({ due: "2026-03-16", excludedDays: 2 }); // 3-14 is a Saturday
  });
  it("第四十二条: 20 working days extended by 10 with approval (6-01 → 6-30 → 7-14)", () => {
    const plain = due({ start: "2026-06-01", period: { unit: "workday", amount: 20 } });
    expect(plain.due).toBe("2026-06-30");
    const ext = due({
      start: "2026-06-01",
      period: { unit: "workday", amount: 20 },
      extensions: [{ unit: "workday", amount: 10, reason: "经本行政机关负责人批准延长" }],
    });
    expect(ext.due).toBe("2026-07-14");
    expect(ext.citations).toContain(LICENSING_LAW_42);
    expect(
      due({
        start: "2026-03-02",
        period: { unit: "day", amount: 10 },
        extensions: [{ unit: "day", amount: 5, reason: "延长" }],
      }).due,
    ).toBe("2026-03-17");
  });
});

describe("fixed dates from task lists (双政发〔2026〕3号 完成时限 “<m>月底”)", () => {
  it("5月底 and 10月底 fall on a weekend and do NOT move; the last working day before them is given", () => {
    const may = due({ start: "2026-02-24", period: parseDueText("5月底", 2026) });
    expect(may).toMatchObject({ due: "2026-05-31", lastWorkday: "2026-05-29", dueAt: "2026-05-31T23:59:59+08:00" });
    expect(may.notes).toEqual([FIXED_DATE_DECISION]);
    expect(may.citations).toEqual([CIVIL_CODE_203_CUTOFF]);
    const oct = due({ start: "2026-02-24", period: parseDueText("10月底", 2026) });
    expect(oct).toMatchObject({ due: "2026-10-31", lastWorkday: "2026-10-30" });
  });
  it("rollOver: true applies 第二百零三条 instead", () => {
    expect(due({ start: "2026-02-24", period: { unit: "date", date: "2026-05-31", rollOver: true } }).due).toBe(
      "2026-06-01",
    );
    expect(due({ start: "2026-02-24", period: { unit: "date", date: "2026-10-31", rollOver: true } }).due).toBe(
      "2026-11-02",
    );
  });
  it("12月底 on a working day needs no note", () => {
    const d = due({ start: "2026-02-24", period: parseDueText("12月底", 2026) });
    expect(d).toMatchObject({ due: "2026-12-31", lastWorkday: "2026-12-31", notes: [] });
  });
});
