// The condition language: each operator, compile-time errors, message templates.
import { describe, expect, it } from "vitest";
import {
  type CondContext,
  ConditionCompileError,
  compareTemporal,
  compileCondition,
  compileTemplate,
  conditionFields,
  isBlankReason,
  monthsBetween,
} from "../../../shared/rules/condition.ts";
import type { Condition } from "../../../shared/rules/schema.ts";

const ctx = (facts: Record<string, unknown>, extra: Partial<CondContext> = {}): CondContext => ({
  facts,
  rows: {},
  now: "2026-03-20T09:00:00+08:00",
  overdue: false,
  ...extra,
});
const t = (c: Condition, facts: Record<string, unknown>, extra: Partial<CondContext> = {}) =>
  compileCondition(c, { aliases: new Set(["row"]) })(ctx(facts, extra));

describe("operators", () => {
  it("all / any / not / true", () => {
    expect(t({ all: [{ present: "a" }, { present: "b" }] }, { a: 1, b: 2 })).toBe(true);
    expect(t({ all: [{ present: "a" }, { present: "b" }, { present: "c" }] }, { a: 1, b: 2 })).toBe(false);
    expect(t({ any: [{ present: "a" }, { present: "b" }] }, { b: 2 })).toBe(true);
    expect(t({ any: [] }, {})).toBe(false);
    expect(t({ not: { present: "a" } }, {})).toBe(true);
    expect(t({ true: true }, {})).toBe(true);
  });
  it("present / empty / missingAny treat '', null and [] as empty", () => {
    for (const v of [undefined, null, "", []]) {
      expect(t({ empty: "a" }, { a: v })).toBe(true);
      expect(t({ present: "a" }, { a: v })).toBe(false);
    }
    expect(t({ present: "a" }, { a: 0 })).toBe(true);
    expect(t({ present: "a" }, { a: false })).toBe(true);
    expect(t({ missingAny: ["a", "b"] }, { a: 1 })).toBe(true);
    expect(t({ missingAny: ["a", "b"] }, { a: 1, b: "x" })).toBe(false);
  });
  it("eq / ne / in with literals and fields; facts.x and row.col paths", () => {
    expect(t({ eq: ["a", "x"] }, { a: "x" })).toBe(true);
    expect(t({ eq: ["facts.a", { field: "b" }] }, { a: 3, b: 3 })).toBe(true);
    expect(t({ ne: ["a", "x"] }, { a: "y" })).toBe(true);
    expect(t({ ne: ["a", "x"] }, {})).toBe(true);
    expect(t({ in: ["a", ["x", "y"]] }, { a: "y" })).toBe(true);
    expect(t({ in: ["a", ["x", "y"]] }, { a: ["z", "x"] })).toBe(true);
    expect(t({ in: ["a", ["x"]] }, { a: "z" })).toBe(false);
    expect(t({ eq: ["row.kind", "暂停实施"] }, {}, { rows: { row: { kind: "暂停实施" } } })).toBe(true);
  });
  it("lt / lte / gt / gte on numbers and dates; mismatched types are false", () => {
    expect(t({ lt: ["a", 3] }, { a: 2 })).toBe(true);
    expect(t({ lte: ["a", 3] }, { a: 3 })).toBe(true);
    expect(t({ gt: ["a", { field: "b" }] }, { a: 5, b: 4 })).toBe(true);
    expect(t({ gte: ["a", 3] }, { a: 2 })).toBe(false);
    expect(t({ lt: ["a", 3] }, { a: "2" })).toBe(false);
    expect(t({ lt: ["a", 3] }, {})).toBe(false);
    expect(t({ lt: ["a", "2026-03-02"] }, { a: "2026-03-01T23:00:00+08:00" })).toBe(true);
  });
  it("before / after: fields, now, due (by day for bare days, by instant otherwise), literal dates", () => {
    const due = { dueDay: "2026-03-03", dueAt: "2026-03-03T23:59:59+08:00" };
    expect(t({ after: ["d", "due"] }, { d: "2026-03-04" }, due)).toBe(true);
    expect(t({ after: ["d", "due"] }, { d: "2026-03-03" }, due)).toBe(false);
    expect(t({ after: ["d", "due"] }, { d: "2026-03-03T23:59:59+08:00" }, due)).toBe(false);
    expect(t({ after: ["d", "due"] }, { d: "2026-03-04T00:00:00+08:00" }, due)).toBe(true);
    expect(t({ before: ["due", "d"] }, { d: "2026-03-04" }, due)).toBe(true);
    expect(t({ before: ["d", "now"] }, { d: "2026-03-19" })).toBe(true);
    expect(t({ after: ["d", "2020-12-31"] }, { d: "2021-01-01" })).toBe(true);
    expect(t({ after: ["d", "2020-12-31"] }, { d: "2020-12-31T18:00:00+08:00" })).toBe(false);
    expect(t({ after: ["d", "e"] }, { d: "2026-03-04" })).toBe(false);
  });
  it("overdue reads the rule's deadline state", () => {
    expect(t({ overdue: true }, {}, { overdue: true })).toBe(true);
    expect(t({ overdue: true }, {})).toBe(false);
  });
  it("blankReason: blank or stock phrases", () => {
    for (const v of [undefined, "", "  ", "无", "不同意。", "不符合条件", "驳回", "N/A", "x"])
      expect(isBlankReason(v), String(v)).toBe(true);
    for (const v of ["申请用途超出目录列明的共享范围", "涉密"]) expect(isBlankReason(v), v).toBe(false);
    expect(t({ blankReason: "r" }, { r: "其他" })).toBe(true);
  });
  it("matches / contains", () => {
    expect(t({ matches: ["a", "^第.+条$"] }, { a: "第二十七条" })).toBe(true);
    expect(t({ matches: ["a", "^x"] }, {})).toBe(false);
    expect(t({ contains: ["a", "应用 成效"] }, { a: ["应用场景", "应用成效"] })).toBe(true);
    expect(t({ contains: ["a", "销毁"] }, { a: "存储情况" })).toBe(false);
  });
  it("daysBetween / monthsSince", () => {
    expect(t({ daysBetween: ["a", "now", "gte", 19] }, { a: "2026-03-01" })).toBe(true);
    expect(t({ daysBetween: ["a", "now", "gt", 19] }, { a: "2026-03-01" })).toBe(false);
    expect(t({ daysBetween: ["now", "2026-04-01", "lte", 12] }, {})).toBe(true);
    expect(t({ monthsSince: ["a", "gte", 3] }, { a: "2025-12-20" })).toBe(true);
    expect(t({ monthsSince: ["a", "gte", 3] }, { a: "2025-12-21" })).toBe(false);
    expect(monthsBetween("2026-01-31", "2026-02-28")).toBe(1); // 民法典 202: no 31st → last day
    expect(monthsBetween("2026-01-31", "2026-02-27")).toBe(0);
  });
  it("monthsBetween two fields (民法典 202 counting); absent or non-date sides are false", () => {
    expect(t({ monthsBetween: ["a", "b", "lt", 60] }, { a: "2020-03-05", b: "2025-03-04" })).toBe(true);
    expect(t({ monthsBetween: ["a", "b", "lt", 60] }, { a: "2020-03-05", b: "2025-03-05" })).toBe(false);
    expect(t({ monthsBetween: ["a", "b", "gte", 60] }, { a: "2020-02-29", b: "2025-02-28" })).toBe(true);
    expect(t({ monthsBetween: ["a", "now", "gte", 3] }, { a: "2025-12-20" })).toBe(true);
    expect(t({ monthsBetween: ["a", "b", "lt", 60] }, { a: "2020-03-05" })).toBe(false);
    expect(t({ monthsBetween: ["a", "b", "lt", 60] }, { a: "2020-03-05", b: 12 })).toBe(false);
  });
});

