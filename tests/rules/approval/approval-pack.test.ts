import { describe, expect, it } from "vitest";
import { EvaluationError, evaluate } from "../../../shared/evaluate/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { syApprovalItems2017 } from "../../../shared/rules/packs/sy-approval-items-2017.ts";
import { parseRulePack } from "../../../shared/rules/schema.ts";
import { trackCoverage } from "./coverage.ts";
import { packQuotes, quoteIsVerbatim } from "./quotes.ts";

const NOW = "2026-11-22T10:00:00+08:00";
const cov = trackCoverage([syApprovalItems2017]);
const run = (facts: Record<string, unknown>) => cov.record(evaluate({ kind: "approval-application", facts, now: NOW }));
const fired = (facts: Record<string, unknown>) =>
  run(facts).findings.map((f) => `${f.ruleId}/${f.checkId}:${f.severity}`);

describe("pack sy-approval-items-2017 (双政规〔2017〕7号)", () => {
  it("is a valid, registered pack whose table holds the 36 items with 21/2/8/5 dispositions", () => {
    expect(parseRulePack(JSON.parse(JSON.stringify(syApprovalItems2017)))).toBeTruthy();
    expect(allPacks()).toContain(syApprovalItems2017);
    const rows = syApprovalItems2017.tables?.approvalItems ?? [];
    expect(rows).toHaveLength(36);
    const count = (d: string) => rows.filter((r) => r.disposition === d).length;
    expect([count("retained"), count("delegated"), count("suspended"), count("post-filing")]).toEqual([21, 2, 8, 5]);
  });

  it("every quote is verbatim in the source text", () => {
    const quotes = packQuotes(syApprovalItems2017);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(quoteIsVerbatim(q), `${q.where}: ${q.quote}`).toBe(true);
  });

  it("暂停实施 → violation 'item suspended'; not for a retained item", () => {
    const r = run({ itemName: "风景名胜区内建设活动审批" });
    const f = r.findings.find((x) => x.ruleId === "sy-approval-2017-suspended");
    expect(f?.severity).toBe("violation");
    expect(f?.message.en).toMatch(/^Item suspended/);
    expect(f?.message.zh).toContain("第3项");
    expect(fired({ itemName: "建筑工程施工许可证核发" })).not.toContain(
      "sy-approval-2017-suspended/item-suspended:violation",
    );
  });

  it("all 8 suspended items are flagged, each by its own row", () => {
    const rows = (syApprovalItems2017.tables?.approvalItems ?? []).filter((r) => r.disposition === "suspended");
    for (const row of rows) {
      const f = run({ itemName: String(row.name) }).findings.find((x) => x.ruleId === "sy-approval-2017-suspended");
      expect(f?.message.zh, String(row.name)).toContain(`第${row.no}项`);
    }
  });

  it("事后备案 → warning 'no prior approval; post-filing only'; not for a suspended item", () => {
    const r = run({ itemName: "权限内开发建设项目水土保持方案审批" });
    const f = r.findings.find((x) => x.ruleId === "sy-approval-2017-post-filing");
    expect(f?.severity).toBe("warning");
    expect(f?.message.en).toMatch(/^No prior approval; post-filing only/);
    expect(fired({ itemName: "临时占用草原许可" })).not.toContain(
      "sy-approval-2017-post-filing/post-filing-only:warning",
    );
  });

  it("下放 → warning 'delegated to county level' (decision recorded); not for a retained item", () => {
    const f = run({ itemName: "宗教活动场所内改建或者新建建筑物审批" }).findings.find(
      (x) => x.ruleId === "sy-approval-2017-delegated",
    );
    expect(f?.severity).toBe("warning");
    expect(f?.message.en).toMatch(/^Delegated to county level/);
    expect(f?.message.zh).toContain("市民族宗教局");
    expect(syApprovalItems2017.rules.find((r) => r.id === "sy-approval-2017-delegated")?.decision).toMatch(
      /county-level bodies/,
    );
    // decision: a case already with a county/district body is not flagged; a city bureau is
    expect(fired({ itemName: "乡村建设规划许可证核发", department: "宝清县自然资源局" })).toEqual([]);
    expect(fired({ itemName: "乡村建设规划许可证核发", department: "市规划局" })).toEqual([
      "sy-approval-2017-delegated/delegated-to-county:warning",
    ]);
    expect(fired({ itemName: "建设用地（含临时用地）规划许可证核发" })).not.toContain(
      "sy-approval-2017-delegated/delegated-to-county:warning",
    );
  });

  it("保留 → info hint with its legal basis; only that, nothing stronger", () => {
    const r = run({ itemName: "建设工程消防设计审核" });
    expect(r.findings.map((f) => f.severity)).toEqual(["info"]);
    expect(r.findings[0].message.zh).toContain("《中华人民共和国消防法》");
    expect(r.findings[0].message.zh).toContain("市公安局");
    expect(fired({ itemName: "风景名胜区内建设活动审批" })).not.toContain(
      "sy-approval-2017-retained/retained-basis:info",
    );
  });

  it("matches item names tolerantly: whitespace, brackets, full-width punctuation, a dropped character", () => {
    // as a portal may print it: half-width brackets, spaces, trailing 。
    expect(fired({ itemName: "建设用地 (含临时用地) 规划许可证核发。" })).toEqual([
      "sy-approval-2017-retained/retained-basis:info",
    ]);
    // OCR slip: one character dropped (审批 → 审)
    expect(fired({ itemName: "权限内蓄滞洪区避洪设施建设审" })).toContain(
      "sy-approval-2017-suspended/item-suspended:violation",
    );
    // the printed OCR glyphs of the row 24/25 heading colon do not matter
    expect(
      fired({ itemName: "防雷装置设计审核: 1. 房屋建筑工程和市政基础设施工程防雷装置设计审核、竣工验收许可" }),
    ).toEqual(["sy-approval-2017-retained/retained-basis:info"]);
  });

  it("decision: an item not among the 36 is info (part 二 is missing from the source), not a violation", () => {
    const r = run({ itemName: "城市道路挖掘许可" });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: "sy-approval-2017-retained", severity: "info" });
    expect(r.findings[0].message.zh).toContain("不在双政规〔2017〕7号清理规范表");
    expect(syApprovalItems2017.rules.find((x) => x.id === "sy-approval-2017-retained")?.decision).toMatch(
      /part 二 \(8 merged items/,
    );
  });

  it("a missing item name is a clear error naming the field", () => {
    expect(() => run({ department: "市规划局" })).toThrow(EvaluationError);
    try {
      run({});
    } catch (e) {
      expect((e as EvaluationError).issues.map((i) => i.path)).toContain("facts.itemName");
    }
  });

  it("decision: no invented start day — the text prints no date, so the rules state none (issue 14)", () => {
    for (const r of syApprovalItems2017.rules) {
      expect(r.effective.from).toBeUndefined();
      expect(r.decision).toContain("no issue date");
    }
    // a case from early 2017 is judged like any other (it is no longer silently outside an invented window)
    const early = evaluate({
      kind: "approval-application",
      facts: { itemName: "风景名胜区内建设活动审批", appliedAt: "2017-03-01" },
      now: NOW,
    });
    expect(early.findings.length).toBeGreaterThan(0);
  });
});

it("coverage: every check, hint, deadline and no-match fired in some case above and stayed silent in another", () => {
  expect(cov.gaps()).toEqual({ neverFired: [], neverSilent: [] });
});
