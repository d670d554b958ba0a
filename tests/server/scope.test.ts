// Scope on SQLite and PostgreSQL: a case or flag written with a user's token belongs to the user's unit; another
// unit's clerk gets 404 (not 403) on it by id and never sees it in a list, a filter, the CSV export or a sync
// answer; a supervisor sees and resolves in the units they oversee; admin and office-wide tokens see everything.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASES, req, type TestInstance, testInstance } from "./helpers.ts";
import { login, mkUnit, mkUser, withCookie } from "./people-helpers.ts";

const RULE = "sy-data-27-review-deadline";
const PW = "scope-test-password";
const FACTS = { receivedAt: "2026-09-30T15:00:00+08:00", shareClass: "有条件共享", scenario: "社保核验" };
const caseBody = (externalId: string, extra: Record<string, unknown> = {}) => ({
  portal: "scope.example",
  externalId,
  kind: "data-share-request",
  facts: FACTS,
  ...extra,
});

for (const { kind, skip } of DATABASES) {
  // Logging six users in runs the password KDF a dozen times (seconds on a loaded machine): generous limits.
  describe.skipIf(skip)(`scope on ${kind}`, { timeout: 300_000 }, () => {
    let s: TestInstance;
    let A: { id: string; name: string };
    let B: { id: string; name: string };
    const tok = { clerkA: "", clerkA2: "", clerkB: "", supA: "", supB: "", supAB: "" };
    let cookieB = "";
    let caseA = "";
    let caseB = "";
    let flagA = "";

    beforeAll(async () => {
      s = await testInstance(kind, { rateLimitPerMinute: 100_000 });
      A = await mkUnit(s, "甲科");
      B = await mkUnit(s, "乙科");
      const users: [keyof typeof tok, string, string, string[]?][] = [
        ["clerkA", "clerk", A.id],
        ["clerkA2", "clerk", A.id],
        ["clerkB", "clerk", B.id],
        ["supA", "supervisor", A.id],
        ["supB", "supervisor", B.id],
        ["supAB", "supervisor", A.id, [B.id]],
      ];
      for (const [key, role, unitId, unitIds] of users) {
        await mkUser(s, { name: key, password: PW, role, unitId, unitIds });
        const r = await login(s, key, PW, { token: true });
        tok[key] = r.body.token ?? "";
      }
      cookieB = (await login(s, "clerkB", PW)).cookie;
      // clerk A tracks a case (the body's unit is ignored: it goes to the clerk's unit) and flags it
      const ca = await req(s, "POST", "/api/cases", { token: tok.clerkA, body: caseBody("X-1", { unit: B.name }) });
      expect(ca.status).toBe(201);
      const a = await ca.json();
      expect(a).toMatchObject({ unit: A.name, unitId: A.id });
      caseA = a.id;
      const fa = await req(s, "POST", "/api/flags", {
        token: tok.clerkA,
        body: { ruleId: RULE, caseId: caseA, note: "甲科的标记", idempotencyKey: "scope-flag-key-A" },
      });
      expect(fa.status).toBe(201);
      const f = await fa.json();
      expect(f.unitId).toBe(A.id);
      flagA = f.id;
      // clerk B sees the same portal case: B tracks its own copy (no conflict, no leak)
      const cb = await req(s, "POST", "/api/cases", { token: tok.clerkB, body: caseBody("X-1") });
      expect(cb.status).toBe(201);
      caseB = (await cb.json()).id;
      expect(caseB).not.toBe(caseA);
    }, 300_000);
    afterAll(async () => {
      await s?.destroy();
    });

    it("another unit's clerk gets 404 — the same answer as for an id that does not exist — on a case by id", async () => {
      const r = await req(s, "GET", `/api/cases/${caseA}`, { token: tok.clerkB });
      expect(r.status).toBe(404);
      const guess = randomUUID();
      const g = await req(s, "GET", `/api/cases/${guess}`, { token: tok.clerkB });
      expect(g.status).toBe(404);
      expect((await r.json()).error.replace(caseA, "ID")).toBe((await g.json()).error.replace(guess, "ID"));
      expect((await req(s, "POST", `/api/cases/${caseA}/close`, { token: tok.clerkB })).status).toBe(404);
      expect((await withCookie(s, "GET", `/api/cases/${caseA}`, cookieB)).status).toBe(404);
      // same unit: the colleague sees it
      expect((await req(s, "GET", `/api/cases/${caseA}`, { token: tok.clerkA2 })).status).toBe(200);
      // still open: B's close did not touch it
      expect((await (await req(s, "GET", `/api/cases/${caseA}`, { token: tok.clerkA })).json()).status).toBe("open");
    });

    it("never in another unit's lists or filters (unit, unitId, portal, status, dueBefore)", async () => {
      for (const q of [
        "",
        `?unit=${encodeURIComponent(A.name)}`,
        `?unitId=${A.id}`,
        "?portal=scope.example",
        "?status=open",
        "?dueBefore=2099-01-01",
      ]) {
        const list = await (await req(s, "GET", `/api/cases${q}`, { token: tok.clerkB })).json();
        const ids = list.items.map((c: { id: string }) => c.id);
        expect(ids, q).not.toContain(caseA);
        expect(
          list.items.every((c: { unitId: string }) => c.unitId === B.id),
          q,
        ).toBe(true);
      }
      const byA = await (await req(s, "GET", `/api/cases?unitId=${A.id}`, { token: tok.clerkB })).json();
      expect(byA).toEqual({ items: [], total: 0 });
      const cookieList = await (await withCookie(s, "GET", "/api/cases", cookieB)).json();
      expect(cookieList.items.map((c: { id: string }) => c.id)).toEqual([caseB]);
      const mine = await (await req(s, "GET", "/api/cases", { token: tok.clerkA })).json();
      expect(mine.items.map((c: { id: string }) => c.id)).toEqual([caseA]);
    });

    it("flags: 404 by id, absent from lists and from the supervisor export of another unit", async () => {
      expect((await req(s, "GET", `/api/flags/${flagA}`, { token: tok.clerkB })).status).toBe(404);
      const list = await (await req(s, "GET", "/api/flags", { token: tok.clerkB })).json();
      expect(list.items.map((f: { id: string }) => f.id)).not.toContain(flagA);
      const byCase = await (await req(s, "GET", `/api/flags?caseId=${caseA}`, { token: tok.clerkB })).json();
      expect(byCase.total).toBe(0);
      // a flag on another unit's case by id guess: 404, nothing created
      const on = await req(s, "POST", "/api/flags", { token: tok.clerkB, body: { ruleId: RULE, caseId: caseA } });
      expect(on.status).toBe(404);
      // another unit's idempotency key is another key (keys belong to their token): a new flag of B's own,
      // never A's flag
      const reuse = await req(s, "POST", "/api/flags", {
        token: tok.clerkB,
        body: { ruleId: RULE, note: "x", idempotencyKey: "scope-flag-key-A" },
      });
      expect(reuse.status).toBe(201);
      const reused = await reuse.json();
      expect(reused.id).not.toBe(flagA);
      expect(JSON.stringify(reused)).not.toContain("甲科的标记");
      const csvB = await (await req(s, "GET", "/api/flags/export.csv", { token: tok.supB })).text();
      expect(csvB).not.toContain(flagA);
      expect(csvB).not.toContain("甲科的标记");
      const csvAB = await (await req(s, "GET", "/api/flags/export.csv", { token: tok.supAB })).text();
      expect(csvAB).toContain(flagA);
      // a clerk exports their own unit's flags, and only those
      expect(await (await req(s, "GET", "/api/flags/export.csv", { token: tok.clerkA })).text()).toContain(flagA);
      expect(await (await req(s, "GET", "/api/flags/export.csv", { token: tok.clerkB })).text()).not.toContain(flagA);
    });

    it("a flag by portal reference links to the writer's own unit's case", async () => {
      const r = await req(s, "POST", "/api/flags", {
        token: tok.clerkB,
        body: { ruleId: RULE, case: { portal: "scope.example", externalId: "X-1" }, note: "乙科" },
      });
      expect(r.status).toBe(201);
      expect(await r.json()).toMatchObject({ caseId: caseB, unitId: B.id });
      const untracked = await (
        await req(s, "POST", "/api/flags", {
          token: tok.clerkB,
          body: { ruleId: RULE, case: { portal: "scope.example", externalId: "never-tracked" } },
        })
      ).json();
      expect(untracked).toMatchObject({ caseId: null, unitId: B.id });
    });

    it("supervisors resolve flags in the units they oversee; elsewhere the flag is 404", async () => {
      expect(
        (await req(s, "POST", `/api/flags/${flagA}/resolve`, { token: tok.supB, body: { resolution: "x" } })).status,
      ).toBe(404);
      expect((await (await req(s, "GET", `/api/flags/${flagA}`, { token: tok.clerkA })).json()).status).toBe("open");
      const supAB = await (await req(s, "GET", "/api/cases", { token: tok.supAB })).json();
      expect(supAB.items.map((c: { id: string }) => c.id).sort()).toEqual([caseA, caseB].sort());
      const supA = await (await req(s, "GET", "/api/cases", { token: tok.supA })).json();
      expect(supA.items.map((c: { id: string }) => c.id)).toEqual([caseA]);
      const ok = await req(s, "POST", `/api/flags/${flagA}/resolve`, {
        token: tok.supA,
        body: { resolution: "已退回" },
      });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ status: "resolved", resolvedBy: "supA" });
    });

    it("sync answers stay within scope: close by reference closes the writer's copy, other ids are 404 items", async () => {
      const items = [
        { key: "scope-sync-close-B", op: "case.close", data: { portal: "scope.example", externalId: "X-1" } },
        { key: "scope-sync-flag-B1", op: "flag.create", data: { ruleId: RULE, caseId: caseA } },
      ];
      const r = await (await req(s, "POST", "/api/sync", { token: tok.clerkB, body: { items } })).json();
      expect(r.results[0]).toMatchObject({ status: "applied", result: { id: caseB, status: "closed" } });
      expect(r.results[1]).toMatchObject({ status: "rejected", httpStatus: 404 });
      expect((await (await req(s, "GET", `/api/cases/${caseA}`, { token: tok.clerkA })).json()).status).toBe("open");
      const resolve = await (
        await req(s, "POST", "/api/sync", {
          token: tok.supB,
          body: { items: [{ key: "scope-sync-resolve-B", op: "flag.resolve", data: { id: flagA } }] },
        })
      ).json();
      expect(resolve.results[0]).toMatchObject({ status: "rejected", httpStatus: 404 });
      const upsert = await (
        await req(s, "POST", "/api/sync", {
          token: tok.clerkA,
          body: { items: [{ key: "scope-sync-case-A2", op: "case.upsert", data: caseBody("X-2", { unit: B.name }) }] },
        })
      ).json();
      const id = upsert.results[0].result.id;
      expect((await (await req(s, "GET", `/api/cases/${id}`, { token: tok.clerkA })).json()).unitId).toBe(A.id);
      expect((await req(s, "GET", `/api/cases/${id}`, { token: tok.clerkB })).status).toBe(404);
      // another unit's key is another key: applied as B's own case, never A's case id
      const replay = await (
        await req(s, "POST", "/api/sync", {
          token: tok.clerkB,
          body: { items: [{ key: "scope-sync-case-A2", op: "case.upsert", data: caseBody("X-2") }] },
        })
      ).json();
      expect(replay.results[0]).toMatchObject({ status: "applied" });
      expect(JSON.stringify(replay)).not.toContain(id);
      // the owner's replay of the same item is a replay
      const own = await (
        await req(s, "POST", "/api/sync", {
          token: tok.clerkA,
          body: { items: [{ key: "scope-sync-case-A2", op: "case.upsert", data: caseBody("X-2", { unit: B.name }) }] },
        })
      ).json();
      expect(own.results[0]).toMatchObject({ status: "replayed", result: { id } });
    });

    it("units and users: a clerk lists only their unit and may not list users; a supervisor lists their units' users", async () => {
      const units = await (await req(s, "GET", "/api/units", { token: tok.clerkB })).json();
      expect(units.map((u: { id: string }) => u.id)).toEqual([B.id]);
      expect((await req(s, "GET", "/api/users", { token: tok.clerkB })).status).toBe(403);
      const users = await (await req(s, "GET", "/api/users", { token: tok.supB })).json();
      expect(users.map((u: { name: string }) => u.name).sort()).toEqual(["clerkB", "supB"]);
      const clerkA = (await (await req(s, "GET", "/api/users", { token: s.tokens.admin })).json()).find(
        (u: { name: string }) => u.name === "clerkA",
      );
      expect((await req(s, "GET", `/api/users/${clerkA.id}`, { token: tok.supB })).status).toBe(404);
      expect((await req(s, "GET", `/api/users/${clerkA.id}`, { token: tok.supAB })).status).toBe(200);
    });

    it("admin and office-wide service tokens see every unit; a unit-bound service token sees its unit only", async () => {
      for (const t of [s.tokens.admin, s.tokens.clerk]) {
        const all = await (await req(s, "GET", "/api/cases?portal=scope.example", { token: t })).json();
        expect(all.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([caseA, caseB]));
        expect((await req(s, "GET", `/api/flags/${flagA}`, { token: t })).status).toBe(200);
      }
      const made = await req(s, "POST", "/api/tokens", {
        token: s.tokens.admin,
        body: { role: "clerk", name: "乙科脚本", unitId: B.id },
      });
      expect(made.status).toBe(201);
      const svc = (await made.json()).token;
      const list = await (await req(s, "GET", "/api/cases?portal=scope.example", { token: svc })).json();
      expect(list.items.every((c: { unitId: string }) => c.unitId === B.id)).toBe(true);
      expect((await req(s, "GET", `/api/cases/${caseA}`, { token: svc })).status).toBe(404);
      const w = await (
        await req(s, "POST", "/api/cases", { token: svc, body: caseBody("SVC-1", { unit: A.name }) })
      ).json();
      expect(w.unitId).toBe(B.id);
      // an office-wide token writing a unit's name puts the case in that unit (as an admin would)
      const ow = await (
        await req(s, "POST", "/api/cases", { token: s.tokens.clerk, body: caseBody("OW-1", { unit: A.name }) })
      ).json();
      expect(ow.unitId).toBe(A.id);
      expect((await req(s, "GET", `/api/cases/${ow.id}`, { token: tok.clerkA })).status).toBe(200);
      expect((await req(s, "GET", `/api/cases/${ow.id}`, { token: tok.clerkB })).status).toBe(404);
    });
  });
}
