// The hot paths of POST /api/evaluate and /api/deadlines: the hand-written pre-checks must accept only what the
// zod schemas accept (and return the same value), and the real HTTP server (Node request, headers read without a
// Web Headers object, body read from the socket) must answer exactly like app.request (Web Request path).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deadlineRequestPrecheck, evaluateRequestPrecheck } from "../../server/prechecks.ts";
import { DeadlineRequestSchema, EvaluateRequestSchema } from "../../server/schemas.ts";
import { bracketCount, jsonDepth } from "../../server/validate.ts";
import { listenHttp, req, type TestInstance, testInstance } from "./helpers.ts";
import { SAMPLE_DEADLINE_REQUEST, SAMPLE_EVALUATE_REQUEST } from "./sample-requests.ts";

const ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";

const EVALUATE = SAMPLE_EVALUATE_REQUEST;
const DEADLINE = SAMPLE_DEADLINE_REQUEST;

// Values each field is tried with: right, wrong type, edge lengths, near-misses of the formats.
const STRINGS = ["", " ", "  x  ", "x".repeat(64), "x".repeat(65), "x".repeat(200), "x".repeat(201), "数据共享"];
const INSTANTS = [
  "2026-09-30",
  "2026-09-30T15:00",
  "2026-09-30 15:00:00",
  "2026-09-30T15:00:00Z",
  "2026-09-30T15:00:00.123456789+0800",
  "2026-9-30",
  "2026-09-30T15",
  "2026-09-30T15:00:00+08:00 ",
  "今天",
];
const OTHERS = [undefined, null, 0, 5, -1, 1.5, 3650, 3651, true, [], {}, ["x"], { a: 1 }];
const VALUES: unknown[] = [...STRINGS, ...INSTANTS, ...OTHERS];

function variants(base: Record<string, unknown>, extra: Record<string, unknown[]>): unknown[] {
  const out: unknown[] = [base, null, [], "x", 1];
  for (const key of new Set([...Object.keys(base), ...Object.keys(extra)]))
    for (const v of [...VALUES, ...(extra[key] ?? [])]) {
      const b: Record<string, unknown> = { ...base };
      if (v === undefined) delete b[key];
      else b[key] = v;
      out.push(b);
    }
  out.push({ ...base, unknownKey: 1 });
  return out;
}

/** Deterministic pseudo-random bodies mixing the field values (several fields wrong or odd at once). */
function mixes(base: Record<string, unknown>, fields: Record<string, unknown[]>, n: number): unknown[] {
  let seed = 42;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return Math.floor((seed / 0x80000000) * k); // the high bits: an LCG's low bits cycle with a short period
  };
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const b: Record<string, unknown> = { ...base };
    for (const [k, vs] of Object.entries(fields)) if (rnd(3) === 0) b[k] = vs[rnd(vs.length)];
    for (const k of Object.keys(b)) if (b[k] === undefined) delete b[k];
    out.push(b);
  }
  return out;
}

function agree(
  name: string,
  bodies: unknown[],
  precheck: (v: unknown) => unknown,
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } },
) {
  let fast = 0;
  for (const body of bodies) {
    const pre = precheck(body);
    if (pre === undefined) continue;
    fast++;
    const z = schema.safeParse(body);
    expect(z.success, `${name}: pre-check accepted what zod refuses: ${JSON.stringify(body)}`).toBe(true);
    expect(pre, `${name}: ${JSON.stringify(body)}`).toStrictEqual(z.data);
  }
  return fast;
}

describe("pre-checks agree with the zod schemas", () => {
  it("POST /api/evaluate bodies", () => {
    const facts = [
      {},
      { a: 1 },
      { ["k".repeat(100)]: "x" },
      { ["k".repeat(101)]: "x" },
      JSON.parse('{"__proto__": {"x": 1}}'),
      { receivedAt: null },
      [1],
      "facts",
    ];
    const bodies = [
      ...variants(EVALUATE, { facts }),
      ...mixes(EVALUATE, { kind: VALUES, facts: [...facts, ...VALUES], now: VALUES }, 3000),
    ];
    const fast = agree("evaluate", bodies, evaluateRequestPrecheck, EvaluateRequestSchema);
    expect(fast).toBeGreaterThan(100); // the fast path is really taken
    expect(evaluateRequestPrecheck(EVALUATE)).toStrictEqual(EvaluateRequestSchema.parse(EVALUATE));
    expect(evaluateRequestPrecheck({ ...EVALUATE, kind: "  data-share-request " })?.kind).toBe("data-share-request");
  });

  it("POST /api/deadlines bodies", () => {
    const periods = [
      { unit: "workday", amount: 5 },
      { unit: "day", amount: 0 },
      { unit: "month", amount: 3650 },
      { unit: "year", amount: 3651 },
      { unit: "workday", amount: -1 },
      { unit: "workday", amount: 1.5 },
      { unit: "workday", amount: "5" },
      { unit: "week", amount: 1 },
      { unit: "workday" },
      { unit: "workday", amount: 2, rollOver: true, extra: "x" },
      { unit: "date", date: "2026-05-31" },
      { unit: "date", date: "2026-02-30" },
    ];
    const pauses = [[], [{ from: "2026-10-01", to: "2026-10-02", reason: "补正" }], [{ from: "x" }]];
    const extra = {
      period: periods,
      ruleId: ["sy-data-27-review-deadline", "  r  ", "", "x".repeat(201)],
      cutoff: ["17:00", "24:00", "24:60", "7:00", "00:00", "17:00:00"],
      pauses,
      extensions: [[], [{ unit: "workday", amount: 5, reason: "延期" }]],
    };
    const noPeriod = { start: DEADLINE.start, ruleId: "sy-data-27-review-deadline" };
    const bodies = [
      ...variants(DEADLINE, extra),
      ...variants(noPeriod, extra),
      ...mixes(
        DEADLINE,
        {
          start: VALUES,
          period: [...periods, ...VALUES],
          ruleId: [undefined, ...extra.ruleId],
          cutoff: [undefined, ...extra.cutoff],
          now: [undefined, ...VALUES],
          pauses: [undefined, ...pauses],
        },
        3000,
      ),
    ];
    const fast = agree("deadlines", bodies, deadlineRequestPrecheck, DeadlineRequestSchema);
    expect(fast).toBeGreaterThan(100);
    expect(deadlineRequestPrecheck(DEADLINE)).toStrictEqual(DeadlineRequestSchema.parse(DEADLINE));
    expect(deadlineRequestPrecheck(noPeriod)).toStrictEqual(DeadlineRequestSchema.parse(noPeriod));
    // pauses and fixed dates are left to zod
    expect(deadlineRequestPrecheck({ ...DEADLINE, pauses: [] })).toBeUndefined();
    expect(deadlineRequestPrecheck({ ...DEADLINE, period: { unit: "date", date: "2026-05-31" } })).toBeUndefined();
  });

  it("bracketCount bounds the nesting depth, so skipping the depth walk is safe", () => {
    for (const v of [{}, [], { a: [1, { b: "{[" }] }, [[[[]]]], { a: { b: { c: {} } } }, "x", 1]) {
      const text = JSON.stringify(v);
      expect(bracketCount(text)).toBeGreaterThanOrEqual(jsonDepth(v));
    }
    expect(bracketCount('{"a":"{{{{"}')).toBe(5);
  });
});

