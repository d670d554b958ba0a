// Route tests through app.request for every endpoint and every error class, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openInstance } from "../../server/instance.ts";
import { DATABASES, ID_NUMBER, req, type TestInstance, testInstance } from "./helpers.ts";

const RULE = "sy-data-27-review-deadline";
// A conditional share request (有条件共享) received Wednesday 2026-09-30 15:00; 1 工作日 review deadline. The
// National Day / 中秋 holiday (10-01…10-07) follows, so the due day is the first working day after it: 10-08.
const FACTS = { receivedAt: "2026-09-30T15:00:00+08:00", shareClass: "有条件共享", scenario: "社保核验" };

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`API routes on ${kind}`, () => {
    let s: TestInstance;
    beforeAll(async () => {
      s = await testInstance(kind, { allowedOrigins: ["chrome-extension://abcdefghijklmnopabcdefghijklmnop"] });
    });
    afterAll(async () => {
      await s?.destroy();
    });

    describe("public reference data", () => {
      it("GET /api/health says ok, versions and the database kind", async () => {
        const r = await req(s, "GET", "/api/health");
        expect(r.status).toBe(200);
        const b = await r.json();
        expect(b).toMatchObject({ ok: true, db: kind });
        expect(typeof b.version).toBe("string");
        expect(b.rulePackVersion).toBe(s.deps.engine.bundle.version);
      });

      it("GET /api/rulepacks returns the bundle with an ETag and 304 on If-None-Match", async () => {
        const r = await req(s, "GET", "/api/rulepacks");
        expect(r.status).toBe(200);
        const etag = r.headers.get("etag");
        expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
        const b = await r.json();
        expect(b.version).toBe(s.deps.engine.bundle.version);
        expect(b.packs.some((p: { rules: { id: string }[] }) => p.rules.some((x) => x.id === RULE))).toBe(true);
        const again = await req(s, "GET", "/api/rulepacks", { headers: { "If-None-Match": etag ?? "" } });
        expect(again.status).toBe(304);
        const other = await req(s, "GET", "/api/rulepacks", { headers: { "If-None-Match": '"stale"' } });
        expect(other.status).toBe(200);
      });

      it("GET /api/rules lists summaries with citation and severity; /api/rules/:id one rule; unknown → 404", async () => {
        const list = await (await req(s, "GET", "/api/rules")).json();
        const r = list.find((x: { id: string }) => x.id === RULE);
        expect(["violation", "warning", "info"]).toContain(r.severity);
        expect(list.some((x: { severity: string }) => x.severity === "violation")).toBe(true);
        expect(r).toMatchObject({
          kind: "data-share-request",
          citation: { docNo: "双政办规〔2026〕1号", article: "第二十七条" },
        });
        expect(r.citation.quote).toContain("1个工作日内完成审核");
        const one = await req(s, "GET", `/api/rules/${RULE}`);
        expect(one.status).toBe(200);
        expect((await one.json()).deadline.period).toEqual({ unit: "workday", amount: 1 });
        const missing = await req(s, "GET", "/api/rules/no-such-rule");
        expect(missing.status).toBe(404);
        expect((await missing.json()).error).toContain("no-such-rule");
      });

      it("GET /api/calendar/:year lists every day with status, holiday name and provisional; bad year → 400", async () => {
        const r = await req(s, "GET", "/api/calendar/2026");
        expect(r.status).toBe(200);
        const y = await r.json();
        expect(y.days).toHaveLength(365);
        expect(y.provisional).toBe(false);
        const oct1 = y.days.find((d: { date: string }) => d.date === "2026-10-01");
        expect(oct1).toMatchObject({ status: "holiday", kind: "holiday", provisional: false });
        expect(oct1.holidayName).toBeTruthy();
        // 调休: Sunday 2026-09-20 is a make-up working day, Saturday 2026-09-19 an ordinary rest day
        expect(y.days.find((d: { date: string }) => d.date === "2026-09-20")).toMatchObject({
          status: "work",
          makeupWorkday: true,
        });
        expect(y.days.find((d: { date: string }) => d.date === "2026-09-19").status).toBe("rest");
        const counts: Record<string, number> = {};
        for (const d of y.days) counts[d.status] = (counts[d.status] ?? 0) + 1;
        expect(Object.keys(counts).sort()).toEqual(["holiday", "rest", "work"]);
        for (const bad of ["20x6", "1800", "99999"]) {
          const e = await req(s, "GET", `/api/calendar/${bad}`);
          expect(e.status).toBe(400);
          expect((await e.json()).issues[0].path).toBe("year");
        }
      });

      it("POST /api/deadlines counts 工作日 over the National Day holiday and reports remaining with now", async () => {
        const r = await req(s, "POST", "/api/deadlines", {
          body: { start: "2026-09-30T15:00:00+08:00", period: { unit: "workday", amount: 5 } },
        });
        expect(r.status).toBe(200);
        const d = await r.json();
        expect(d.due).toMatch(/^2026-10-1\d$/);
        expect(d.dueAt).toMatch(/\+08:00$/);
        expect(d.provisional).toBe(false);
        expect(Array.isArray(d.citations)).toBe(true);
        expect(d.remaining).toBeUndefined();
        const withNow = await (
          await req(s, "POST", "/api/deadlines", {
            body: {
              start: "2026-09-30T15:00:00+08:00",
              period: { unit: "workday", amount: 5 },
              now: "2026-10-09T09:00:00+08:00",
            },
          })
        ).json();
        expect(withNow.due).toBe(d.due);
        expect(["ok", "due-soon", "due-today", "overdue"]).toContain(withNow.status);
        expect(withNow.remaining.status).toBe(withNow.status);
      });

      it("POST /api/deadlines with a ruleId uses the rule's period and cites it; unknown rule → 404", async () => {
        const r = await req(s, "POST", "/api/deadlines", {
          body: { start: "2026-09-30T15:00:00+08:00", ruleId: RULE },
        });
        expect(r.status).toBe(200);
        const d = await r.json();
        expect(d.due).toBe("2026-10-08");
        expect(d.citations[0]).toMatchObject({ docNo: "双政办规〔2026〕1号", article: "第二十七条" });
        const missing = await req(s, "POST", "/api/deadlines", { body: { start: "2026-09-30", ruleId: "nope" } });
        expect(missing.status).toBe(404);
      });

      it("POST /api/deadlines rejects bad input naming the field", async () => {
        const cases: [unknown, string][] = [
          [{ period: { unit: "workday", amount: 5 } }, "start"],
          [{ start: "30/09/2026", period: { unit: "workday", amount: 5 } }, "start"],
          [{ start: "2026-09-30", period: { unit: "fortnight", amount: 5 } }, "period.unit"],
          [{ start: "2026-09-30", period: { unit: "workday", amount: -1 } }, "period.amount"],
          [{ start: "2026-09-30", period: { unit: "workday", amount: 1.5 } }, "period.amount"],
          [{ start: "2026-09-30", period: { unit: "date" } }, "period.date"],
          [{ start: "2026-09-30" }, "period"],
          [{ start: "2026-02-30", period: { unit: "day", amount: 1 } }, "start"],
        ];
        for (const [body, field] of cases) {
          const r = await req(s, "POST", "/api/deadlines", { body });
          expect(r.status, JSON.stringify(body)).toBe(400);
          const e = await r.json();
          expect(e.error).toBeTruthy();
          expect(
            e.issues.some((i: { path: string }) => i.path.startsWith(field)),
            JSON.stringify(e),
          ).toBe(true);
          // every message says what was expected (never zod's bare "Invalid input" for a whole union)
          for (const i of e.issues as { message: string }[])
            expect(i.message, JSON.stringify(e)).not.toBe("Invalid input");
        }
        const bad = await (
          await req(s, "POST", "/api/deadlines", {
            body: { start: "2026-09-30", period: { unit: "weeks", amount: 2 } },
          })
        ).json();
        expect(bad.issues).toEqual([{ path: "period.unit", message: expect.stringContaining("'workday'") }]);
      });

      it("POST /api/evaluate returns findings and deadlines; unknown kind → 400 naming kind", async () => {
        const open = await req(s, "POST", "/api/evaluate", {
          body: { kind: "data-share-request", facts: FACTS, now: "2026-10-09T09:00:00+08:00" },
        });
        expect(open.status).toBe(200);
        const ev = await open.json();
        expect(ev.kind).toBe("data-share-request");
        expect(ev.deadlines.find((d: { ruleId: string }) => d.ruleId === RULE)).toMatchObject({
          due: "2026-10-08",
          status: "overdue",
        });
        // refused without a specific reason (不同意 / 无): a violation citing 第二十七条
        const refused = await (
          await req(s, "POST", "/api/evaluate", {
            body: {
              kind: "data-share-request",
              facts: { ...FACTS, decision: "不同意", decidedAt: "2026-10-08", reason: "无" },
              now: "2026-10-09T09:00:00+08:00",
            },
          })
        ).json();
        expect(
          refused.findings.some(
            (f: { severity: string; citation: { article?: string } }) =>
              f.severity === "violation" && f.citation.article === "第二十七条",
          ),
        ).toBe(true);
        const bad = await req(s, "POST", "/api/evaluate", { body: { kind: "no-such-kind", facts: {} } });
        expect(bad.status).toBe(400);
        expect((await bad.json()).issues.some((i: { path: string }) => i.path.includes("kind"))).toBe(true);
      });
    });

    describe("authentication, roles and limits", () => {
      it("401 without a token or with an unknown token; 403 for a role too low", async () => {
        const none = await req(s, "GET", "/api/cases");
        expect(none.status).toBe(401);
        expect(none.headers.get("www-authenticate")).toContain("Bearer");
        expect((await req(s, "GET", "/api/cases", { token: "sx_not-a-real-token" })).status).toBe(401);
        expect((await req(s, "GET", "/api/cases", { headers: { Authorization: "Basic abc" } })).status).toBe(401);
        expect((await req(s, "GET", "/api/tokens", { token: s.tokens.clerk })).status).toBe(403);
        // a clerk exports too: what its scope holds (scope.test.ts: only its own unit's flags)
        expect((await req(s, "GET", "/api/flags/export.csv", { token: s.tokens.clerk })).status).toBe(200);
        expect((await req(s, "PUT", "/api/calendar/2027", { token: s.tokens.supervisor, body: {} })).status).toBe(403);
      });

      it("admin creates, lists and revokes tokens; a revoked token gets 401", async () => {
        const r = await req(s, "POST", "/api/tokens", { token: s.tokens.admin, body: { role: "clerk", name: "赵六" } });
        expect(r.status).toBe(201);
        const t = await r.json();
        expect(t.token).toMatch(/^sx_/);
        expect((await req(s, "GET", "/api/cases", { token: t.token })).status).toBe(200);
        const list = await (await req(s, "GET", "/api/tokens", { token: s.tokens.admin })).json();
        expect(list.find((x: { id: string }) => x.id === t.id)).toMatchObject({ role: "clerk", name: "赵六" });
        expect(JSON.stringify(list)).not.toContain(t.token);
        expect((await req(s, "DELETE", `/api/tokens/${t.id}`, { token: s.tokens.admin })).status).toBe(200);
        expect((await req(s, "GET", "/api/cases", { token: t.token })).status).toBe(401);
        expect((await req(s, "DELETE", `/api/tokens/${t.id}`, { token: s.tokens.admin })).status).toBe(404);
        const bad = await req(s, "POST", "/api/tokens", { token: s.tokens.admin, body: { role: "boss", name: "" } });
        expect(bad.status).toBe(400);
        const paths = (await bad.json()).issues.map((i: { path: string }) => i.path);
        expect(paths).toEqual(expect.arrayContaining(["role", "name"]));
      });

      it("the token's secret is stored only hashed", async () => {
        const rows = await s.deps.db.selectFrom("tokens").selectAll().execute();
        expect(rows.length).toBeGreaterThanOrEqual(3);
        const dump = JSON.stringify(rows);
        for (const t of Object.values(s.tokens)) expect(dump).not.toContain(t);
      });

      it("a body over the limit → 413", async () => {
        const big = "x".repeat(1024 * 1024 + 10);
        const r = await req(s, "POST", "/api/evaluate", {
          body: { kind: "data-share-request", facts: { scenario: big } },
        });
        expect(r.status).toBe(413);
        expect((await r.json()).error).toMatch(/too large/);
      });

      it("too many requests from one token → 429 with Retry-After; other tokens are unaffected", async () => {
        const limited = await openInstance({ ...s.location, rateLimitPerMinute: 5 });
        try {
          const statuses: number[] = [];
          for (let i = 0; i < 7; i++)
            statuses.push((await req(limited, "GET", "/api/cases", { token: s.tokens.clerk })).status);
          expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
          expect(statuses.slice(5)).toEqual([429, 429]);
          const r = await req(limited, "GET", "/api/cases", { token: s.tokens.clerk });
          expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
          expect((await req(limited, "GET", "/api/cases", { token: s.tokens.supervisor })).status).toBe(200);
        } finally {
          await limited.close();
        }
      });

      it("CORS answers only configured origins", async () => {
        const ok = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
        const pre = await req(s, "OPTIONS", "/api/cases", {
          headers: {
            Origin: ok,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
          },
        });
        expect(pre.headers.get("access-control-allow-origin")).toBe(ok);
        const evil = await req(s, "OPTIONS", "/api/cases", {
          headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" },
        });
        expect(evil.headers.get("access-control-allow-origin")).toBeNull();
        const get = await req(s, "GET", "/api/health", { headers: { Origin: "https://evil.example" } });
        expect(get.headers.get("access-control-allow-origin")).toBeNull();
      });

      it("unknown endpoints → 404 JSON", async () => {
        const r = await req(s, "GET", "/api/nope");
        expect(r.status).toBe(404);
        expect((await r.json()).error).toContain("/api/nope");
      });
    });

    describe("cases", () => {
      it("creates a case (201), re-sending it updates the same case (200); 身份证号 masked; deadlines stored", async () => {
        const body = {
          portal: "oa.example",
          externalId: "GX-2026-0001",
          kind: "data-share-request",
          unit: "市数据局",
          facts: { ...FACTS, scenario: `核验申请人 ${ID_NUMBER} 的社保信息`, notAField: "dropped" },
          now: "2026-09-30T16:00:00+08:00",
        };
        const r1 = await req(s, "POST", "/api/cases", { token: s.tokens.clerk, body });
        expect(r1.status).toBe(201);
        const c1 = await r1.json();
        expect(c1).toMatchObject({
          portal: "oa.example",
          externalId: "GX-2026-0001",
          status: "open",
          due: "2026-10-08",
        });
        expect(JSON.stringify(c1)).not.toContain(ID_NUMBER);
        expect(c1.facts.scenario).toContain("230502********1234");
        expect(c1.facts.notAField).toBeUndefined();
        expect(c1.deadlines[0]).toMatchObject({ ruleId: RULE, due: "2026-10-08" });
        expect(c1.deadlines[0].status).not.toBe("overdue"); // as of the write's now (2026-09-30 16:00)
        // reading an open case re-evaluates it now: the real clock is past 2026-10-08, so the counter is overdue
        const read = await (await req(s, "GET", `/api/cases/${c1.id}`, { token: s.tokens.clerk })).json();
        expect(read.deadlines[0]).toMatchObject({ ruleId: RULE, due: "2026-10-08", status: "overdue" });
        expect(read.evaluatedAt).toMatch(/\+08:00$/);
        const r2 = await req(s, "POST", "/api/cases", {
          token: s.tokens.clerk,
          body: { ...body, facts: { ...body.facts, decidedAt: "2026-10-08T10:00:00+08:00" } },
        });
        expect(r2.status).toBe(200);
        const c2 = await r2.json();
        expect(c2.id).toBe(c1.id);
        expect(c2.createdAt).toBe(c1.createdAt);
        const rows = await s.deps.db
          .selectFrom("cases")
          .selectAll()
          .where("external_id", "=", "GX-2026-0001")
          .execute();
        expect(rows).toHaveLength(1);
        expect(rows[0].facts).not.toContain(ID_NUMBER);
      });

      it("lists with filters (status, dueBefore, unit), gets, closes; unknown case → 404", async () => {
        const mk = async (externalId: string, receivedAt: string, unit: string) =>
          (
            await req(s, "POST", "/api/cases", {
              token: s.tokens.clerk,
              body: {
                portal: "list.example",
                externalId,
                kind: "data-share-request",
                unit,
                facts: { ...FACTS, receivedAt },
              },
            })
          ).json();
        const a = await mk("L-1", "2026-03-02T09:00:00+08:00", "甲局"); // due 2026-03-03
        const b = await mk("L-2", "2026-06-01T09:00:00+08:00", "乙局"); // due 2026-06-02
        const byUnit = await (
          await req(s, "GET", "/api/cases?portal=list.example&unit=甲局", { token: s.tokens.clerk })
        ).json();
        expect(byUnit.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
        const dueBefore = await (
          await req(s, "GET", "/api/cases?portal=list.example&dueBefore=2026-04-01", { token: s.tokens.clerk })
        ).json();
        expect(dueBefore.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
        expect((await req(s, "GET", `/api/cases/${b.id}`, { token: s.tokens.clerk })).status).toBe(200);
        const closed = await (await req(s, "POST", `/api/cases/${b.id}/close`, { token: s.tokens.clerk })).json();
        expect(closed).toMatchObject({ id: b.id, status: "closed" });
        expect(closed.closedAt).toMatch(/\+08:00$/);
        const again = await (await req(s, "POST", `/api/cases/${b.id}/close`, { token: s.tokens.clerk })).json();
        expect(again.closedAt).toBe(closed.closedAt);
        const open = await (
          await req(s, "GET", "/api/cases?portal=list.example&status=open", { token: s.tokens.clerk })
        ).json();
        expect(open.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
        expect(open.total).toBe(1);
        expect(
          (await req(s, "GET", "/api/cases/00000000-0000-0000-0000-000000000000", { token: s.tokens.clerk })).status,
        ).toBe(404);
        expect((await req(s, "POST", "/api/cases/garbage/close", { token: s.tokens.clerk })).status).toBe(404);
        const badQ = await req(s, "GET", "/api/cases?status=maybe&dueBefore=tomorrow&limit=0", {
          token: s.tokens.clerk,
        });
        expect(badQ.status).toBe(400);
        expect((await badQ.json()).issues.map((i: { path: string }) => i.path)).toEqual(
          expect.arrayContaining(["query.status", "query.dueBefore", "query.limit"]),
        );
      });

      it("rejects bad case bodies naming the field (400)", async () => {
        const r = await req(s, "POST", "/api/cases", {
          token: s.tokens.clerk,
          body: { portal: "", externalId: 5, kind: "data-share-request", facts: [] },
        });
        expect(r.status).toBe(400);
        const paths = (await r.json()).issues.map((i: { path: string }) => i.path);
        expect(paths).toEqual(expect.arrayContaining(["portal", "externalId", "facts"]));
        const badFacts = await req(s, "POST", "/api/cases", {
          token: s.tokens.clerk,
          body: { portal: "p", externalId: "x", kind: "data-share-request", facts: { receivedAt: "not a date" } },
        });
        expect(badFacts.status).toBe(400);
        expect(JSON.stringify(await badFacts.json())).toContain("receivedAt");
      });
    });

    describe("flags", () => {
      let caseId = "";
      beforeAll(async () => {
        const c = await (
          await req(s, "POST", "/api/cases", {
            token: s.tokens.clerk,
            body: { portal: "flag.example", externalId: "F-1", kind: "data-share-request", facts: FACTS },
          })
        ).json();
        caseId = c.id;
      });

      it("creates a flag with evidence (masked) and note; idempotencyKey makes a repeat harmless", async () => {
        const body = {
          ruleId: RULE,
          checkId: "rejected-without-reason",
          case: { portal: "flag.example", externalId: "F-1" },
          evidence: { url: "http://portal/x", reason: "无", applicant: ID_NUMBER },
          note: '不同意共享，未说明原因, "引号"',
          idempotencyKey: "flag-key-0001",
        };
        const r1 = await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body });
        expect(r1.status).toBe(201);
        const f = await r1.json();
        expect(f).toMatchObject({
          ruleId: RULE,
          caseId,
          status: "open",
          case: { portal: "flag.example", externalId: "F-1" },
        });
        expect(f.evidence.applicant).toBe("230502********1234");
        const r2 = await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body });
        expect(r2.status).toBe(200);
        expect((await r2.json()).id).toBe(f.id);
        expect((await req(s, "GET", `/api/flags/${f.id}`, { token: s.tokens.clerk })).status).toBe(200);
      });

      it("unknown rule or case → 404; bad body → 400", async () => {
        expect((await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body: { ruleId: "nope" } })).status).toBe(
          404,
        );
        const noCase = await req(s, "POST", "/api/flags", {
          token: s.tokens.clerk,
          body: { ruleId: RULE, caseId: "00000000-0000-4000-8000-000000000000" },
        });
        expect(noCase.status).toBe(404);
        const bad = await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body: { ruleId: 3, note: 5 } });
        expect(bad.status).toBe(400);
        expect((await bad.json()).issues.map((i: { path: string }) => i.path)).toEqual(
          expect.arrayContaining(["ruleId", "note"]),
        );
        expect((await req(s, "GET", "/api/flags/nope", { token: s.tokens.clerk })).status).toBe(404);
      });

      it("a flag on an untracked page keeps the portal reference", async () => {
        const r = await req(s, "POST", "/api/flags", {
          token: s.tokens.clerk,
          body: { ruleId: RULE, case: { portal: "flag.example", externalId: "untracked-9" }, note: "页面未跟踪" },
        });
        expect(r.status).toBe(201);
        expect(await r.json()).toMatchObject({
          caseId: null,
          case: { portal: "flag.example", externalId: "untracked-9" },
        });
      });

      it("lists, resolves (supervisor only) and exports CSV with a UTF-8 BOM", async () => {
        const list = await (await req(s, "GET", "/api/flags?status=open", { token: s.tokens.clerk })).json();
        expect(list.total).toBeGreaterThanOrEqual(2);
        const id = list.items[0].id;
        expect((await req(s, "POST", `/api/flags/${id}/resolve`, { token: s.tokens.clerk, body: {} })).status).toBe(
          403,
        );
        const res = await req(s, "POST", `/api/flags/${id}/resolve`, {
          token: s.tokens.supervisor,
          body: { resolution: "已退回补充原因" },
        });
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({
          status: "resolved",
          resolvedBy: "王主管",
          resolution: "已退回补充原因",
        });
        expect(
          (
            await req(s, "POST", "/api/flags/00000000-0000-0000-0000-000000000000/resolve", {
              token: s.tokens.supervisor,
              body: {},
            })
          ).status,
        ).toBe(404);
        const csv = await req(s, "GET", "/api/flags/export.csv", { token: s.tokens.supervisor });
        expect(csv.status).toBe(200);
        expect(csv.headers.get("content-type")).toContain("text/csv");
        const bytes = new Uint8Array(await csv.arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder().decode(bytes.slice(3));
        const lines = text.split("\r\n");
        expect(lines[0]).toContain("规则 Rule");
        expect(text).toContain("有条件共享申请1个工作日内审核");
        expect(text).toContain('"不同意共享，未说明原因, ""引号"""');
        expect(text).toContain("已处理");
        expect(text).not.toContain(ID_NUMBER);
      });
    });

    describe("sync", () => {
      it("applies a mixed batch in order, replays harmlessly, rejects bad items without blocking the rest", async () => {
        const items = [
          {
            key: "sync-case-0001",
            op: "case.upsert",
            data: { portal: "sync.example", externalId: "S-1", kind: "data-share-request", facts: FACTS },
          },
          {
            key: "sync-flag-0001",
            op: "flag.create",
            data: { ruleId: RULE, case: { portal: "sync.example", externalId: "S-1" }, note: "离线标记" },
          },
          { key: "sync-bad-00001", op: "flag.create", data: { ruleId: 7 } },
          { key: "sync-bad-00002", op: "case.close", data: { portal: "sync.example", externalId: "missing" } },
          { key: "sync-close-001", op: "case.close", data: { portal: "sync.example", externalId: "S-1" } },
        ];
        const r1 = await req(s, "POST", "/api/sync", { token: s.tokens.clerk, body: { items } });
        expect(r1.status).toBe(200);
        const b1 = await r1.json();
        expect(b1.results.map((r: { status: string }) => r.status)).toEqual([
          "applied",
          "applied",
          "rejected",
          "rejected",
          "applied",
        ]);
        expect(b1.results[2]).toMatchObject({ httpStatus: 400 });
        expect(b1.results[2].issues[0].path).toBe("data.ruleId");
        expect(b1.results[3]).toMatchObject({ httpStatus: 404 });
        const flagId = b1.results[1].result.id;
        const flag = await (await req(s, "GET", `/api/flags/${flagId}`, { token: s.tokens.clerk })).json();
        expect(flag.caseId).toBe(b1.results[0].result.id);

        const r2 = await req(s, "POST", "/api/sync", { token: s.tokens.clerk, body: { items } });
        const b2 = await r2.json();
        expect(b2.results.map((r: { status: string }) => r.status)).toEqual([
          "replayed",
          "replayed",
          "rejected",
          "rejected",
          "replayed",
        ]);
        expect(b2.results[1].result.id).toBe(flagId);
        const flags = await s.deps.db.selectFrom("flags").select("id").where("portal", "=", "sync.example").execute();
        expect(flags).toHaveLength(1);
      });

      it("checks each op's role: a clerk cannot resolve a flag through sync (403 item), a supervisor can", async () => {
        const flag = await (
          await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body: { ruleId: RULE, note: "待复核" } })
        ).json();
        const items = [{ key: `resolve-${flag.id}`, op: "flag.resolve", data: { id: flag.id, resolution: "ok" } }];
        const asClerk = await (await req(s, "POST", "/api/sync", { token: s.tokens.clerk, body: { items } })).json();
        expect(asClerk.results[0]).toMatchObject({ status: "rejected", httpStatus: 403 });
        expect((await (await req(s, "GET", `/api/flags/${flag.id}`, { token: s.tokens.clerk })).json()).status).toBe(
          "open",
        );
        const asSup = await (await req(s, "POST", "/api/sync", { token: s.tokens.supervisor, body: { items } })).json();
        expect(asSup.results[0]).toMatchObject({ status: "applied", result: { id: flag.id, status: "resolved" } });
      });

      it("rejects a malformed batch envelope (400) naming the field", async () => {
        for (const body of [
          {},
          { items: [] },
          { items: [{ key: "short", op: "case.upsert", data: {} }] },
          { items: [{ key: "valid-key-1", op: "drop.table" }] },
        ]) {
          const r = await req(s, "POST", "/api/sync", { token: s.tokens.clerk, body });
          expect(r.status, JSON.stringify(body)).toBe(400);
          expect((await r.json()).issues[0].path).toMatch(/^items/);
        }
      });
    });

    describe("calendar loading (admin)", () => {
      const ARR_2027 = {
        year: 2027,
        source: "国办发明电〔2026〕99号（测试）",
        holidays: [
          { date: "2027-01-01", name: "元旦" },
          { date: "2027-10-01", name: "国庆节" },
          { date: "2027-10-04", name: "国庆节" },
        ],
        makeupWorkdays: [{ date: "2027-09-26", name: "国庆节" }],
      };

      it("PUT /api/calendar/:year validates, stores and loads the year; it stops being provisional and survives a restart", async () => {
        const before = await (await req(s, "GET", "/api/calendar/2027")).json();
        expect(before.provisional).toBe(true);
        expect((await req(s, "PUT", "/api/calendar/2027", { body: ARR_2027 })).status).toBe(401);
        const mismatch = await req(s, "PUT", "/api/calendar/2028", { token: s.tokens.admin, body: ARR_2027 });
        expect(mismatch.status).toBe(400);
        const bad = await req(s, "PUT", "/api/calendar/2027", {
          token: s.tokens.admin,
          body: {
            ...ARR_2027,
            holidays: [{ date: "2026-12-31", name: "x" }],
            makeupWorkdays: [{ date: "2027-09-27", name: "周一" }],
          },
        });
        expect(bad.status).toBe(400);
        const paths = (await bad.json()).issues.map((i: { path: string }) => i.path);
        expect(paths).toEqual(expect.arrayContaining(["holidays.0.date", "makeupWorkdays.0.date"]));

        const r = await req(s, "PUT", "/api/calendar/2027", { token: s.tokens.admin, body: ARR_2027 });
        expect(r.status).toBe(200);
        const y = await r.json();
        expect(y.provisional).toBe(false);
        expect(y.source).toContain("国办发明电〔2026〕99号");
        expect(y.days.find((d: { date: string }) => d.date === "2027-10-04")).toMatchObject({ kind: "holiday" });
        expect(y.days.find((d: { date: string }) => d.date === "2027-09-26")).toMatchObject({
          kind: "work",
          makeupWorkday: true,
        });
        const dl = await (
          await req(s, "POST", "/api/deadlines", {
            body: { start: "2027-09-30", period: { unit: "workday", amount: 1 } },
          })
        ).json();
        expect(dl).toMatchObject({ due: "2027-10-05", provisional: false });

        const reopened = await openInstance(s.location);
        try {
          const y2 = await (await req(reopened, "GET", "/api/calendar/2027")).json();
          expect(y2.provisional).toBe(false);
          expect(y2.days.find((d: { date: string }) => d.date === "2027-10-04").kind).toBe("holiday");
          expect(reopened.adminToken).toBeUndefined();
        } finally {
          await reopened.close();
        }
      });
    });
  });
}
