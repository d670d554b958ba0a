// Pack sy-shantytown-premises-2017 (双政办规〔2017〕13号): valid, registered, and every check and deadline fires in
// one of issue 14's cases (tests/rules/legal-cases.ts) and stays silent in another.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../shared/evaluate/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { syShantytownPremises2017 } from "../../../shared/rules/packs/sy-shantytown-premises-2017.ts";
import { parseRulePack } from "../../../shared/rules/schema.ts";
import { trackCoverage } from "../approval/coverage.ts";
import { LEGAL_CASES, NOW } from "../legal-cases.ts";

describe("pack sy-shantytown-premises-2017", () => {
  it("is a valid, registered pack for its one document", () => {
    expect(parseRulePack(JSON.parse(JSON.stringify(syShantytownPremises2017)))).toBeTruthy();
    expect(allPacks()).toContain(syShantytownPremises2017);
    expect(syShantytownPremises2017.docNos).toEqual(["双政办规〔2017〕13号"]);
  });

  it("an open right of use past 3 months without opening is overdue", () => {
    const r = evaluate({
      kind: "premises-application",
      facts: { appliedAt: "2017-09-01", usageGrantedAt: "2017-09-01" },
      now: "2017-12-04T09:00:00+08:00",
    });
    expect(r.deadlines.find((d) => d.ruleId === "sy-premises-2017-open-within-3-months")).toMatchObject({
      due: "2017-12-01",
      status: "overdue",
    });
  });

  it("coverage: every check and deadline fired in some case and stayed silent in another", () => {
    const cov = trackCoverage([syShantytownPremises2017]);
    for (const c of LEGAL_CASES.filter((x) => x.kind === "premises-application"))
      cov.record(evaluate({ kind: c.kind, facts: c.facts, now: c.now ?? NOW }));
    expect(cov.gaps()).toEqual({ neverFired: [], neverSilent: [] });
  });
});
