// The severity of a missing required item is decided once (shared/rules/schema.ts, REQUIRED_ITEM_SEVERITY): every
// rule that checks an item its article requires (应当明确 / 应当包括 / 应当提交 / 应提供 / 应出具 / 做到) reports a
// missing one as a violation, unless the text itself makes the item optional — those exceptions are listed here
// with the words that make them so.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../shared/evaluate/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { REQUIRED_ITEM_SEVERITY } from "../../../shared/rules/schema.ts";

/** Rules whose checks are all required-item checks, with the words of the text that make the items required. */
const REQUIRED_ITEM_RULES: Record<string, string> = {
  "sy-data-12-catalog-elements": "第十二条 应当包括…等内容",
  "sy-data-20-log-retention": "第二十条 日志记录…应当包括 (log-missing-* only; retention is a threshold)",
  "sy-data-27-application-contents": "第二十七条 明确具体应用场景、共享方式、共享范围以及…依据",
  "sy-data-32-demand-contents": "第三十二条 需求中应明确数据提供部门、数据项、应用场景、使用依据等信息",
  "sy-data-36-open-catalog-elements": "第三十六条 应当包括…等内容",
  "mdj-outpatient-17-credential": "第十七条 应出具本人医保电子凭证或社会保障卡",
  "mdj-outpatient-18-records": "第十八条 做到看病有登记、用药有处方、收费有单据、转诊有记录",
  "mdj-hpf-down-payment-materials": "一、（三） 应提供身份证明和关系证明材料",
  "sy-listing-2018-art5-materials": "第五条 应当提交以下申请材料",
};

/** Checks about a missing item that stay below violation because the text makes the item optional. */
const OPTIONAL_BY_TEXT: Record<string, string> = {
  "sy-data-25-share-class-basis/share-class-unset": "第二十五条 未明确的视为无条件共享类 (the text gives the default)",
  "sy-data-25-share-class-basis/conditional-without-conditions": "第二十五条 同上",
  "sy-data-40-objection-evidence/no-evidence":
    "第四十条 可…提出异议，并提交相关证据材料: the objection is the citizen's right, not a request sent back; without evidence only the duty to suspend does not start",
  "sy-tasks-ongoing/no-fixed-date": "not a required item: a task whose due text has no fixed date",
};

const rules = allPacks().flatMap((p) => p.rules);

describe("a missing required item is a violation (one decision, REQUIRED_ITEM_SEVERITY)", () => {
  it("the decision is violation", () => {
    expect(REQUIRED_ITEM_SEVERITY).toBe("violation");
  });

  it.each(Object.entries(REQUIRED_ITEM_RULES))("%s (%s)", (id) => {
    const r = rules.find((x) => x.id === id);
    expect(r, id).toBeDefined();
    const items = (r?.checks ?? []).filter((c) => id !== "sy-data-20-log-retention" || c.id.startsWith("log-missing-"));
    expect(items.length).toBeGreaterThan(0);
    for (const c of items) expect(c.severity, `${id}/${c.id}`).toBe(REQUIRED_ITEM_SEVERITY);
  });

  it("every check named for a missing item (missing-*, no-*, log-missing-*) is a required-item violation or a listed exception", () => {
    for (const r of rules)
      for (const c of r.checks ?? []) {
        if (!/^(missing-|no-|log-missing-)/.test(c.id)) continue;
        const key = `${r.id}/${c.id}`;
        if (key in OPTIONAL_BY_TEXT) continue;
        expect(c.severity, key).toBe(REQUIRED_ITEM_SEVERITY);
      }
  });

  it("the exceptions exist and are below violation", () => {
    for (const key of Object.keys(OPTIONAL_BY_TEXT)) {
      const [ruleId, checkId] = key.split("/");
      const c = rules.find((x) => x.id === ruleId)?.checks?.find((x) => x.id === checkId);
      expect(c, key).toBeDefined();
      expect(c?.severity, key).not.toBe("violation");
    }
  });

  it("fires as a violation on a real request: 第三十二条 demand without data items, 第三十六条 entry without data form", () => {
    const demand = evaluate({
      kind: "data-demand",
      facts: { receivedAt: "2026-04-01", provider: "市人社局", scenario: "就业补贴核验", basis: "《就业促进法》" },
      now: "2026-04-02T09:00:00+08:00",
    });
    expect(demand.findings.find((f) => f.checkId === "missing-dataItems")?.severity).toBe("violation");
    const complete = evaluate({
      kind: "data-demand",
      facts: {
        receivedAt: "2026-04-01",
        provider: "市人社局",
        dataItems: "参保状态",
        scenario: "就业补贴核验",
        basis: "《就业促进法》",
      },
      now: "2026-04-02T09:00:00+08:00",
    });
    expect(complete.findings.filter((f) => (f.checkId ?? "").startsWith("missing-"))).toEqual([]);
  });
});
