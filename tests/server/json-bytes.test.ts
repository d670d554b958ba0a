// server/json-bytes.ts must give exactly the bytes of Buffer.from(JSON.stringify(v)): on every evaluation result of
// the benchmark's 10 000 mixed cases (all case kinds, first pass filling the frozen-part cache, second pass
// reading it), on the odd values JSON.stringify has rules for, and when a frozen object holds a mutable child.
import { describe, expect, it } from "vitest";
import { makeCases } from "../../bench/evaluate.bench.ts";
import { isVocabulary, jsonBytes } from "../../server/json-bytes.ts";
import { evaluate } from "../../shared/evaluate/index.ts";
import { listenHttp, req, testInstance } from "./helpers.ts";
import { SAMPLE_EVALUATE_REQUEST } from "./sample-requests.ts";

const same = (v: unknown) => expect(jsonBytes(v).toString("utf8")).toBe(JSON.stringify(v));

describe("jsonBytes", () => {
  it("equals JSON.stringify on every result of the 10 000 mixed benchmark cases, cached or not", () => {
    const cases = makeCases();
    const kinds = new Set<string>();
    for (let pass = 0; pass < 2; pass++) {
      let mismatches = 0;
      for (const c of cases) {
        const r = evaluate({ kind: c.kind, facts: c.facts, now: "2026-10-09T09:00:00+08:00" });
        kinds.add(c.kind);
        if (!jsonBytes(r).equals(Buffer.from(JSON.stringify(r)))) mismatches++;
      }
      expect(mismatches).toBe(0);
    }
    expect(kinds.size).toBeGreaterThanOrEqual(10);
  });

  it("equals JSON.stringify on 3 000 random values (random code units, frozen and shared parts, odd members)", () => {
    let seed = 7; // mulberry32: every low bit varies (an LCG's low bits cycle and would skip combinations)
    const rnd = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
    };
    const text = () => {
      let s = "";
      const len = rnd(12);
      for (let i = 0; i < len; i++) {
        const pick = rnd(5);
        s += String.fromCharCode(
          pick === 0 ? rnd(0x20) : pick === 1 ? 0x20 + rnd(0x60) : pick === 2 ? 0x4e00 + rnd(0x5000) : rnd(0x10000),
        );
      }
      return s;
    };
    const shared: object[] = [];
    const gen = (depth: number): unknown => {
      const t = rnd(depth > 3 ? 6 : 10);
      if (t === 0) return text();
      if (t === 1) return rnd(3) === 0 ? [Number.NaN, -0, 1e-7, 2 ** 60][rnd(4)] : rnd(1e6) / 7;
      if (t === 2) return [true, false, null][rnd(3)];
      if (t === 3) return [undefined, () => 0, Symbol("s")][rnd(3)];
      if (t === 4 && shared.length) return shared[rnd(shared.length)];
      if (t === 5) return text().slice(0, 3);
      let v: object;
      if (t < 8) v = Array.from({ length: rnd(5) }, () => gen(depth + 1));
      else {
        const o: Record<string, unknown> = {};
        for (let i = rnd(6); i > 0; i--) o[rnd(4) === 0 ? text() : `k${rnd(9)}`] = gen(depth + 1);
        v = o;
      }
      if (rnd(2) === 0) {
        Object.freeze(v);
        if (rnd(2) === 0) shared.push(v);
      }
      return v;
    };
    let mismatches = 0;
    for (let i = 0; i < 3000; i++) {
      const v = { i, value: gen(0) };
      if (!jsonBytes(v).equals(Buffer.from(JSON.stringify(v)))) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(shared.length).toBeGreaterThan(50);
  });

  it("escapes strings like JSON.stringify (quotes, backslashes, control characters, lone surrogates, U+2028)", () => {
    const strings = [
      "",
      'say "无"',
      "C:\\path\\n",
      "tab\tnew\nline\r\u0000\u001f",
      "\ud800 lone high",
      "lone low \udc00",
      "emoji 😀 pair",
      "line\u2028sep\u2029",
      "全角，标点。「」",
    ];
    for (const s of strings) same(s);
    same({ [strings[1]]: strings[3], "\ud800": strings[6] });
    same(Object.freeze({ key: Object.freeze([...strings]) }));
  });

  it("writes numbers, booleans and null like JSON.stringify", () => {
    same([0, -0, 1.5, -3e-7, 1e21, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    same([true, false, null]);
    same(42);
    same("x");
    same(null);
  });

  it("skips undefined, functions and symbols in objects and writes null for them in arrays", () => {
    same({ a: undefined, b: () => 1, c: Symbol("s"), d: 1, e: [undefined, () => 1, Symbol("t"), 2] });
    same(Object.freeze({ a: undefined, b: Object.freeze([undefined]) }));
    same({ first: undefined, second: 2 }); // no leading comma when the first key is skipped
  });

  it("hands Dates, class instances, toJSON, boxed values, Maps and null-prototype objects to JSON.stringify", () => {
    class Point {
      constructor(
        public x: number,
        public y: number,
      ) {}
    }
    const bare = Object.create(null) as Record<string, unknown>;
    bare.k = "v";
    same({
      date: new Date("2026-10-09T01:00:00Z"),
      point: new Point(1, 2),
      custom: { toJSON: () => "custom" },
      boxed: [new String("s"), new Number(3), new Boolean(false)],
      map: new Map([["a", 1]]),
      bare,
    });
    same(Object.freeze({ when: new Date(0) }));
  });

  it("never serves stale bytes for a frozen object whose child can still change", () => {
    const child = { count: 1 };
    const parent = Object.freeze({ label: "shared", child });
    same(parent);
    child.count = 2;
    expect(jsonBytes(parent).toString()).toContain('"count":2');
    same(parent);
  });

  it("never caches a frozen object with a getter (it may answer differently next time)", () => {
    let n = 0;
    const ticking = Object.freeze({
      get n() {
        n += 1;
        return n;
      },
    });
    const answer = Object.freeze({ ticking });
    expect(jsonBytes(answer).toString()).toBe('{"ticking":{"n":1}}');
    expect(jsonBytes(answer).toString()).toBe('{"ticking":{"n":2}}');
  });

  it("reuses the bytes of a deep-frozen object and keeps the order of keys", () => {
    const shared = Object.freeze({ z: 1, a: Object.freeze({ 文号: "双政办规〔2026〕1号" }), m: Object.freeze([1, 2]) });
    const answer = { before: "x", items: [shared, { own: shared }, shared], after: "y" };
    same(answer);
    same(answer);
  });

  it("throws what JSON.stringify throws (cycles, BigInt) and refuses a value with no JSON form", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => jsonBytes(cyclic)).toThrow(TypeError);
    expect(() => jsonBytes({ n: 10n })).toThrow(TypeError);
    expect(() => jsonBytes(undefined)).toThrow(TypeError);
    expect(() => jsonBytes(() => 1)).toThrow(TypeError);
    same({ after: "a failed call leaves no residue" });
  });

  it("keeps only vocabulary strings (ids, enums, ISO dates) in its string cache, never personal data", () => {
    for (const s of ["sy-data-27-rejection-reason", "violation", "in-force", "2026-10-08", "2026-10-08T23:59:59+08:00"])
      expect(isVocabulary(s)).toBe(true);
    for (const s of [
      "230502198001011234",
      "23050219800101123X",
      "张三",
      "13800138000",
      "zhang@example.cn",
      "Zhang San",
    ])
      expect(isVocabulary(s)).toBe(false);
    for (const s of ["无", "社保待遇资格核验", "x".repeat(65), "2026-10-08T23:59:59Z", 'a"b'])
      expect(isVocabulary(s)).toBe(false);
    same({ id: "230502198001011234", name: "张三", rule: "sy-data-27-rejection-reason" });
  });

  it("handles answers larger than its scratch buffer and deep nesting", () => {
    const big = Array.from({ length: 5000 }, (_, i) => ({ i, text: `第${i}条 公共数据 ${"数".repeat(i % 40)}` }));
    same(big);
    let deep: unknown = "leaf";
    for (let i = 0; i < 600; i++) deep = { d: deep };
    same(deep);
    same({ small: true });
  });
});

describe("answers written with jsonBytes", () => {
  it("POST /api/evaluate over real HTTP: JSON with a Content-Length equal to its UTF-8 bytes, same as app.request", async () => {
    const t = await testInstance("sqlite");
    const http = await listenHttp(t);
    try {
      const res = await fetch(`${http.url}/api/evaluate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(SAMPLE_EVALUATE_REQUEST),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
      const text = new TextDecoder().decode(bytes);
      expect(text).toContain("不同意共享但未说明具体原因");
      const viaApp = await req(t, "POST", "/api/evaluate", { body: SAMPLE_EVALUATE_REQUEST });
      expect(await viaApp.text()).toBe(text);
      const { kind, facts, now } = SAMPLE_EVALUATE_REQUEST;
      expect(text).toBe(JSON.stringify(t.deps.engine.evaluate(kind, facts, now)));
    } finally {
      await http.close();
      await t.destroy();
    }
  });
});
