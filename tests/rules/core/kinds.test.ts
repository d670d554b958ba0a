// Case kinds: the issue's vocabulary is a contract; Chinese portal values and date spellings normalise to it.
import { describe, expect, it } from "vitest";
import { factsZodSchema } from "../../../shared/kinds/facts-schema.ts";
import { CASE_KINDS, KINDS, normalizeFacts } from "../../../shared/kinds/index.ts";
import { parseDateValue } from "../../../shared/kinds/values.ts";

const CONTRACT: Record<string, string[]> = {
  "data-share-request": [
    "receivedAt",
    "shareClass",
    "scenario",
    "method",
    "scope",
    "basis",
    "decision",
    "decidedAt",
    "reason",
  ],
  "data-demand": [
    "receivedAt",
    "provider",
    "dataItems",
    "scenario",
    "basis",
    "decision",
    "decidedAt",
    "reason",
    "cataloged",
    "mountedAt",
  ],
  "data-correction": ["receivedAt", "resolvedAt", "feedbackAt"],
  "open-data-request": ["receivedAt", "decision", "decidedAt", "reason", "basis"],
  "open-data-objection": ["receivedAt", "evidence", "datasetOpen", "suspendedAt"],
  "catalog-update": ["changedAt", "submittedAt", "reviewReceivedAt", "publishedAt"],
  "data-grant": ["lastCalledAt"],
  "approval-application": ["itemName", "department"],
  "supervision-task": ["list", "taskNo", "completedAt", "feedbackAt"],
  "civil-servant-medical-claim": [],
  "outpatient-claim": [],
  "provident-fund-withdrawal": [],
  "provident-fund-loan": [],
  "ftz-power-request": ["itemName", "filedWith"],
};

describe("kind vocabulary (contract)", () => {
  for (const [kind, fields] of Object.entries(CONTRACT)) {
    it(`${kind} exists with its contract fields`, () => {
      expect(CASE_KINDS).toContain(kind);
      const def = KINDS.get(kind);
      for (const f of fields) expect(Object.keys(def?.fields ?? {}), `${kind}.${f}`).toContain(f);
    });
  }
  it("every field has a bilingual label", () => {
    for (const def of KINDS.values())
      for (const [name, f] of Object.entries(def.fields)) {
        expect(f.label.zh, `${def.kind}.${name}`).not.toBe("");
        expect(f.label.en, `${def.kind}.${name}`).not.toBe("");
      }
  });
});

describe("Chinese portal values", () => {
  const n = (kind: string, facts: Record<string, unknown>) => normalizeFacts(kind, facts);
  it("share classes", () => {
    expect(n("data-share-request", { receivedAt: "2026-09-30", shareClass: "有条件共享" }).facts.shareClass).toBe(
      "conditional",
    );
    expect(n("data-share-request", { receivedAt: "2026-09-30", shareClass: "无条件共享" }).facts.shareClass).toBe(
      "unconditional",
    );
    expect(n("data-share-request", { receivedAt: "2026-09-30", shareClass: "不予共享" }).facts.shareClass).toBe("none");
    expect(n("data-share-request", { receivedAt: "2026-09-30", shareClass: " conditional " }).facts.shareClass).toBe(
      "conditional",
    );
  });
  it("decisions", () => {
    const d = (v: string) => n("data-share-request", { receivedAt: "2026-09-30", decision: v }).facts.decision;
    for (const v of ["同意", "通过", "approved"]) expect(d(v)).toBe("approved");
    for (const v of ["不同意", "驳回", "不予通过", "rejected"]) expect(d(v)).toBe("rejected");
    for (const v of ["待审核", "审核中", "pending", "待 审 核"]) expect(d(v)).toBe("pending");
  });
  it("是/否 booleans", () => {
    const f = n("data-demand", { receivedAt: "2026-09-30", cataloged: "否" }).facts;
    expect(f.cataloged).toBe(false);
    expect(
      n("open-data-objection", { receivedAt: "2026-09-30", evidence: "是", datasetOpen: true }).facts,
    ).toMatchObject({
      evidence: true,
      datasetOpen: true,
    });
  });
  it("lists split on 、 and ，", () => {
    expect(n("data-demand", { receivedAt: "2026-09-30", dataItems: "姓名、身份证号，住址" }).facts.dataItems).toEqual([
      "姓名",
      "身份证号",
      "住址",
    ]);
  });
  it("unknown fields are dropped; blank cells are absent", () => {
    const f = n("data-correction", { receivedAt: "2026-09-30", feedbackAt: "  ", resolvedAt: "—", secret: "x" }).facts;
    expect(f).toEqual({ receivedAt: "2026-09-30" });
  });
});

describe("dates", () => {
  const cases: [string, string][] = [
    ["2026-09-30", "2026-09-30"],
    ["2026-09-30T15:00:00+08:00", "2026-09-30T15:00:00+08:00"],
    ["2026-09-30T07:00:00Z", "2026-09-30T15:00:00+08:00"],
    ["2026-09-30T15:00:00-04:00", "2026-10-01T03:00:00+08:00"],
    ["2026/9/30", "2026-09-30"],
    ["2026.9.30", "2026-09-30"],
    ["2026-09-30 15:20", "2026-09-30T15:20:00+08:00"],
    ["2026年9月30日", "2026-09-30"],
    ["2026年9月30日 15时20分", "2026-09-30T15:20:00+08:00"],
    ["2026年9月30日15:20", "2026-09-30T15:20:00+08:00"],
    ["２０２６年９月３０日", "2026-09-30"],
    ["2026-09-30\u00a015:20:05", "2026-09-30T15:20:05+08:00"],
  ];
  for (const [raw, want] of cases)
    it(`${raw} → ${want}`, () => {
      expect(parseDateValue(raw)).toEqual({ ok: true, value: want });
    });
  for (const bad of ["2026-02-30", "2026-13-01", "yesterday", "2026-09-30 25:00", "30/09/2026", ""])
    it(`rejects ${JSON.stringify(bad)}`, () => {
      expect(parseDateValue(bad).ok).toBe(false);
    });
});

describe("faults name every field and what was expected", () => {
  it("lists all bad fields at once", () => {
    const r = normalizeFacts("data-share-request", { shareClass: "半共享", decision: 5, decidedAt: "昨天" });
    expect(r.issues.map((i) => i.path).sort()).toEqual([
      "facts.decidedAt",
      "facts.decision",
      "facts.receivedAt",
      "facts.shareClass",
    ]);
    expect(r.issues.find((i) => i.path === "facts.shareClass")?.message).toContain("有条件共享");
    expect(r.issues.find((i) => i.path === "facts.receivedAt")?.message).toContain("required");
  });
  it("facts that are not an object", () => {
    expect(normalizeFacts("data-correction", "x").issues[0].path).toBe("facts");
    expect(normalizeFacts("data-correction", [1]).issues[0].path).toBe("facts");
  });
  it("unknown kind", () => {
    expect(normalizeFacts("data-sharing", {}).issues[0]).toMatchObject({ path: "kind" });
  });
  it("the zod schema agrees with the fast normaliser", () => {
    const schema = factsZodSchema(KINDS.get("data-share-request") as NonNullable<ReturnType<typeof KINDS.get>>);
    const ok = schema.safeParse({ receivedAt: "2026/9/30", shareClass: "有条件共享", extra: 1 });
    expect(ok.success && ok.data).toEqual({ receivedAt: "2026-09-30", shareClass: "conditional" });
    const bad = schema.safeParse({ shareClass: "x" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["receivedAt", "shareClass"]);
  });
});
