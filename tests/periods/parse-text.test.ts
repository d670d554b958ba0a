import { describe, expect, it } from "vitest";
import { PeriodError, parseDueText, parseNumber, parsePeriodText } from "../../shared/periods/index.ts";

describe("parsePeriodText", () => {
  it("reads the seeds' phrasing", () => {
    expect(parsePeriodText("5个工作日")).toEqual({ unit: "workday", amount: 5 });
    expect(parsePeriodText("自收到申请之日起5个工作日内予以答复")).toEqual({ unit: "workday", amount: 5 });
    expect(parsePeriodText("自收到数据使用申请的1个工作日内完成审核")).toEqual({ unit: "workday", amount: 1 });
    expect(parsePeriodText("二十个工作日")).toEqual({ unit: "workday", amount: 20 });
    expect(parsePeriodText("十五日")).toEqual({ unit: "day", amount: 15 });
    expect(parsePeriodText("10日")).toEqual({ unit: "day", amount: 10 });
    expect(parsePeriodText("７天")).toEqual({ unit: "day", amount: 7 });
    expect(parsePeriodText("3个月")).toEqual({ unit: "month", amount: 3 });
    expect(parsePeriodText("数据3个月未调用")).toEqual({ unit: "month", amount: 3 });
    expect(parsePeriodText("2年")).toEqual({ unit: "year", amount: 2 });
    expect(parsePeriodText("有效期2年")).toEqual({ unit: "year", amount: 2 });
    expect(parsePeriodText("两周")).toEqual({ unit: "day", amount: 14 });
    expect(parsePeriodText("半年")).toEqual({ unit: "month", amount: 6 });
  });
  it("rejects text without a period", () => {
    expect(() => parsePeriodText("尽快")).toThrow(PeriodError);
    expect(() => parsePeriodText("尽快")).toThrow(/text: no period found in "尽快"/);
    expect(() => parsePeriodText("")).toThrow(/text: expected a period/);
    expect(() => parsePeriodText("0个工作日")).toThrow(/not a positive whole number/);
  });
  it("reads Chinese numerals", () => {
    expect(parseNumber("十")).toBe(10);
    expect(parseNumber("十二")).toBe(12);
    expect(parseNumber("二十")).toBe(20);
    expect(parseNumber("一百二十")).toBe(120);
    expect(parseNumber("二〇二六")).toBe(2026);
    expect(parseNumber("x")).toBeUndefined();
  });
});

describe("parseDueText", () => {
  const date = (d: string) => ({ unit: "date", date: d, rollOver: false });
  it("reads month ends and dates from task lists", () => {
    expect(parseDueText("12月底", 2026)).toEqual(date("2026-12-31"));
    expect(parseDueText("5月底", 2026)).toEqual(date("2026-05-31"));
    expect(parseDueText("2月底", 2028)).toEqual(date("2028-02-29"));
    expect(parseDueText("2026年6月底前", 2025)).toEqual(date("2026-06-30"));
    expect(parseDueText("6月30日前", 2026)).toEqual(date("2026-06-30"));
    expect(parseDueText("十月底", 2026)).toEqual(date("2026-10-31"));
    expect(parseDueText("2026年9月", 2026)).toEqual(date("2026-09-30"));
    expect(parseDueText("年底前", 2026)).toEqual(date("2026-12-31"));
    expect(parseDueText("三季度末", 2026)).toEqual(date("2026-09-30"));
    expect(parseDueText("上半年", 2026)).toEqual(date("2026-06-30"));
    expect(parseDueText("6月中旬", 2026)).toEqual(date("2026-06-20"));
  });
  it("rejects impossible or missing dates", () => {
    expect(() => parseDueText("2月30日前", 2026)).toThrow(/not a real date: 2026年2月 has 28 days/);
    expect(() => parseDueText("13月底", 2026)).toThrow(/not a month/);
    expect(() => parseDueText("长期坚持", 2026)).toThrow(/text: no fixed date found/);
    expect(() => parseDueText("12月底", 26)).toThrow(/year: expected a four-digit year/);
  });
});
