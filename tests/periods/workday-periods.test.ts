// 工作日 periods (行政许可法 第八十二条 and the seeds' "N个工作日"), on the national 2026 calendar.
import { describe, expect, it } from "vitest";
import { createCalendar } from "../../shared/calendar/index.ts";
import {
  CIVIL_CODE_201,
  CIVIL_CODE_203_CUTOFF,
  computeDeadline,
  HOLIDAY_MEASURES_2,
  LICENSING_LAW_82,
} from "../../shared/periods/index.ts";

const cal = createCalendar();
const wd = (start: string, amount: number) => computeDeadline({ start, period: { unit: "workday", amount } }, cal);

describe("the issue's must-hold examples", () => {
  it("received 2026-09-30 15:00 + 1 working day → 2026-10-08 (国庆 10-01…10-07)", () => {
    const d = wd("2026-09-30T15:00:00+08:00", 1);
    expect(d.start).toBe("2026-09-30");
    expect(d.due).toBe("2026-10-08");
    expect(d.dueAt).toBe("2026-10-08T23:59:59+08:00");
    expect(d.startAt).toBe("2026-09-30T15:00:00+08:00");
    expect(d.provisional).toBe(false);
    expect(d.provisionalReasons).toEqual([]);
    expect(d.citations).toEqual([CIVIL_CODE_201, LICENSING_LAW_82, CIVIL_CODE_203_CUTOFF]);
  });
  it("2026-02-12 + 5 working days → 2026-02-26 (2-14 调休 Saturday counts; 春节 2-15…2-23 does not)", () => {
    expect(wd("2026-02-12", 5).due).toBe("2026-02-26");
  });
  it("2026-04-30 + 5 working days → 2026-05-11 (5月9日 is a make-up working day)", () => {
    expect(wd("2026-04-30", 5).due).toBe("2026-05-11");
  });
  it("2026-01-01 + 3 working days → 2026-01-06 (received on a holiday; 1-4 Sunday is a make-up day)", () => {
    expect(wd("2026-01-01", 3).due).toBe("2026-01-06");
  });
});

describe("双政办规〔2026〕1号 time limits", () => {
  it("第十三条: 目录 update within 10 working days of the change (change on 4-30 → 5-18)", () => {
    // 5-1…5-5 劳动节; 5-6(1) 7 8 9(调休 Sat) 11 12 13 14 15 18(10)
    expect(wd("2026-04-30", 10).due).toBe("2026-05-18");
  });
  it("第十三条: 主管部门 review within 2 working days (received Fri 2-13 → 2-14 调休, 2-24)", () => {
    expect(wd("2026-02-13T16:40", 2).due).toBe("2026-02-24");
  });
  it("第二十七条（二）: 有条件共享 review within 1 working day (received Fri 3-13 → Mon 3-16)", () => {
    expect(wd("2026-03-13T11:00", 1).due).toBe("2026-03-16");
  });
  it("第二十八条: 校核 within 5 working days across 端午 (received 6-18 → 6-26)", () => {
    // 6-19…6-21 端午; 6-22(1) … 6-26(5)
    expect(wd("2026-06-18T09:30", 5).due).toBe("2026-06-26");
  });
  it("第三十二条: demand review within 3 working days across 中秋 (received 9-24 → 9-30)", () => {
    expect(wd("2026-09-24", 3).due).toBe("2026-09-30");
  });
  it("第三十二条: catalogue + mounting within 10 working days across 国庆 (9-28 → 10-16, 10-10 调休 counts)", () => {
    // 9-29(1) 9-30(2) 10-8(3) 10-9(4) 10-10(5, 调休 Sat) 10-12 … 10-16(10)
    expect(wd("2026-09-28", 10).due).toBe("2026-10-16");
  });
  it("第三十九条: answer within 5 working days; a request received on a Saturday starts counting Monday", () => {
    expect(wd("2026-03-07T10:00", 5).due).toBe("2026-03-13");
    expect(wd("2026-03-08T23:59", 5).due).toBe("2026-03-13");
  });
});

describe("start days", () => {
  it("a request received on a 调休 Saturday: that day is not counted (5-9 + 5 → 5-15)", () => {
    expect(cal.day("2026-05-09").makeupWorkday).toBe(true);
    expect(wd("2026-05-09T14:00", 5).due).toBe("2026-05-15");
  });
  it("a request received on a holiday starts counting after the holiday (10-03 + 1 → 10-08)", () => {
    expect(wd("2026-10-03", 1).due).toBe("2026-10-08");
  });
  it("the start instant is taken in Beijing time: 2026-09-30 20:00 UTC is already 10-01 in Beijing", () => {
    const d = wd("2026-09-30T20:00:00Z", 1);
    expect(d.start).toBe("2026-10-01");
    expect(d.due).toBe("2026-10-08");
    expect(wd("2026-09-29T20:00:00Z", 1).due).toBe("2026-10-08"); // 9-30 04:00 Beijing
    expect(wd("2026-09-29T15:00:00Z", 1).due).toBe("2026-09-30"); // 9-29 23:00 Beijing
  });
});

describe("periods crossing into 2027 (no published arrangement)", () => {
  it("are provisional, say why and cite the 2024 holiday measures", () => {
    // 12-25(1) 28 29 30 31(5); 2027-01-01 元旦 (derived); 1-4(6) … 1-8(10)
    const d = wd("2026-12-24", 10);
    expect(d.due).toBe("2027-01-08");
    expect(d.provisional).toBe(true);
    expect(d.provisionalReasons).toEqual(["2027 年放假安排尚未发布"]);
    expect(d.citations).toContain(HOLIDAY_MEASURES_2);
  });
  it("skip the derived 春节 days of 2027 (除夕 2-5 … 初三 2-8)", () => {
    expect(wd("2027-02-04", 1)).toMatchObject({ due: "2027-02-09", provisional: true });
  });
  it("stop being provisional once the year is loaded", () => {
    const c = createCalendar([
      {
        year: 2027,
        source: "test",
        holidays: [{ date: "2027-01-01", name: "元旦" }],
        makeupWorkdays: [{ date: "2027-01-02", name: "元旦" }],
      },
    ]);
    const d = computeDeadline({ start: "2026-12-24", period: { unit: "workday", amount: 10 } }, c);
    expect(d).toMatchObject({ due: "2027-01-07", provisional: false, provisionalReasons: [] });
  });
});
