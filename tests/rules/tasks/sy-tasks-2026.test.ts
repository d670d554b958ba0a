// 双政发〔2026〕3号 through the real evaluator, the real working-day calendar and the bundled packs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../shared/evaluate/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { syTasks2026 } from "../../../shared/rules/packs/sy-tasks-2026.ts";
import { parseRulePack, type RulePack } from "../../../shared/rules/schema.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const source = readFileSync(join(root, "shared/sources/seed-000-sy-gazette-2026-1.txt"), "utf8");
const squash = (s: string) => s.replace(/\s+/g, "");

const run = (facts: Record<string, unknown>, now: string, packs?: RulePack[]) =>
  evaluate({ kind: "supervision-task", facts, now }, packs ? { packs } : undefined);
const ours = <T extends { ruleId: string }>(xs: T[]) => xs.filter((x) => x.ruleId.startsWith("sy-tasks-"));
const texts = (r: ReturnType<typeof run>) => ours(r.findings).map((f) => `${f.message.zh} ${f.message.en}`);

describe("sy-tasks-2026 pack: data integrity", () => {
  it("is a valid pack, registered in allPacks(), with 200 + 20 task rows", () => {
    expect(parseRulePack(syTasks2026)).toBeTruthy();
    expect(allPacks().map((p) => p.id)).toContain("sy-tasks-2026");
    const rows = syTasks2026.tables?.tasks ?? [];
    expect(rows.filter((r) => r.list === "work-report")).toHaveLength(200);
    expect(rows.filter((r) => r.list === "livelihood")).toHaveLength(20);
    for (const r of rows) {
      expect(r.dueDate === null || /^2026-\d\d-\d\d$/.test(String(r.dueDate))).toBe(true);
      expect(String(r.hostUnits).length).toBeGreaterThan(0);
    }
  });

  it("every quote of the pack appears verbatim in the gazette text (whitespace-insensitive)", () => {
    const flat = squash(source);
    const quotes = syTasks2026.rules.flatMap((r) => [r.citation, ...(r.checks ?? []).map((c) => c.citation)]);
    for (const c of quotes) {
      if (!c?.quote) continue;
      expect(c.docNo).toBe("双政发〔2026〕3号");
      expect(flat.includes(squash(c.quote)), c.quote).toBe(true);
    }
    expect(quotes.filter((c) => c?.quote).length).toBeGreaterThanOrEqual(5);
  });
});

