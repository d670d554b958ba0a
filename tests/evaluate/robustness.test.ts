// Bad input never crashes the evaluator: every call returns a result or throws EvaluationError naming fields.
import { describe, expect, it } from "vitest";
import { EvaluationError, evaluate } from "../../shared/evaluate/index.ts";
import { CASE_KINDS, KINDS } from "../../shared/kinds/index.ts";

let seed = 7;
const rnd = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};
const GARBAGE: unknown[] = [
  null,
  undefined,
  "",
  " ",
  "—",
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  [],
  ["a", 1, null],
  {},
  { nested: { x: 1 } },
  "2026-02-30",
  "2026-09-30T25:00",
  "9999-12-31",
  "1900-01-01",
  "２０２６年９月３０日",
  "同意",
  "是",
  "x".repeat(10_000),
  "<script>alert(1)</script>",
  "230502198001011234",
  "__proto__",
  new Date(Number.NaN),
];
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

describe("garbage in, clear errors out", () => {
  it("5 000 random cases over every kind: a result or an EvaluationError, never anything else", () => {
    let errors = 0;
    for (let i = 0; i < 5000; i++) {
      const kind = pick([...CASE_KINDS, "nope", ""]);
      const fields = Object.keys(KINDS.get(kind)?.fields ?? { a: 1 });
      const facts: Record<string, unknown> = {};
      for (const f of fields) if (rnd() < 0.5) facts[f] = pick(GARBAGE);
      const input = rnd() < 0.02 ? pick(GARBAGE) : facts;
      const now = rnd() < 0.1 ? pick(GARBAGE) : "2026-10-12T10:00:00+08:00";
      try {
        const r = evaluate({ kind, facts: input, now: now as string });
        expect(Array.isArray(r.findings)).toBe(true);
        expect(JSON.stringify(r)).not.toContain("230502198001011234");
      } catch (e) {
        expect(e, String(e)).toBeInstanceOf(EvaluationError);
        const issues = (e as EvaluationError).issues;
        expect(issues.length).toBeGreaterThan(0);
        for (const is of issues) expect(is.path).toMatch(/^(kind|now|facts(\.[A-Za-z]+)?|\(root\))$/);
        errors++;
      }
    }
    expect(errors).toBeGreaterThan(100);
  });
  it("prototype keys in facts are ignored", () => {
    const facts = JSON.parse(
      '{"__proto__": {"receivedAt": "2026-03-02"}, "constructor": 1, "receivedAt": "2026-03-02"}',
    );
    const r = evaluate({ kind: "data-correction", facts, now: "2026-03-03T09:00:00+08:00" });
    expect(r.facts).toEqual({ receivedAt: "2026-03-02" });
  });
});
