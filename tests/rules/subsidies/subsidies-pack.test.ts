import { describe, expect, it } from "vitest";
import { EvaluationError, evaluate } from "../../../shared/evaluate/index.ts";
import { allPacks } from "../../../shared/rules/packs/index.ts";
import { syEmployment2018, syEmployment2023, syListingRewards2018 } from "../../../shared/rules/packs/sy-subsidies.ts";
import { parseRulePack } from "../../../shared/rules/schema.ts";
import { trackCoverage } from "../approval/coverage.ts";
import { packQuotes, quoteIsVerbatim } from "../approval/quotes.ts";
import { LEGAL_CASES, NOW as LEGAL_NOW } from "../legal-cases.ts";

const PACKS = [syEmployment2023, syEmployment2018, syListingRewards2018];
const cov = trackCoverage(PACKS);
const NOW = "2026-11-22T10:00:00+08:00";
type Facts = Record<string, unknown>;
const run = (facts: Facts) => cov.record(evaluate({ kind: "subsidy-application", facts, now: NOW }));
const ids = (facts: Facts) => run(facts).findings.map((f) => `${f.ruleId}/${f.checkId}`);
const finding = (facts: Facts, checkId: string) => run(facts).findings.find((f) => f.checkId === checkId);

describe("subsidy and listing-reward packs", () => {
  it("are valid, registered packs, one per document", () => {
    for (const p of PACKS) {
      expect(parseRulePack(JSON.parse(JSON.stringify(p)))).toBeTruthy();
      expect(allPacks()).toContain(p);
    }
    expect(PACKS.map((p) => p.docNos)).toEqual([
      ["双政办发〔2023〕29号"],
      ["双政规〔2018〕1号"],
      ["双政规〔2018〕3号"],
    ]);
  });

  it("every quote is verbatim in its source document", () => {
    for (const p of PACKS) {
      for (const q of packQuotes(p)) expect(quoteIsVerbatim(q), `${q.where}: ${q.quote}`).toBe(true);
    }
  });

  it("scheme and application date are required; errors name the fields", () => {
    try {
      run({ amount: 100 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EvaluationError);
      expect((e as EvaluationError).issues.map((i) => i.path).sort()).toEqual(["facts.appliedAt", "facts.scheme"]);
    }
    expect(() => run({ scheme: "国外补贴", appliedAt: "2023-07-01" })).toThrowError(/scheme/);
  });

  describe("双政办发〔2023〕29号: end dates (decision: 执行期至 X 止 is inclusive — X is in time, X+1 is late)", () => {
    const ended: [string, string, string, "violation" | "warning"][] = [
      ["创业带动就业补贴", "2023-12-31", "startup-job-creation-ended", "violation"],
      ["就业见习补贴", "2023-12-31", "internship-ended", "violation"],
      ["一次性吸纳就业补贴", "2023-12-31", "hiring-subsidy-ended", "violation"],
      ["创业担保贷款全额贴息", "2024-12-31", "guarantee-loan-interest-ended", "violation"],
      ["创业园区免费孵化", "2024-12-31", "incubation-ended", "violation"],
      ["一次性求职创业补贴", "2024-12-31", "job-search-raise-ended", "warning"],
    ];
    for (const [scheme, end, check, severity] of ended) {
      it(`${scheme}: applied on ${end} is in time, the day after is flagged (${severity})`, () => {
        expect(finding({ scheme, appliedAt: end }, check)).toBeUndefined();
        const next = new Date(`${end}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        const f = finding({ scheme, appliedAt: next.toISOString().slice(0, 10) }, check);
        expect(f?.severity).toBe(severity);
        expect(f?.field).toBe("appliedAt");
        expect(f?.ruleId).toBe("sy-emp-2023-scheme-ended");
      });
    }
    it("an application instant late on the last day is still in time (compared by day)", () => {
      expect(
        finding({ scheme: "就业见习补贴", appliedAt: "2023-12-31T23:30:00+08:00" }, "internship-ended"),
      ).toBeUndefined();
      // 2023-12-31T16:30Z is 2024-01-01 00:30 in Beijing: late
      expect(finding({ scheme: "就业见习补贴", appliedAt: "2023-12-31T16:30:00Z" }, "internship-ended")).toBeDefined();
    });
    it("decision: only the raise of 求职创业补贴 ends; after 2024-12-31 the original 1000元 applies", () => {
      const f = finding({ scheme: "求职创业补贴", appliedAt: "2025-03-01", amount: 1000 }, "job-search-raise-ended");
      expect(f?.message.zh).toContain("原标准1000元");
      expect(ids({ scheme: "求职创业补贴", appliedAt: "2025-03-01", amount: 2000 })).not.toContain(
        "sy-emp-2023-job-search-standard/over-2000",
      );
    });
  });

  describe("双政办发〔2023〕29号: 创业带动就业补贴 conditions and cap", () => {
    const ok = { scheme: "创业带动就业补贴", appliedAt: "2023-09-01", foundedAt: "2022-04-01", hires: 6, amount: 7000 };
    it("a compliant application raises nothing", () => {
      expect(run(ok).findings).toEqual([]);
    });
    it("满 5 人: 5 hires is enough, 4 is not", () => {
      expect(ids({ ...ok, hires: 5, amount: 5000 })).not.toContain(
        "sy-emp-2023-startup-job-creation/fewer-than-5-hires",
      );
      expect(ids({ ...ok, hires: 4 })).toContain("sy-emp-2023-startup-job-creation/fewer-than-5-hires");
    });
    it("founded 2021–2023 only", () => {
      expect(ids({ ...ok, foundedAt: "2020-12-31" })).toContain(
        "sy-emp-2023-startup-job-creation/founded-outside-2021-2023",
      );
      expect(ids({ ...ok, foundedAt: "2021-01-01" })).not.toContain(
        "sy-emp-2023-startup-job-creation/founded-outside-2021-2023",
      );
    });
    it("cumulative cap 6万元", () => {
      expect(ids({ ...ok, hires: 40, amount: 60000 })).not.toContain("sy-emp-2023-startup-job-creation/over-60000");
      expect(ids({ ...ok, hires: 40, amount: 60001 })).toContain("sy-emp-2023-startup-job-creation/over-60000");
    });
    it("after the end date the conditions are not checked — the application is flagged as late instead", () => {
      const late = ids({ ...ok, appliedAt: "2024-01-02", hires: 4 });
      expect(late).toContain("sy-emp-2023-scheme-ended/startup-job-creation-ended");
      expect(late).not.toContain("sy-emp-2023-startup-job-creation/fewer-than-5-hires");
    });
  });

  it("全额贴息 and 免费孵化: interest or fees billed inside the window are violations; none billed, or after the window, are not", () => {
    expect(ids({ scheme: "创业担保贷款贴息", appliedAt: "2024-03-01", borrowerInterest: 120 })).toContain(
      "sy-emp-2023-guarantee-loan-full-interest/borrower-charged-interest",
    );
    expect(ids({ scheme: "创业担保贷款贴息", appliedAt: "2024-03-01", borrowerInterest: 0 })).not.toContain(
      "sy-emp-2023-guarantee-loan-full-interest/borrower-charged-interest",
    );
    expect(ids({ scheme: "创业担保贷款贴息", appliedAt: "2025-03-01", borrowerInterest: 120 })).not.toContain(
      "sy-emp-2023-guarantee-loan-full-interest/borrower-charged-interest",
    );
    expect(ids({ scheme: "免费孵化", appliedAt: "2024-03-01", occupantFees: "3,000元" })).toContain(
      "sy-emp-2023-incubation-free/occupant-charged-fees",
    );
    expect(ids({ scheme: "免费孵化", appliedAt: "2024-03-01", occupantFees: 0 })).not.toContain(
      "sy-emp-2023-incubation-free/occupant-charged-fees",
    );
  });

  it("见习补贴 100%: retention 50% qualifies, 49% is a warning; 吸纳就业补贴: large firms are not eligible", () => {
    expect(ids({ scheme: "就业见习补贴", appliedAt: "2023-10-01", retentionPercent: 50 })).not.toContain(
      "sy-emp-2023-internship-retention/retention-under-50",
    );
    const low = finding(
      { scheme: "就业见习补贴", appliedAt: "2023-10-01", retentionPercent: 49 },
      "retention-under-50",
    );
    expect(low?.severity).toBe("warning");
    expect(ids({ scheme: "一次性吸纳就业补贴", appliedAt: "2023-10-01", employerSize: "大型企业" })).toContain(
      "sy-emp-2023-hiring-subsidy-employer/large-employer",
    );
    expect(ids({ scheme: "一次性吸纳就业补贴", appliedAt: "2023-10-01", employerSize: "微型" })).not.toContain(
      "sy-emp-2023-hiring-subsidy-employer/large-employer",
    );
  });

  it("职业介绍补贴: hint with the standard and the funding route, no end date", () => {
    // (without the number placed the 200元/人 calculator says it cannot compute: issue 14)
    const r = run({ scheme: "职业介绍补贴", appliedAt: "2026-01-05" });
    expect(r.findings.map((f) => `${f.ruleId}/${f.checkId}`)).toEqual([
      "sy-emp-2023-job-placement/hint",
      "sy-job-placement-2023/placements-missing",
    ]);
    expect(r.findings[0].message.zh).toContain("200元/人");
  });

  it("一次性求职创业补贴 2000元/人 while the raise runs", () => {
    expect(ids({ scheme: "一次性求职创业补贴", appliedAt: "2024-06-01", amount: 2500 })).toContain(
      "sy-emp-2023-job-search-standard/over-2000",
    );
    expect(ids({ scheme: "一次性求职创业补贴", appliedAt: "2024-06-01", amount: 2000 })).not.toContain(
      "sy-emp-2023-job-search-standard/over-2000",
    );
  });

  it("一次性创业补贴: no end date (hint says so); more than 1万元 is a violation", () => {
    const r = run({ scheme: "一次性创业补贴", appliedAt: "2026-05-01", amount: 5000 });
    expect(r.findings.map((f) => `${f.checkId}:${f.severity}`)).toEqual(["hint:info"]);
    expect(r.findings[0].message.zh).toContain("文件未规定执行期");
    expect(ids({ scheme: "一次性创业补贴", appliedAt: "2026-05-01", amount: 12000 })).toContain(
      "sy-emp-2023-startup-subsidy/over-10000",
    );
  });

  describe("双政规〔2018〕1号", () => {
    it("decision: the 1000元 job-search standard applies until the 2023 raise (to 2023-06-06)", () => {
      expect(ids({ scheme: "求职创业补贴", appliedAt: "2019-05-01", amount: 1500 })).toContain(
        "sy-emp-2018-job-search-standard/over-1000",
      );
      expect(ids({ scheme: "求职创业补贴", appliedAt: "2019-05-01", amount: 1000 })).not.toContain(
        "sy-emp-2018-job-search-standard/over-1000",
      );
      expect(ids({ scheme: "求职创业补贴", appliedAt: "2023-06-07", amount: 1500 })).not.toContain(
        "sy-emp-2018-job-search-standard/over-1000",
      );
    });
    it("poverty-hire award: 1000元 per worker, no end date — the hint asks to confirm validity", () => {
      const r = run({ scheme: "吸纳建档立卡贫困家庭劳动力奖补", appliedAt: "2019-03-01", hires: 1, amount: 1000 });
      expect(r.findings.map((f) => f.checkId)).toEqual(["hint"]);
      expect(r.findings[0].message.zh).toContain("未规定有效期");
      expect(
        ids({ scheme: "吸纳建档立卡贫困家庭劳动力奖补", appliedAt: "2019-03-01", hires: 1, amount: 2000 }),
      ).toContain("sy-emp-2018-poverty-hire-award/over-1000-per-worker");
    });
  });

  describe("双政规〔2018〕3号 listing rewards", () => {
    const ok = {
      scheme: "上市挂牌奖励",
      appliedAt: "2020-06-01",
      listingType: "境内首发上市",
      localInvestmentPercent: "50%",
      amount: 5_000_000,
    };
    it("applied by 2020-12-31 is accepted; 2021-01-01 is a violation (逾期不再受理)", () => {
      expect(run({ ...ok, appliedAt: "2020-12-31" }).findings).toEqual([]);
      const f = finding({ ...ok, appliedAt: "2021-01-01" }, "applied-after-close");
      expect(f?.severity).toBe("violation");
      expect(f?.message.zh).toContain("逾期不再受理");
      expect(f?.citation.article).toBe("第九条");
    });
    it("第三条 eligibility: local registration, overseas main business, regional coaching before listing", () => {
      expect(ids({ ...ok, registeredLocally: "否" })).toContain("sy-listing-2018-eligibility/not-registered-locally");
      expect(ids({ ...ok, registeredLocally: "是" })).not.toContain(
        "sy-listing-2018-eligibility/not-registered-locally",
      );
      const overseas = { ...ok, listingType: "境外上市", amount: 3_000_000, registeredLocally: "是" };
      expect(ids({ ...overseas, mainBusinessLocal: "否" })).toContain("sy-listing-2018-eligibility/overseas-not-local");
      expect(ids({ ...overseas, mainBusinessLocal: "是" })).not.toContain(
        "sy-listing-2018-eligibility/overseas-not-local",
      );
      const regional = {
        scheme: "上市挂牌奖励",
        appliedAt: "2020-06-01",
        listingType: "区域性股权市场",
        listedAt: "2019-09-10",
      };
      expect(ids({ ...regional, coachingFiledAt: "2019-09-11" })).toContain(
        "sy-listing-2018-eligibility/regional-coaching-after-listing",
      );
      // decision: filing on the listing day is accepted
      expect(ids({ ...regional, coachingFiledAt: "2019-09-10" })).not.toContain(
        "sy-listing-2018-eligibility/regional-coaching-after-listing",
      );
      expect(ids(regional)).toContain("sy-listing-2018-eligibility/regional-no-coaching");
      expect(ids({ ...regional, coachingFiledAt: "2019-05-01" })).not.toContain(
        "sy-listing-2018-eligibility/regional-no-coaching",
      );
    });
    it("reward amounts by listing type", () => {
      expect(ids({ ...ok, amount: 5_000_001 })).toContain("sy-listing-2018-reward-standard/domestic-over-5m");
      expect(ids({ ...ok, listingType: "境外上市", amount: 3_500_000 })).toContain(
        "sy-listing-2018-reward-standard/overseas-over-3m",
      );
      expect(ids({ ...ok, listingType: "境外上市", amount: 3_000_000 })).not.toContain(
        "sy-listing-2018-reward-standard/overseas-over-3m",
      );
      expect(ids({ ...ok, listingType: "新三板", amount: 1_200_000 })).toContain(
        "sy-listing-2018-reward-standard/neeq-over-1m",
      );
      expect(ids({ ...ok, listingType: "再融资", amount: 1_000_001 })).toContain(
        "sy-listing-2018-reward-standard/refinancing-over-1m",
      );
    });
    it("50%以上 invested locally: 50% qualifies, 49.9% does not; NEEQ has no such condition", () => {
      expect(ids({ ...ok, localInvestmentPercent: 49.9 })).toContain(
        "sy-listing-2018-reward-standard/local-investment-under-50",
      );
      expect(ids({ ...ok, listingType: "新三板", amount: 1_000_000, localInvestmentPercent: 10 })).not.toContain(
        "sy-listing-2018-reward-standard/local-investment-under-50",
      );
    });
    it("before the 办法 was issued (2018-06-05) none of its rules apply; the calculator says it is not payable", () => {
      const r = run({ ...ok, appliedAt: "2018-06-04", amount: 9_000_000 });
      expect(r.findings.map((f) => `${f.ruleId}/${f.checkId}`)).toEqual(["sy-listing-reward/effective-date"]);
      expect(r.calculations?.[0]).toMatchObject({ status: "excluded", amount: "0.00" });
    });
  });
});

describe("calculator sy-listing-reward (双政规〔2018〕3号 第四条)", () => {
  const calc = (facts: Facts) =>
    run({ scheme: "上市挂牌奖励", appliedAt: "2020-06-01", ...facts }).calculations?.find(
      (c) => c.calculatorId === "sy-listing-reward",
    );
  it("one-off rewards by listing type: 500万 / 300万 / 100万", () => {
    expect(calc({ listingType: "境内首发上市", localInvestmentPercent: 80 })?.amount).toBe("5000000.00");
    expect(calc({ listingType: "境外首发上市", localInvestmentPercent: 50 })?.amount).toBe("3000000.00");
    expect(calc({ listingType: "新三板" })?.amount).toBe("1000000.00");
  });
  it("refinancing: 2% of the amount raised, capped at 100万 (the cap binds from 5000万 raised)", () => {
    expect(calc({ listingType: "再融资", amountRaised: 30_000_000, localInvestmentPercent: 60 })).toMatchObject({
      status: "ok",
      amount: "600000.00",
      capped: false,
    });
    expect(calc({ listingType: "再融资", amountRaised: 50_000_000, localInvestmentPercent: 60 })).toMatchObject({
      amount: "1000000.00",
      capped: false,
    });
    expect(calc({ listingType: "再融资", amountRaised: 80_000_000, localInvestmentPercent: 60 })).toMatchObject({
      amount: "1000000.00",
      capped: true,
    });
  });
  it("less than 50% invested locally → excluded (0); regional market → undefined (the actual fee is paid)", () => {
    const low = calc({ listingType: "境内首发上市", localInvestmentPercent: 49 });
    expect(low).toMatchObject({ status: "excluded", amount: "0.00" });
    expect(low?.findings.map((f) => f.checkId)).toEqual(["local-investment-under-50"]);
    const regional = calc({ listingType: "区域性股权市场" });
    expect(regional).toMatchObject({ status: "undefined", amount: null });
  });
  it("refinancing without the amount raised: undefined, with a finding naming the field (no exception)", () => {
    const c = calc({ listingType: "再融资", localInvestmentPercent: 60 });
    expect(c).toMatchObject({ status: "undefined", amount: null });
    expect(c?.findings[0]).toMatchObject({ checkId: "amount-raised-missing", field: "amountRaised" });
  });
  it("no listing type → undefined, with a finding naming the field", () => {
    const c = calc({});
    expect(c).toMatchObject({ status: "undefined", amount: null });
    expect(c?.findings[0]).toMatchObject({ checkId: "no-listing-type", field: "listingType" });
  });
  it("an application after 2020-12-31 is not computed", () => {
    const late = run({ scheme: "上市挂牌奖励", appliedAt: "2021-01-01", listingType: "新三板" }).calculations?.[0];
    expect(late?.status).toBe("excluded");
  });
  it("other schemes get no listing calculation", () => {
    expect(run({ scheme: "就业见习补贴", appliedAt: "2023-07-01" }).calculations ?? []).toEqual([]);
  });
});

describe("技能提升补贴 (双政办发〔2023〕29号 附件 (九)2 calculator; 双政规〔2018〕1号 五(十七) before it)", () => {
  const skill = (facts: Facts) => run({ scheme: "技能提升补贴", appliedAt: "2024-06-01", ...facts });
  const calcOf = (facts: Facts) => skill(facts).calculations?.find((c) => c.calculatorId === "sy-skill-upgrade-2023");
  it("by level: 初级 1000 / 中级 1500 / 高级 2000; shortage occupations 1200 / 1800 / 2500", () => {
    const amounts = ["初级工", "中级工", "高级工"].map(
      (l) => calcOf({ uiContributionMonths: 36, certificateLevel: l })?.amount,
    );
    expect(amounts).toEqual(["1000.00", "1500.00", "2000.00"]);
    const shortage = ["初级", "中级", "高级"].map(
      (l) => calcOf({ uiContributionMonths: 40, certificateLevel: l, shortageOccupation: "是" })?.amount,
    );
    expect(shortage).toEqual(["1200.00", "1800.00", "2500.00"]);
  });
  it("36 个月（含 36个月）: 36 qualifies, 35 is excluded with a violation", () => {
    expect(calcOf({ uiContributionMonths: 36, certificateLevel: "高级工" })?.status).toBe("ok");
    const c = calcOf({ uiContributionMonths: 35, certificateLevel: "高级工" });
    expect(c).toMatchObject({ status: "excluded", amount: "0.00" });
    expect(c?.findings[0]).toMatchObject({ checkId: "contributions-under-36-months", severity: "violation" });
  });
  it("decision: 技师 / 高级技师 are not in the text → undefined, never a guessed amount", () => {
    expect(calcOf({ uiContributionMonths: 60, certificateLevel: "技师" })).toMatchObject({
      status: "undefined",
      amount: null,
    });
    expect(calcOf({ uiContributionMonths: 60 })?.findings[0]?.checkId).toBe("no-certificate-level");
  });
  it("claiming more than the standard is a violation; claiming it exactly is not", () => {
    const over = skill({
      uiContributionMonths: 36,
      certificateLevel: "中级工",
      shortageOccupation: "是",
      amount: 2000,
    });
    expect(over.findings.find((f) => f.checkId === "claimed-over-standard")?.message.zh).toContain("1,800.00元");
    const exact = skill({
      uiContributionMonths: 36,
      certificateLevel: "中级工",
      shortageOccupation: "是",
      amount: 1800,
    });
    expect(exact.findings).toEqual([]);
  });
  it("before 2023-06-07 the 2018 conditions apply instead: ≥ 3 years insured, certificate from 2017-01-01", () => {
    const old = (f: Facts) => run({ scheme: "技能提升补贴", appliedAt: "2020-06-01", ...f });
    expect(old({ uiContributionMonths: 36, certificateAt: "2017-01-01" }).findings).toEqual([]);
    expect(old({ uiContributionMonths: 36, certificateAt: "2017-01-01" }).calculations ?? []).toEqual([]);
    const bad = old({ uiContributionMonths: 35, certificateAt: "2016-12-31" }).findings.map((f) => f.checkId);
    expect(bad).toEqual(["insured-under-3-years", "certificate-before-2017"]);
    // and after the 2023 annex the 2018 rule is silent
    expect(
      skill({ uiContributionMonths: 35, certificateAt: "2016-12-31", certificateLevel: "初级" }).findings.map(
        (f) => f.ruleId,
      ),
    ).toEqual(["sy-skill-upgrade-2023"]);
  });
});

describe("创业带动就业补贴 amount (双政办发〔2023〕29号 附件 (二)2 calculator)", () => {
  const apply = (facts: Facts) =>
    run({ scheme: "创业带动就业补贴", appliedAt: "2023-09-01", foundedAt: "2022-03-01", ...facts });
  const calcOf = (facts: Facts) =>
    apply(facts).calculations?.find((c) => c.calculatorId === "sy-startup-job-creation-2023");
  it("给予…补贴 5000元，每多吸纳 1人…2000元/人: 5 hires 5000, 6 → 7000, 7 → 9000", () => {
    expect([5, 6, 7].map((hires) => calcOf({ hires })?.amount)).toEqual(["5000.00", "7000.00", "9000.00"]);
    const steps = calcOf({ hires: 7 })?.steps.map((st) => st.formula);
    expect(steps).toContain("2,000.00 × max(0, 7 − 5) = 4,000.00");
  });
  it("累计不超过6万元: 33 hires would be 61000, capped at 60000", () => {
    expect(calcOf({ hires: 33 })).toMatchObject({ status: "ok", amount: "60000.00", capped: true });
    expect(calcOf({ hires: 32 })).toMatchObject({ amount: "59000.00", capped: false });
  });
  it("decision: the cap is cumulative — what was already received is taken off it first", () => {
    expect(calcOf({ hires: 7, receivedBefore: 55000 })).toMatchObject({ amount: "5000.00", capped: true });
    expect(calcOf({ hires: 7, receivedBefore: 60000 })).toMatchObject({ amount: "0.00", capped: true });
    expect(calcOf({ hires: 7, receivedBefore: 1000 })).toMatchObject({ amount: "9000.00", capped: false });
  });
  it("满 5 人: 4 hires pay nothing (the rule reports the violation, the calculation explains the 0)", () => {
    const r = apply({ hires: 4 });
    expect(r.findings.map((f) => `${f.ruleId}/${f.checkId}/${f.severity}`)).toEqual([
      "sy-emp-2023-startup-job-creation/fewer-than-5-hires/violation",
      "sy-startup-job-creation-2023/fewer-than-5-hires/info",
    ]);
    expect(calcOf({ hires: 4 })).toMatchObject({ status: "excluded", amount: "0.00" });
  });
  it("no count, or a count that is not a whole number: undefined, never a guessed amount", () => {
    expect(calcOf({})).toMatchObject({ status: "undefined", amount: null });
    expect(calcOf({})?.findings[0]).toMatchObject({ checkId: "hires-missing", field: "hires" });
    expect(calcOf({ hires: 5.5 })).toMatchObject({ status: "undefined", amount: null });
  });
  it("applying for more than the amount for the hires is a violation; applying for it exactly is not", () => {
    const over = apply({ hires: 7, amount: 10000 }).findings.find((f) => f.checkId === "claimed-over-payable");
    // (the case is judged in 2026: the plan 双政办发〔2023〕29号 is spent after 2024-12-31, and the finding says so)
    expect(over?.message.zh).toBe(
      "申请金额10,000.00元，超过按吸纳人数计算的本次可领取金额9,000.00元（注意：依据文件双政办发〔2023〕29号已于2024-12-31有效期届满失效）",
    );
    expect(apply({ hires: 7, amount: 9000 }).findings).toEqual([]);
  });
  it("after the measure's end (2023-12-31) nothing is computed", () => {
    expect(calcOf({ hires: 7 })?.status).toBe("ok");
    const late = run({ scheme: "创业带动就业补贴", appliedAt: "2024-01-01", foundedAt: "2022-03-01", hires: 7 });
    expect(late.calculations?.[0]).toMatchObject({ status: "excluded", amount: "0.00" });
    expect(late.findings.map((f) => f.checkId)).toContain("startup-job-creation-ended");
  });
});

describe("第七条 (双政规〔2018〕3号): 5 years in the city after the last reward payment, or full repayment", () => {
  const listed = (facts: Facts) =>
    run({ scheme: "上市挂牌奖励", appliedAt: "2019-06-01", listingType: "新三板", registeredLocally: "是", ...facts });
  const art7 = (facts: Facts) => listed(facts).findings.filter((f) => f.ruleId === "sy-listing-2018-art7-stay-5-years");
  it("leaving a day before the fifth anniversary of the payment: violation, repay in full", () => {
    const f = art7({ rewardPaidAt: "2020-03-05", leftCityAt: "2025-03-04" });
    expect(f.map((x) => `${x.checkId}/${x.severity}`)).toEqual(["left-within-5-years/violation", "hint/info"]);
    expect(f[0].message.zh).toContain("须全额退回奖励资金");
    expect(f[0].field).toBe("leftCityAt");
  });
  it("decision: leaving on the corresponding day of the fifth year (民法典 202) or later fulfils it", () => {
    expect(art7({ rewardPaidAt: "2020-03-05", leftCityAt: "2025-03-05" }).map((x) => x.checkId)).toEqual(["hint"]);
    expect(art7({ rewardPaidAt: "2020-02-29", leftCityAt: "2025-02-28" }).map((x) => x.checkId)).toEqual(["hint"]);
  });
  it("still in the city: only the hint, naming the payment date", () => {
    const f = art7({ rewardPaidAt: "2020-03-05" });
    expect(f.map((x) => x.checkId)).toEqual(["hint"]);
    expect(f[0].message.zh).toContain("2020-03-05");
  });
  it("no payment date: the rule stays silent (nothing to count from)", () => {
    expect(art7({ leftCityAt: "2021-01-01" })).toEqual([]);
  });
});

it("coverage: every check, hint, deadline and no-match fired in some case above and stayed silent in another", () => {
  // issue 14's cases (tests/rules/legal-cases.ts, also run through the API) count for the coverage too
  for (const c of LEGAL_CASES.filter((x) => x.kind === "subsidy-application"))
    cov.record(evaluate({ kind: c.kind, facts: c.facts, now: c.now ?? LEGAL_NOW }));
  expect(cov.gaps()).toEqual({ neverFired: [], neverSilent: [] });
});