describe("over real HTTP the hot paths answer like app.request", () => {
  let s: TestInstance;
  let server: Awaited<ReturnType<typeof listenHttp>> | undefined;
  let url = "";
  beforeAll(async () => {
    s = await testInstance("sqlite", { allowedOrigins: [ORIGIN] });
    server = await listenHttp(s);
    url = server.url;
  });
  afterAll(async () => {
    await server?.close();
    await s?.destroy();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  const cases: [string, string, Record<string, string>?][] = [
    ["/api/evaluate", JSON.stringify(EVALUATE)],
    ["/api/deadlines", JSON.stringify(DEADLINE)],
    ["/api/deadlines", JSON.stringify({ start: DEADLINE.start, ruleId: "sy-data-27-review-deadline" })],
    ["/api/deadlines", JSON.stringify({ ...DEADLINE, pauses: [{ from: "2026-10-09", reason: "补正材料" }] })],
    ["/api/evaluate", JSON.stringify({ ...EVALUATE, kind: "no-such-kind" })],
    ["/api/evaluate", JSON.stringify({ ...EVALUATE, now: "tomorrow" })],
    ["/api/deadlines", JSON.stringify({ ...DEADLINE, period: { unit: "workday", amount: -1 } })],
    ["/api/evaluate", '{"kind": "data-share-request", "facts": {'], // malformed
    ["/api/evaluate", JSON.stringify({ ...EVALUATE, facts: { reason: "a\u0000b" } })], // NUL
    ["/api/evaluate", `${'{"a":'.repeat(40)}1${"}".repeat(40)}`], // nested too deeply
    ["/api/evaluate", JSON.stringify(EVALUATE), { "content-type": "text/plain" }],
    ["/api/evaluate", JSON.stringify(EVALUATE), { "content-type": "application/json; charset=utf-8" }],
  ];

  it("same status and body over HTTP as through app.request", async () => {
    for (const [path, body, headers] of cases) {
      const http = await post(path, body, headers);
      const web = await req(s, "POST", path, {
        raw: body,
        headers: { "content-type": "application/json", ...headers },
      });
      const label = `${path} ${body.slice(0, 80)}`;
      expect(http.status, label).toBe(web.status);
      expect(await http.json(), label).toEqual(await web.json());
    }
  });

  it("the error answers name the field or the fault", async () => {
    const nul = await post("/api/evaluate", JSON.stringify({ ...EVALUATE, facts: { reason: "a\u0000b" } }));
    expect(nul.status).toBe(400);
    expect(JSON.stringify(await nul.json())).toMatch(/NUL/);
    const deep = await post("/api/evaluate", `${'{"a":'.repeat(40)}1${"}".repeat(40)}`);
    expect(deep.status).toBe(400);
    expect((await deep.json()).error).toMatch(/nested too deeply/);
    const badNow = await post("/api/evaluate", JSON.stringify({ ...EVALUATE, now: "tomorrow" }));
    expect((await badNow.json()).issues[0].path).toBe("now");
    // many brackets side by side but shallow: not refused
    const wide = { ...EVALUATE, facts: { ...EVALUATE.facts, portalExtra: Array.from({ length: 50 }, () => ["x"]) } };
    expect((await post("/api/evaluate", JSON.stringify(wide))).status).toBe(200);
  });

  it("CORS headers for a configured Origin, none for others, read from the Node request", async () => {
    const ok = await post("/api/evaluate", JSON.stringify(EVALUATE), { origin: ORIGIN });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const evil = await post("/api/evaluate", JSON.stringify(EVALUATE), { origin: "https://evil.example" });
    expect(evil.status).toBe(200);
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    const none = await post("/api/deadlines", JSON.stringify(DEADLINE));
    expect(none.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("a declared Content-Length over the limit → 413 before reading", async () => {
    const small = await testInstance("sqlite", { bodyLimitBytes: 100 });
    const srv = await listenHttp(small);
    try {
      const r = await fetch(`${srv.url}/api/evaluate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(EVALUATE),
      });
      expect(r.status).toBe(413);
      expect((await r.json()).error).toMatch(/too large/);
    } finally {
      await srv.close();
      await small.destroy();
    }
  });
});