describe("compile-time errors name the problem", () => {
  const env = { fields: new Set(["receivedAt", "reason"]), aliases: new Set(["row"]), where: "rule r1" };
  it("unknown fact field", () => {
    expect(() => compileCondition({ present: "recievedAt" }, env)).toThrow(/rule r1: unknown fact field "recievedAt"/);
  });
  it("unknown path head", () => {
    expect(() => compileCondition({ present: "task.due" }, env)).toThrow(ConditionCompileError);
  });
  it("unknown operator and malformed objects", () => {
    expect(() => compileCondition({ nope: 1 } as unknown as Condition, env)).toThrow(/unknown operator "nope"/);
    expect(() => compileCondition({ present: "reason", empty: "reason" } as unknown as Condition, env)).toThrow(
      /exactly one operator/,
    );
  });
  it("bad regex", () => {
    expect(() => compileCondition({ matches: ["reason", "("] }, env)).toThrow(/invalid regex/);
  });
});

describe("templates", () => {
  it("fills {field}, {facts.x}, {row.col}, {due}; a missing value renders as —; lists join with 、", () => {
    const tpl = compileTemplate("{a}|{facts.b}|{row.c}|{due}|{z}|{l}", { aliases: new Set(["row"]) });
    expect(tpl(ctx({ a: 1, b: "x", l: ["甲", "乙"] }, { rows: { row: { c: "C" } }, dueDay: "2026-03-03" }))).toBe(
      "1|x|C|2026-03-03|—|甲、乙",
    );
  });
  it("static text is returned as is", () => {
    expect(compileTemplate("无占位符", {})(ctx({}))).toBe("无占位符");
  });
});

describe("helpers", () => {
  it("compareTemporal compares by day when either side is a bare day", () => {
    expect(compareTemporal("2026-03-03", "2026-03-03T23:59:59+08:00")).toBe(0);
    expect(compareTemporal("2026-03-03T10:00:00+08:00", "2026-03-03T09:00:00+08:00")).toBe(1);
    expect(Number.isNaN(compareTemporal(3, "2026-03-03"))).toBe(true);
  });
  it("conditionFields lists the fact fields a condition reads", () => {
    expect(
      [
        ...conditionFields({ all: [{ eq: ["a", { field: "b" }] }, { after: ["c", "now"] }, { present: "row.x" }] }),
      ].sort(),
    ).toEqual(["a", "b", "c"]);
  });
});