describe("sy-tasks-2026 through evaluate()", () => {
  it("flags an open task after its 月底 as overdue (work-report 50, 5月底 = Sunday 2026-05-31, not moved)", () => {
    const r = run({ list: "work-report", taskNo: 50 }, "2026-06-03T09:00:00+08:00");
    const d = ours(r.deadlines);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ruleId: "sy-tasks-work-report-due", due: "2026-05-31", status: "overdue" });
    expect(d[0].met).not.toBe(true);
    const v = ours(r.findings).filter((f) => f.severity === "violation");
    expect(v).toHaveLength(1);
    expect(v[0].ruleId).toBe("sy-tasks-work-report-due");
    expect(v[0].citation.docNo).toBe("双政发〔2026〕3号");
  });

  it("the same task before its due date is not overdue, and 10月底 stays on Saturday 2026-10-31", () => {
    const early = run({ list: "work-report", taskNo: 50 }, "2026-03-02T09:00:00+08:00");
    expect(ours(early.deadlines)[0].status).not.toBe("overdue");
    expect(ours(early.findings).filter((f) => f.severity === "violation")).toHaveLength(0);
    const oct = run({ list: "work-report", taskNo: 31 }, "2026-03-02T09:00:00+08:00");
    expect(ours(oct.deadlines)[0].due).toBe("2026-10-31");
  });

  it("flags a task due within 30 days as due soon, naming the host and lead (work-report 11, 11月底)", () => {
    const r = run({ list: "work-report", taskNo: 11 }, "2026-11-10T10:00:00+08:00");
    const soon = ours(r.findings).filter((f) => f.checkId === "due-soon");
    expect(soon).toHaveLength(1);
    expect(soon[0].severity).toBe("warning");
    expect(soon[0].message.zh).toContain("2026-11-30");
    expect(soon[0].message.zh).toContain("市人力资源社会保障局");
    expect(soon[0].message.zh).toContain("姜明");
    expect(ours(r.deadlines)[0]).toMatchObject({ due: "2026-11-30" });
    // 90 days ahead: no due-soon warning.
    const far = run({ list: "work-report", taskNo: 11 }, "2026-09-01T10:00:00+08:00");
    expect(ours(far.findings).filter((f) => f.checkId === "due-soon")).toHaveLength(0);
    // Completed: no due-soon warning either.
    const done = run(
      { list: "work-report", taskNo: 11, completedAt: "2026-11-05", feedbackAt: "2026-11-06" },
      "2026-11-10T10:00:00+08:00",
    );
    expect(ours(done.findings).filter((f) => f.checkId === "due-soon")).toHaveLength(0);
  });

  it("a task completed on time is met and raises nothing (work-report 1, 12月底)", () => {
    const r = run(
      { list: "work-report", taskNo: 1, completedAt: "2026-12-20", feedbackAt: "2026-12-21" },
      "2027-01-05T09:00:00+08:00",
    );
    const d = ours(r.deadlines);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ due: "2026-12-31", met: true });
    expect(ours(r.findings).filter((f) => f.severity !== "info")).toHaveLength(0);
  });

  it("a task completed after its due date is a violation (work-report 19, 7月底)", () => {
    const r = run(
      { list: "work-report", taskNo: 19, completedAt: "2026-08-05", feedbackAt: "2026-08-05" },
      "2026-08-10T09:00:00+08:00",
    );
    const d = ours(r.deadlines);
    expect(d[0]).toMatchObject({ due: "2026-07-31", met: false });
    const v = ours(r.findings).filter((f) => f.severity === "violation");
    expect(v).toHaveLength(1);
    expect(v[0].ruleId).toBe("sy-tasks-work-report-due");
  });

  it("a livelihood project given in Chinese portal values binds its row and shows lead, host and co-units", () => {
    const r = run({ list: "民生实事", taskNo: "5" }, "2026-03-02T09:00:00+08:00");
    const d = ours(r.deadlines);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ruleId: "sy-tasks-livelihood-due", due: "2026-12-31" });
    expect(d[0].citation.article).toBe("附件2");
    const all = [...texts(r), ...ours(r.deadlines).map((x) => `${x.label.zh} ${x.label.en}`)].join("\n");
    expect(all).toContain("完成3480户棚户区居民回迁安置。");
    expect(all).toContain("张云海");
    expect(all).toContain("市采煤沉陷区综合治理服务中心");
    expect(all).toContain("尖山区人民政府、岭东区人民政府、四方台区人民政府、宝山区人民政府");
  });

  it("portal spellings of the list and full-width task numbers bind the same row", () => {
    for (const facts of [
      { list: "附件 1", taskNo: "２７" },
      { list: "政府工作报告", taskNo: 27 },
      { list: "work-report", taskNo: " 27 " },
    ]) {
      const r = run(facts, "2026-03-02T09:00:00+08:00");
      expect(ours(r.deadlines).map((d) => d.label.zh)).toEqual(["重点工作第27项 完成时限（12月底）"]);
      // the repaired text (OCR " etc " → 等, wr27-etc) is what the clerk sees
      expect(texts(r).join("\n")).toContain("家政服务等数智融合消费新场景");
    }
  });

  it("the assignment hint quotes the task text and the responsible units (work-report 197, two hosts)", () => {
    const r = run({ list: "work-report", taskNo: 197 }, "2026-03-02T09:00:00+08:00");
    const all = texts(r).join("\n");
    expect(all).toContain("各位分管市领导");
    expect(all).toContain("各县(区)人民政府、市政府各部门");
    expect(squash(all)).toContain(squash("始终把坚定拥护“两个确立”、坚决做到“两个维护”作为最高政治原则"));
  });

  it("an unknown task number is a warning on taskNo, with no deadline", () => {
    for (const facts of [
      { list: "work-report", taskNo: 201 },
      { list: "livelihood", taskNo: 21 },
    ]) {
      const r = run(facts, "2026-03-02T09:00:00+08:00");
      expect(ours(r.deadlines)).toHaveLength(0);
      const w = ours(r.findings);
      expect(w).toHaveLength(1);
      expect(w[0]).toMatchObject({ ruleId: "sy-tasks-assignment", severity: "warning", field: "taskNo" });
      expect(w[0].message.zh).toContain(String(facts.taskNo));
    }
  });

  it("a task number that is not a number, or a missing list, is a clear error naming the field", () => {
    expect(() => run({ list: "work-report", taskNo: "第几项" }, "2026-03-02T09:00:00+08:00")).toThrowError(/taskNo/);
    expect(() => run({ taskNo: 3 }, "2026-03-02T09:00:00+08:00")).toThrowError(/list/);
  });

  it("a completed task without any feedback to the 督查督办 system gets a reminder; with feedback it does not", () => {
    const now = "2026-12-28T09:00:00+08:00";
    const without = run({ list: "work-report", taskNo: 2, completedAt: "2026-12-20" }, now);
    const f = ours(without.findings).filter((x) => x.checkId === "completed-without-feedback");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", field: "feedbackAt" });
    expect(f[0].citation.quote).toContain("督查督办系统");
    const withFb = run({ list: "work-report", taskNo: 2, completedAt: "2026-12-20", feedbackAt: "2026-12-22" }, now);
    expect(ours(withFb.findings).filter((x) => x.checkId === "completed-without-feedback")).toHaveLength(0);
  });

  it("a completion date in the future is flagged for checking", () => {
    const r = run(
      { list: "work-report", taskNo: 2, completedAt: "2026-12-20", feedbackAt: "2026-12-20" },
      "2026-06-01",
    );
    expect(ours(r.findings).filter((x) => x.checkId === "completed-in-future")).toHaveLength(1);
  });

  it("a task whose due is 持续推进 gets an explicit no-fixed-date note and no counter", () => {
    // The document has no such task; the same pack with one row changed the way the parser writes 持续推进.
    const rows = (syTasks2026.tables?.tasks ?? []).map((r) =>
      r.list === "work-report" && r.taskNo === 15
        ? { ...r, dueText: "持续推进", dueKind: "ongoing", dueDate: null }
        : r,
    );
    const pack: RulePack = { ...syTasks2026, tables: { tasks: rows } };
    const r = run({ list: "work-report", taskNo: 15 }, "2026-03-02T09:00:00+08:00", [pack]);
    expect(ours(r.deadlines)).toHaveLength(0);
    const info = ours(r.findings).filter((x) => x.checkId === "no-fixed-date");
    expect(info).toHaveLength(1);
    expect(info[0].severity).toBe("info");
    expect(info[0].message.zh).toContain("持续推进");
    // An ordinary row of the same pack still gets its counter and no such note.
    const other = run({ list: "work-report", taskNo: 14 }, "2026-03-02T09:00:00+08:00", [pack]);
    expect(ours(other.deadlines)).toHaveLength(1);
    expect(ours(other.findings).filter((x) => x.checkId === "no-fixed-date")).toHaveLength(0);
  });
});
