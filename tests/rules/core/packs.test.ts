// Every bundled pack: valid against the zod schema, plain JSON (no functions), compiles, unique ids, registry docs.
import { describe, expect, it } from "vitest";
import { getDocument } from "../../../shared/documents/index.ts";
import { compilePack, compilePackSet, RuleCompileError } from "../../../shared/evaluate/index.ts";
import { allPacks, rulePackBundle } from "../../../shared/rules/packs/index.ts";
import { parseRulePack, type RulePack, RulePackSchema } from "../../../shared/rules/schema.ts";

describe("bundled packs", () => {
  const packs = allPacks();
  it("includes pack 1", () => {
    expect(packs.map((p) => p.id)).toContain("sy-public-data-2026");
  });
  for (const p of packs) {
    it(`${p.id}: validates, survives JSON, compiles`, () => {
      const r = RulePackSchema.safeParse(p);
      expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
      expect(parseRulePack(JSON.parse(JSON.stringify(p))).id).toBe(p.id);
      expect(compilePack(p).length).toBe(p.rules.length);
      for (const d of p.docNos) expect(getDocument(d), d).toBeDefined();
      for (const r of p.rules) expect(getDocument(r.citation.docNo), `${r.id}: ${r.citation.docNo}`).toBeDefined();
    });
  }
  it("rule ids are unique across packs", () => {
    const ids = packs.flatMap((p) => p.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => compilePackSet(packs)).not.toThrow();
  });
  it("the bundle is { version, packs } and its version follows the content", () => {
    const b = rulePackBundle();
    expect(b.packs).toBe(packs);
    expect(b.version).toMatch(/^\d+-[0-9a-f]{8}$/);
    expect(rulePackBundle()).toBe(b);
  });
});

describe("bad packs are refused with the reason", () => {
  const base: RulePack = {
    id: "t",
    version: "1",
    docNos: ["双政办规〔2026〕1号"],
    title: { zh: "测试", en: "test" },
    rules: [],
  };
  it("schema: unknown kind, bad id, function inside", () => {
    const bad = {
      ...base,
      rules: [
        {
          id: "X Y",
          kind: "nope",
          title: { zh: "a", en: "a" },
          citation: { docNo: "d" },
          effective: { from: "2026-01-01" },
        },
      ],
    };
    expect(() => parseRulePack(bad)).toThrow(/rules\.0\.id.*rules\.0\.kind|rules\.0\.kind.*rules\.0\.id/s);
    expect(
      RulePackSchema.safeParse({ ...base, rules: [{ ...bad.rules[0], id: "x", kind: "data-grant", when: () => true }] })
        .success,
    ).toBe(false);
  });
  it("compile: unknown fact field names the rule", () => {
    const p: RulePack = {
      ...base,
      rules: [
        {
          id: "r1",
          kind: "data-grant",
          title: { zh: "a", en: "a" },
          citation: { docNo: "双政办规〔2026〕1号" },
          effective: { from: "2026-01-01" },
          checks: [{ id: "c", severity: "info", when: { present: "lastCaledAt" }, message: { zh: "x", en: "x" } }],
        },
      ],
    };
    expect(() => compilePack(p)).toThrow(/rule r1, check c: unknown fact field "lastCaledAt"/);
  });
  it("compile: a bind to a missing table", () => {
    const p: RulePack = {
      ...base,
      rules: [
        {
          id: "r2",
          kind: "approval-application",
          title: { zh: "a", en: "a" },
          citation: { docNo: "双政规〔2017〕7号" },
          effective: { from: "2017-01-01" },
          bind: { table: "items", match: { name: "itemName" } },
        },
      ],
    };
    expect(() => compilePack(p)).toThrow(RuleCompileError);
  });
});
