// The flag workflow on SQLite and PostgreSQL: resolve (note) / dismiss (reason) / reopen, assign to a person who can
// see the flag, a comment thread; an audit row for every change, in order, with who and when; a stale version is
// refused with 409 and the current flag; another unit's clerk gets 404 on the flag, its comments and its trail,
// and exports only their own unit's flags.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASES, req, type TestInstance, testInstance } from "./helpers.ts";
import { login, mkUnit, mkUser } from "./people-helpers.ts";

const RULE = "sy-data-27-review-deadline";
const PW = "workflow-test-password";

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`flag workflow on ${kind}`, { timeout: 300_000 }, () => {
    let s: TestInstance;
    const tok = { clerkA: "", supA: "", clerkB: "" };
    const ids = { clerkA: "", supA: "", clerkB: "" };
    let flag = "";

    beforeAll(async () => {
      s = await testInstance(kind, { rateLimitPerMinute: 100_000 });
      const A = await mkUnit(s, "甲科");
      const B = await mkUnit(s, "乙科");
      for (const [key, role, unitId] of [
        ["clerkA", "clerk", A.id],
        ["supA", "supervisor", A.id],
        ["clerkB", "clerk", B.id],
      ] as const) {
        ids[key] = (await mkUser(s, { name: key, password: PW, role, unitId })).id;
        tok[key] = (await login(s, key, PW, { token: true })).body.token ?? "";
      }
      const f = await req(s, "POST", "/api/flags", {
        token: tok.clerkA,
        body: { ruleId: RULE, case: { portal: "wf.example", externalId: "W-1" }, note: "超期未办" },
      });
      expect(f.status).toBe(201);
      flag = (await f.json()).id;
    }, 300_000);
    afterAll(async () => {
      await s?.destroy();
    });

    const post = (who: keyof typeof tok, path: string, body: unknown) =>
      req(s, "POST", `/api/flags/${flag}${path}`, { token: tok[who], body });

    it("assigns, comments, dismisses with a reason, reopens, resolves with a note — each change audited in order", async () => {
      const a = await post("supA", "/assign", { userId: ids.clerkA, version: 1 });
      expect(a.status, await a.clone().text()).toBe(200);
      expect(await a.json()).toMatchObject({ assigneeId: ids.clerkA, assigneeName: "clerkA", version: 2 });
      const c = await post("clerkA", "/comments", { body: "已电话联系申请单位补充材料" });
      expect(c.status).toBe(201);
      const noReason = await post("supA", "/dismiss", { reason: "  ", version: 2 });
      expect(noReason.status).toBe(400);
      expect((await noReason.json()).issues[0].path).toBe("reason");
      const d = await post("supA", "/dismiss", { reason: "申请单位已撤回", version: 2 });
      expect(await d.json()).toMatchObject({ status: "dismissed", resolution: "申请单位已撤回", version: 3 });
      const r1 = await post("supA", "/reopen", { note: "撤回有误", version: 3 });
      expect(await r1.json()).toMatchObject({ status: "open", resolution: null, version: 4 });
      const r = await post("supA", "/resolve", { resolution: "已督促办结", version: 4 });
      expect(await r.json()).toMatchObject({ status: "resolved", resolution: "已督促办结", resolvedBy: "supA" });
      const got = await (await req(s, "GET", `/api/flags/${flag}`, { token: tok.clerkA })).json();
      expect(got.comments).toEqual([expect.objectContaining({ author: "clerkA", body: "已电话联系申请单位补充材料" })]);
      expect(got.audit.map((e: { action: string; actor: string }) => `${e.action}:${e.actor}`)).toEqual([
        "created:clerkA",
        "assigned:supA",
        "commented:clerkA",
        "dismissed:supA",
        "reopened:supA",
        "resolved:supA",
      ]);
      for (const e of got.audit) expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00$/);
    });

    it("a stale version is refused with 409 and the current flag; nothing changes", async () => {
      const before = await (await req(s, "GET", `/api/flags/${flag}`, { token: tok.supA })).json();
      const r = await post("supA", "/reopen", { note: "旧页面", version: 1 });
      expect(r.status).toBe(409);
      const body = await r.json();
      expect(body.current).toMatchObject({ id: flag, version: before.version, status: before.status });
      expect(body.issues[0].path).toBe("version");
      const after = await (await req(s, "GET", `/api/flags/${flag}`, { token: tok.supA })).json();
      expect(after.audit.length).toBe(before.audit.length);
    });

    it("cannot assign to someone who cannot see the flag (another unit's clerk)", async () => {
      const r = await post("supA", "/assign", { userId: ids.clerkB });
      expect(r.status).toBe(400);
      expect((await r.json()).issues[0].path).toBe("userId");
    });

    it("a clerk comments but does not decide; another unit's clerk gets 404 everywhere and exports nothing of it", async () => {
      expect((await post("clerkA", "/reopen", {})).status).toBe(403);
      expect((await post("clerkB", "/comments", { body: "看看" })).status).toBe(404);
      // a clerk may not decide anywhere: refused by role, the same answer for any id (nothing leaks)
      expect((await post("clerkB", "/resolve", {})).status).toBe(403);
      expect((await req(s, "GET", `/api/flags/${flag}`, { token: tok.clerkB })).status).toBe(404);
      const mine = await req(s, "GET", "/api/flags/export.csv", { token: tok.clerkA });
      expect(mine.status).toBe(200);
      expect(await mine.text()).toContain(flag);
      const theirs = await req(s, "GET", "/api/flags/export.csv", { token: tok.clerkB });
      expect(theirs.status).toBe(200);
      expect(await theirs.text()).not.toContain(flag);
    });
  });
}
