// Issue 14's cases (tests/rules/legal-cases.ts) through evaluate() and through POST /api/evaluate (SQLite; the same
// engine runs on PostgreSQL, whose route tests are in tests/server/). Each case states which findings fire, which
// stay silent and what each calculation says — a calculation whose eligibility fails is never "ok".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EvaluationResult, evaluate } from "../../shared/evaluate/index.ts";
import { req, type TestInstance, testInstance } from "../server/helpers.ts";
import { LEGAL_CASES, type LegalCase, NOW } from "./legal-cases.ts";

interface Answer {
  findings: { ruleId: string; checkId?: string; severity: string }[];
  calculations?: { calculatorId: string; status: string; amount: string | null }[];
}

/** A rule check and the calculator that must not answer "ok" when it fires (same eligibility condition). */
const ELIGIBILITY_PAIRS: [string, string][] = [
  ["sy-emp-2023-startup-job-creation/founded-outside-2021-2023", "sy-startup-job-creation-2023"],
  ["sy-emp-2023-startup-job-creation/fewer-than-5-hires", "sy-startup-job-creation-2023"],
  ["sy-emp-2023-scheme-ended/startup-job-creation-ended", "sy-startup-job-creation-2023"],
  ["sy-emp-2023-hiring-subsidy-employer/large-employer", "sy-hiring-subsidy-2023"],
  ["sy-emp-2023-scheme-ended/hiring-subsidy-ended", "sy-hiring-subsidy-2023"],
  ["sy-listing-2018-eligibility/not-registered-locally", "sy-listing-reward"],
  ["sy-listing-2018-eligibility/overseas-not-local", "sy-listing-reward"],
  ["sy-listing-2018-eligibility/regional-coaching-after-listing", "sy-listing-reward"],
  ["sy-listing-2018-reward-standard/local-investment-under-50", "sy-listing-reward"],
  ["sy-listing-2018-application-deadline/applied-after-close", "sy-listing-reward"],
  ["mdj-outpatient-12-account-use/account-non-medical", "mdj-outpatient-pooling"],
];

function check(c: LegalCase, r: Answer) {
  const keys = r.findings.map((f) => `${f.ruleId}/${f.checkId}`);
  for (const k of c.fires ?? []) expect(keys, `${k} must fire`).toContain(k);
  for (const k of c.silent ?? []) expect(keys, `${k} must stay silent`).not.toContain(k);
  const calcs = r.calculations ?? [];
  if (c.noCalculation) expect(calcs).toEqual([]);
  for (const [id, want] of Object.entries(c.calc ?? {})) {
    const got = calcs.find((x) => x.calculatorId === id);
    expect(got, `calculation ${id}`).toBeDefined();
    expect(got?.status === "ok" ? `ok ${got.amount}` : got?.status).toBe(want);
  }
  // where a rule and a calculator judge the same eligibility, they agree: the rule's violation → never "ok"
  for (const [ruleCheck, calculatorId] of ELIGIBILITY_PAIRS)
    if (keys.includes(ruleCheck))
      expect(calcs.find((x) => x.calculatorId === calculatorId)?.status, `${ruleCheck} vs ${calculatorId}`).not.toBe(
        "ok",
      );
}

describe("issue 14 cases through evaluate()", () => {
  it.each(LEGAL_CASES.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const r: EvaluationResult = evaluate({ kind: c.kind, facts: c.facts, now: c.now ?? NOW });
    check(c, r as unknown as Answer);
  });
});

describe("issue 14 cases through POST /api/evaluate", () => {
  let s: TestInstance;
  beforeAll(async () => {
    s = await testInstance("sqlite");
  });
  afterAll(async () => {
    await s?.destroy();
  });
  it.each(LEGAL_CASES.map((c) => [c.name, c] as const))("%s", async (_n, c) => {
    const res = await req(s, "POST", "/api/evaluate", { body: { kind: c.kind, facts: c.facts, now: c.now ?? NOW } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Answer;
    check(c, body);
    // the API answers exactly what evaluate() answers
    const local = JSON.parse(JSON.stringify(evaluate({ kind: c.kind, facts: c.facts, now: c.now ?? NOW })));
    expect(body.findings).toEqual(local.findings);
    expect(body.calculations ?? []).toEqual(local.calculations ?? []);
  });
});
