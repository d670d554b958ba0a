import { describe, expect, it } from "vitest";
import { evaluate } from "../../../shared/evaluate/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { mdjFtzPowers2022 } from "../../../shared/rules/packs/mdj-ftz-powers-2022.ts";
import { parseRulePack } from "../../../shared/rules/schema.ts";
import { trackCoverage } from "../approval/coverage.ts";
import { packQuotes, quoteIsVerbatim } from "../approval/quotes.ts";

const NOW = "2026-11-22T10:00:00+08:00";
const cov = trackCoverage([mdjFtzPowers2022]);
const run = (facts: Record<string, unknown>) => cov.record(evaluate({ kind: "ftz-power-request", facts, now: NOW }));
const wrongBody = (facts: Record<string, unknown>) =>
  run(facts).findings.find((f) => f.ruleId === "mdj-ftz-filed-with-city" && f.checkId === "wrong-body");

describe("pack mdj-ftz-powers-2022 (牡政办规〔2022〕4号)", () => {
  it("is a valid, registered pack; integrity: 34 powers", () => {
    expect(parseRulePack(JSON.parse(JSON.stringify(mdjFtzPowers2022)))).toBeTruthy();
    expect(allPacks()).toContain(mdjFtzPowers2022);
    expect(mdjFtzPowers2022.tables?.ftzPowers).toHaveLength(34);
  });

  it("every quote is verbatim in the source text", () => {
    for (const q of packQuotes(mdjFtzPowers2022)) expect(quoteIsVerbatim(q), q.where).toBe(true);
  });

  it("a request for a delegated power filed with the city department → warning naming the FTZ and the department", () => {
    const f = wrongBody({ itemName: "小额贷款公司变更住所的许可", filedWith: "牡丹江市金融服务局" });
    expect(f?.severity).toBe("warning");
    expect(f?.field).toBe("filedWith");
    expect(f?.message.zh).toContain("应由绥芬河自贸片区办理");
    expect(f?.message.zh).toContain("牡丹江市金融服务局");
    expect(f?.message.zh).toContain("第5项");
    expect(f?.message.en).toContain("Suifenhe FTZ");
  });

  it("filed with the FTZ itself → no warning, only the info that the FTZ exercises the power", () => {
    const r = run({ itemName: "巡游出租汽车驾驶员从业资格许可", filedWith: "绥芬河自贸片区管委会" });
    expect(r.findings.map((f) => `${f.checkId}:${f.severity}`)).toEqual(["delegated-power:info"]);
    expect(
      wrongBody({ itemName: "巡游出租汽车驾驶员从业资格许可", filedWith: "中国（黑龙江）自由贸易试验区绥芬河片区" }),
    ).toBeUndefined();
  });

  it("decision: 绥芬河市 (the county-level city) is not the FTZ", () => {
    expect(wrongBody({ itemName: "巡游出租汽车驾驶员从业资格许可", filedWith: "绥芬河市交通运输局" })?.severity).toBe(
      "warning",
    );
  });

  it("decision: a request located outside the FTZ (inFtz=否) stays with the city department", () => {
    expect(
      wrongBody({ itemName: "巡游出租汽车驾驶员从业资格许可", filedWith: "牡丹江市交通运输局", inFtz: "否" }),
    ).toBeUndefined();
    expect(
      wrongBody({ itemName: "巡游出租汽车驾驶员从业资格许可", filedWith: "牡丹江市交通运输局", inFtz: "是" })?.severity,
    ).toBe("warning");
  });

  it("every one of the 34 powers is found by its printed name and routed to the FTZ", () => {
    for (const row of mdjFtzPowers2022.tables?.ftzPowers ?? []) {
      const f = wrongBody({ itemName: String(row.nameAsPrinted), filedWith: String(row.department) });
      expect(f?.message.zh, String(row.no)).toContain(`清单第${row.no}项`);
    }
  });

  it("tolerant names: the catalogue suffix —1 and a portal's spacing do not matter", () => {
    expect(wrongBody({ itemName: "律师的表彰", filedWith: "牡丹江市司法局" })?.message.zh).toContain("第28项");
    expect(wrongBody({ itemName: "律师事务所的表彰—2", filedWith: "牡丹江市司法局" })?.message.zh).toContain("第29项");
    expect(
      wrongBody({ itemName: "小额贷款公司变更法定代表人(董事、监事、高级管理人员)的许可", filedWith: "市金融服务局" })
        ?.message.zh,
    ).toContain("第4项");
  });

  it("decision: an ambiguous name (several powers match) is not guessed — no warning, only the not-on-list info", () => {
    const r = run({ itemName: "小额贷款公司变更", filedWith: "牡丹江市金融服务局" });
    expect(r.findings.map((f) => `${f.ruleId}/${f.checkId}`)).toEqual(["mdj-ftz-delegated-power/no-match"]);
  });

  it("a power not on the list → info only, no warning", () => {
    const r = run({ itemName: "食品经营许可", filedWith: "牡丹江市市场监督管理局" });
    expect(r.findings.map((f) => f.severity)).toEqual(["info"]);
    expect(r.findings[0].message.zh).toContain("不在牡政办规〔2022〕4号");
  });

  it("before the notice was issued (2022-08-17) the rules do not apply", () => {
    const r = run({ itemName: "律师的表彰", filedWith: "牡丹江市司法局", appliedAt: "2022-08-16" });
    expect(r.findings).toEqual([]);
    expect(wrongBody({ itemName: "律师的表彰", filedWith: "牡丹江市司法局", appliedAt: "2022-08-17" })).toBeDefined();
  });
});

it("coverage: every check, hint, deadline and no-match fired in some case above and stayed silent in another", () => {
  expect(cov.gaps()).toEqual({ neverFired: [], neverSilent: [] });
});
