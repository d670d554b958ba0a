// People and units on SQLite and PostgreSQL: units, users, login (cookie and personal token), logout, wrong
// password, lock-out, password change, cookie attributes, CSRF refusal, the first admin user, and the upgrade of a
// database made before people existed (its tokens keep working).
import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_LIMITS } from "../../server/auth/lockout.ts";
import { hashPassword, verifyPassword } from "../../server/auth/passwords.ts";
import { hashToken } from "../../server/auth/tokens.ts";
import { openDb } from "../../server/db/connect.ts";
import * as m0001 from "../../server/db/migrations/0001_initial.ts";
import { openInstance } from "../../server/instance.ts";
import { DATABASES, emptyDatabase, req, type TestInstance, testInstance } from "./helpers.ts";
import { login, mkUnit, mkUser, ORIGIN, withCookie } from "./people-helpers.ts";

const PW = "correct horse 1";
const CASE = {
  portal: "oa.example",
  kind: "data-share-request",
  facts: { receivedAt: "2026-09-30T15:00:00+08:00", shareClass: "有条件共享", scenario: "社保核验" },
};

describe("passwords (scrypt)", { timeout: 120_000 }, () => {
  it("hashes with a per-password salt and parameters in the string; verifies in constant time; unknown = false", async () => {
    const a = await hashPassword("secret-1234");
    const b = await hashPassword("secret-1234");
    expect(a).toMatch(/^scrypt\$15\$8\$3\$[\w+/=]+\$[\w+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "secret-1234")).toBe(true);
    expect(await verifyPassword(a, "secret-1235")).toBe(false);
    expect(await verifyPassword(null, "secret-1234")).toBe(false);
    expect(await verifyPassword("garbage", "secret-1234")).toBe(false);
    // NFKC: a full-width digit typed by an IME is the same password
    expect(await verifyPassword(a, "secret-１２３４")).toBe(true);
  });
});

for (const { kind, skip } of DATABASES) {
  // Every login runs the password KDF (≈ 0.2 s idle, seconds on a loaded machine): generous time limits.
  describe.skipIf(skip)(`people and sessions on ${kind}`, { timeout: 300_000 }, () => {
    let s: TestInstance;
    let now = Date.parse("2026-10-09T09:00:00+08:00");
    let unitA: { id: string; name: string };
    let unitB: { id: string; name: string };
    beforeAll(async () => {
      s = await testInstance(kind, { clock: () => now, trustProxy: true, allowedOrigins: ["chrome-extension://ext"] });
      unitA = await mkUnit(s, "市数据局数据资源科");
      unitB = await mkUnit(s, "市政务服务中心审批科");
    }, 300_000);
    afterAll(async () => {
      await s?.destroy();
    });

    it("units: admin creates (201 { id, name }), names are unique (409), others may not create; GET lists", async () => {
      const r = await req(s, "POST", "/api/units", { token: s.tokens.admin, body: { name: "市财政局" } });
      expect(r.status).toBe(201);
      const u = await r.json();
      expect(u).toMatchObject({ name: "市财政局" });
      expect(typeof u.id).toBe("string");
      expect((await req(s, "POST", "/api/units", { token: s.tokens.admin, body: { name: "市财政局" } })).status).toBe(
        409,
      );
      expect((await req(s, "POST", "/api/units", { token: s.tokens.supervisor, body: { name: "x" } })).status).toBe(
        403,
      );
      const bad = await req(s, "POST", "/api/units", { token: s.tokens.admin, body: { name: "" } });
      expect(bad.status).toBe(400);
      expect((await bad.json()).issues[0].path).toBe("name");
      const list = await (await req(s, "GET", "/api/units", { token: s.tokens.admin })).json();
      expect(list.map((x: { name: string }) => x.name)).toEqual(
        expect.arrayContaining(["市数据局数据资源科", "市政务服务中心审批科", "市财政局"]),
      );
    });

    it("users: admin creates clerks and supervisors (never answering a hash); bad input names the field", async () => {
      const clerk = await mkUser(s, { name: "张三", password: PW, role: "clerk", unitId: unitA.id });
      expect(clerk).toMatchObject({ name: "张三", role: "clerk", unitId: unitA.id, unitIds: [unitA.id] });
      const sup = await mkUser(s, {
        name: "王科长",
        password: PW,
        role: "supervisor",
        unitId: unitA.id,
        unitIds: [unitB.id],
      });
      expect(sup.unitIds).toEqual([unitA.id, unitB.id]);
      // a supervisor given only unitIds: the first is the home unit
      const sup2 = await mkUser(s, { name: "督查员", password: PW, role: "supervisor", unitIds: [unitB.id, unitA.id] });
      expect(sup2).toMatchObject({ unitId: unitB.id, unitIds: [unitB.id, unitA.id] });
      const all = await (await req(s, "GET", "/api/users", { token: s.tokens.admin })).json();
      const dump = JSON.stringify(all);
      expect(dump).not.toContain("scrypt");
      expect(dump).not.toContain(PW);
      expect(all.find((u: { id: string }) => u.id === clerk.id)).not.toHaveProperty("passwordHash");

      const cases: [unknown, string, number][] = [
        [{ name: "李四", password: PW, role: "clerk" }, "unitId", 400],
        [{ name: "李四", password: PW, role: "clerk", unitId: "no-such-unit" }, "unitId", 400],
        [{ name: "李四", password: PW, role: "clerk", unitId: unitA.id, unitIds: [unitB.id] }, "unitIds", 400],
        [{ name: "李四", password: PW, role: "supervisor", unitId: unitA.id, unitIds: ["nope"] }, "unitIds.0", 400],
        [{ name: "李四", password: "short", role: "clerk", unitId: unitA.id }, "password", 400],
        [{ name: "李四", password: PW, role: "boss", unitId: unitA.id }, "role", 400],
        [{ name: "张三 ", password: PW, role: "clerk", unitId: unitA.id }, "name", 409],
      ];
      for (const [body, field, status] of cases) {
        const r = await req(s, "POST", "/api/users", { token: s.tokens.admin, body });
        expect(r.status, JSON.stringify(body)).toBe(status);
        expect((await r.json()).issues.map((i: { path: string }) => i.path)).toContain(field);
      }
      expect((await req(s, "POST", "/api/users", { token: s.tokens.supervisor, body: cases[0][0] })).status).toBe(403);
      const rows = await s.deps.db.selectFrom("users").selectAll().where("name", "=", "张三").execute();
      expect(rows[0].password_hash).toMatch(/^scrypt\$/);
      expect(rows[0].password_hash).not.toContain(PW);
    });

    it("login: 200 with an HttpOnly, SameSite=Strict, Path=/ cookie (Secure over https); the cookie authenticates", async () => {
      const { res, cookie, body } = await login(s, "张三", PW);
      expect(res.status).toBe(200);
      const set = res.headers.get("set-cookie") ?? "";
      expect(set).toMatch(/^sx_session=[\w-]{40,}/);
      expect(set).toMatch(/HttpOnly/i);
      expect(set).toMatch(/SameSite=Strict/i);
      expect(set).toMatch(/Path=\//);
      expect(set).not.toMatch(/Secure/i);
      expect(body).toMatchObject({ user: { name: "张三", role: "clerk", unitId: unitA.id, mustChangePassword: true } });
      expect(body.token).toBeUndefined();
      const me = await (await withCookie(s, "GET", "/api/session", cookie)).json();
      expect(me).toMatchObject({ via: "session", name: "张三", role: "clerk", unitId: unitA.id, scope: [unitA.id] });
      expect((await withCookie(s, "GET", "/api/cases", cookie)).status).toBe(200);
      // the name is case- and width-insensitive; over https (a TLS proxy) the cookie is Secure
      const https = await login(s, " 张三", PW, { headers: { "X-Forwarded-Proto": "https" } });
      expect(https.res.status).toBe(200);
      expect(https.res.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
      // only the hash of the session secret is stored
      const secret = cookie.split("=")[1];
      const rows = await s.deps.db.selectFrom("sessions").selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(secret);
      expect(rows.some((r) => r.id === hashToken(secret))).toBe(true);
    });

    it('login with "token": true answers a personal token that acts as the user', async () => {
      const { res, body } = await login(s, "王科长", PW, { token: true });
      expect(res.status).toBe(200);
      expect(body.token).toMatch(/^sx_/);
      const me = await (await req(s, "GET", "/api/session", { token: body.token })).json();
      expect(me).toMatchObject({ via: "token", name: "王科长", role: "supervisor", unitId: unitA.id });
      expect(me.scope.sort()).toEqual([unitA.id, unitB.id].sort());
      const tokens = await (await req(s, "GET", "/api/tokens", { token: s.tokens.admin })).json();
      expect(tokens.find((t: { id: string }) => t.id === body.tokenId)).toMatchObject({
        scope: "user",
        role: "supervisor",
      });
      // logging out with it revokes it
      const out = await req(s, "DELETE", "/api/session", { token: body.token });
      expect(out.status).toBe(200);
      expect((await req(s, "GET", "/api/session", { token: body.token })).status).toBe(401);
    });

    it("wrong password and unknown name: the same 401 and message; no hint which part was wrong", async () => {
      const wrongPw = await login(s, "张三", "not the password", { headers: { "X-Forwarded-For": "10.0.0.50" } });
      const noUser = await login(s, "无此人", PW, { headers: { "X-Forwarded-For": "10.0.0.50" } });
      expect(wrongPw.res.status).toBe(401);
      expect(noUser.res.status).toBe(401);
      expect(wrongPw.body).toEqual(noUser.body);
      expect(wrongPw.res.headers.get("set-cookie")).toBeNull();
      expect(JSON.stringify(wrongPw.body)).not.toMatch(/user|password is/i);
    });

    it(`lock-out: ${LOGIN_LIMITS.perName} failures lock the name (known or not) with 429 + Retry-After; it unlocks after ${LOGIN_LIMITS.lockMs / 60_000} min`, async () => {
      await mkUser(s, { name: "赵六", password: PW, role: "clerk", unitId: unitB.id });
      const from = { "X-Forwarded-For": "10.0.0.1" };
      for (let i = 0; i < LOGIN_LIMITS.perName; i++)
        expect((await login(s, "赵六", `wrong-${i}-pass`, { headers: from })).res.status).toBe(401);
      const locked = await login(s, "赵六", PW, { headers: from });
      expect(locked.res.status).toBe(429);
      expect(Number(locked.res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(String(locked.body.error)).toMatch(/too many failed logins/);
      // from another address too (the name is locked), and an unknown name locks the same way
      expect((await login(s, "赵六", PW, { headers: { "X-Forwarded-For": "10.0.0.2" } })).res.status).toBe(429);
      for (let i = 0; i < LOGIN_LIMITS.perName; i++) await login(s, "不存在的人", `wrong-${i}-pass`, { headers: from });
      expect((await login(s, "不存在的人", PW, { headers: from })).res.status).toBe(429);
      // other names from the same address are not locked (5 + 5 failures < the address limit)
      expect((await login(s, "张三", PW, { headers: from })).res.status).toBe(200);
      now += LOGIN_LIMITS.lockMs + 1000;
      const after = await login(s, "赵六", PW, { headers: from });
      expect(after.res.status).toBe(200);
    });

    it(`lock-out per client address: ${LOGIN_LIMITS.perAddress} failures from one address lock it for every name`, async () => {
      const from = { "X-Forwarded-For": "192.0.2.7" };
      for (let i = 0; i < LOGIN_LIMITS.perAddress; i++)
        expect((await login(s, `guess-${i}`, "wrong-password", { headers: from })).res.status).toBe(401);
      expect((await login(s, "张三", PW, { headers: from })).res.status).toBe(429);
      expect((await login(s, "张三", PW, { headers: { "X-Forwarded-For": "192.0.2.8" } })).res.status).toBe(200);
      now += LOGIN_LIMITS.lockMs + 1000;
      expect((await login(s, "张三", PW, { headers: from })).res.status).toBe(200);
    });

    it("logout: DELETE /api/session clears the cookie and ends the session on the server", async () => {
      const { cookie } = await login(s, "张三", PW);
      const secret = cookie.split("=")[1];
      const out = await withCookie(s, "DELETE", "/api/session", cookie);
      expect(out.status).toBe(200);
      expect(out.headers.get("set-cookie")).toMatch(/^sx_session=;.*Max-Age=0/i);
      expect((await withCookie(s, "GET", "/api/cases", cookie)).status).toBe(401);
      const row = await s.deps.db.selectFrom("sessions").select("id").where("id", "=", hashToken(secret)).execute();
      expect(row).toHaveLength(0);
      expect((await req(s, "DELETE", "/api/session")).status).toBe(401);
    });

    it("sessions end after the idle timeout and the absolute lifetime", async () => {
      const { cookie } = await login(s, "张三", PW);
      now += 2 * 3600_000 + 1000; // idle 2 h
      expect((await withCookie(s, "GET", "/api/session", cookie)).status).toBe(401);
      const second = await login(s, "张三", PW);
      for (let i = 0; i < 13; i++) {
        now += 3600_000 - 1000; // busy, but 12 h after login it ends
        const r = await withCookie(s, "GET", "/api/session", second.cookie);
        if (i < 12) expect(r.status, `hour ${i + 1}`).toBe(200);
        else expect(r.status).toBe(401);
      }
    });

    it("CSRF: a cookie-authenticated write needs this server's Origin (or Sec-Fetch-Site: same-origin); tokens are unaffected", async () => {
      const { cookie } = await login(s, "张三", PW);
      const body = { ...CASE, externalId: "CSRF-1" };
      const evil = await withCookie(s, "POST", "/api/cases", cookie, { body, origin: "https://evil.example" });
      expect(evil.status).toBe(403);
      expect((await evil.json()).error).toMatch(/cross-site/);
      expect((await withCookie(s, "POST", "/api/cases", cookie, { body, origin: null })).status).toBe(403);
      // a form post from another site (no JSON) is refused the same way
      const form = await req(s, "POST", "/api/cases/x/close", {
        raw: "a=1",
        headers: {
          Cookie: cookie,
          Origin: "https://evil.example",
          "Content-Type": "application/x-www-form-urlencoded",
        },
      });
      expect(form.status).toBe(403);
      expect(
        (
          await withCookie(s, "POST", "/api/cases", cookie, {
            body,
            origin: null,
            headers: { "Sec-Fetch-Site": "same-origin" },
          })
        ).status,
      ).toBe(201);
      expect((await withCookie(s, "POST", "/api/cases", cookie, { body, origin: ORIGIN })).status).toBe(200);
      // reads need no Origin; bearer-token writes are not cookie-authenticated and need none
      expect((await withCookie(s, "GET", "/api/cases", cookie, { origin: "https://evil.example" })).status).toBe(200);
      const tok = (await login(s, "张三", PW, { token: true })).body.token ?? "";
      expect(
        (await req(s, "POST", "/api/cases", { token: tok, body, headers: { Origin: "https://evil.example" } })).status,
      ).toBe(200);
      // nor may another site log a browser in; the extension's allowed origin may
      expect((await login(s, "张三", PW, { headers: { Origin: "https://evil.example" } })).res.status).toBe(403);
      expect((await login(s, "张三", PW, { headers: { Origin: "chrome-extension://ext" } })).res.status).toBe(200);
      // and logging out needs the same origin
      expect((await withCookie(s, "DELETE", "/api/session", cookie, { origin: "https://evil.example" })).status).toBe(
        403,
      );
    });

    it("password change: wrong current → 400 naming current; then the old password fails, other sessions end", async () => {
      await mkUser(s, { name: "钱七", password: PW, role: "clerk", unitId: unitA.id });
      const a = await login(s, "钱七", PW);
      const b = await login(s, "钱七", PW);
      const wrong = await withCookie(s, "PUT", "/api/session/password", a.cookie, {
        body: { current: "nope-nope", next: "a brand new one" },
      });
      expect(wrong.status).toBe(400);
      expect((await wrong.json()).issues[0].path).toBe("current");
      const short = await withCookie(s, "PUT", "/api/session/password", a.cookie, { body: { current: PW, next: "x" } });
      expect((await short.json()).issues[0].path).toBe("next");
      const csrf = await withCookie(s, "PUT", "/api/session/password", a.cookie, {
        body: { current: PW, next: "a brand new one" },
        origin: "https://evil.example",
      });
      expect(csrf.status).toBe(403);
      const ok = await withCookie(s, "PUT", "/api/session/password", a.cookie, {
        body: { current: PW, next: "a brand new one" },
      });
      expect(ok.status).toBe(200);
      expect((await withCookie(s, "GET", "/api/session", a.cookie)).status).toBe(200);
      expect((await withCookie(s, "GET", "/api/session", b.cookie)).status).toBe(401);
      expect((await login(s, "钱七", PW)).res.status).toBe(401);
      const fresh = await login(s, "钱七", "a brand new one");
      expect(fresh.res.status).toBe(200);
      expect(fresh.body.user).toMatchObject({ mustChangePassword: false });
      // a service token has no password to change
      const svc = await req(s, "PUT", "/api/session/password", {
        token: s.tokens.clerk,
        body: { current: PW, next: "whatever-123" },
      });
      expect(svc.status).toBe(400);
    });

    it("admin resets a password and disables a user: sessions and personal tokens stop working", async () => {
      const u = await mkUser(s, { name: "孙八", password: PW, role: "clerk", unitId: unitB.id });
      const { cookie, body } = await login(s, "孙八", PW, { token: true });
      const reset = await req(s, "PATCH", `/api/users/${u.id}`, {
        token: s.tokens.admin,
        body: { password: "reset-by-admin-1" },
      });
      expect(reset.status).toBe(200);
      expect(await reset.json()).toMatchObject({ mustChangePassword: true });
      expect((await withCookie(s, "GET", "/api/session", cookie)).status).toBe(401);
      expect((await login(s, "孙八", "reset-by-admin-1")).res.status).toBe(200);
      await req(s, "PATCH", `/api/users/${u.id}`, { token: s.tokens.admin, body: { disabled: true } });
      expect((await req(s, "GET", "/api/session", { token: body.token })).status).toBe(401);
      expect((await login(s, "孙八", "reset-by-admin-1")).res.status).toBe(401);
    });

    it("the first start created the admin user with a one-time password; later starts print none", async () => {
      expect(s.adminUser?.name).toBe("admin");
      const r = await login(s, "admin", s.adminUser?.password ?? "", { token: true });
      expect(r.res.status).toBe(200);
      expect(r.body.user).toMatchObject({ role: "admin", mustChangePassword: true });
      expect((await req(s, "POST", "/api/units", { token: r.body.token, body: { name: "管理员建的科" } })).status).toBe(
        201,
      );
      const again = await openInstance(s.location);
      try {
        expect(again.adminUser).toBeUndefined();
        expect(again.adminToken).toBeUndefined();
      } finally {
        await again.close();
      }
    });
  });

  describe.skipIf(skip)(`upgrading a ${kind} database made before people existed`, { timeout: 300_000 }, () => {
    it("keeps its tokens working (office-wide, as before), turns unit labels into units, creates the admin user", async () => {
      const empty = await emptyDatabase(kind);
      try {
        // the database as migrations 0001 left it, with tokens, labelled cases and a flag
        const old = openDb(empty.location);
        const migrator = new Migrator({
          db: old.db,
          provider: { getMigrations: async () => ({ "0001_initial": m0001 }) },
        });
        const { error } = await migrator.migrateToLatest();
        expect(error).toBeUndefined();
        const t = "2026-10-01T09:00:00.000+08:00";
        const tokens = { clerk: "sx_old-clerk-token-0001", admin: "sx_old-admin-token-0001" };
        // biome-ignore lint/suspicious/noExplicitAny: the old schema has no types any more
        const db = old.db as any;
        await db
          .insertInto("tokens")
          .values([
            {
              id: "t1",
              name: "老张",
              role: "clerk",
              token_hash: hashToken(tokens.clerk),
              created_at: t,
              revoked_at: null,
            },
            {
              id: "t2",
              name: "first admin",
              role: "admin",
              token_hash: hashToken(tokens.admin),
              created_at: t,
              revoked_at: null,
            },
          ])
          .execute();
        await db.insertInto("meta").values({ key: "admin-bootstrap", value: t }).execute();
        const row = (id: string, externalId: string, unit: string | null) => ({
          id,
          portal: "oa.example",
          external_id: externalId,
          kind: "data-share-request",
          unit,
          status: "open",
          facts: JSON.stringify(CASE.facts),
          deadlines: "[]",
          findings: "[]",
          due: "2026-10-08",
          created_at: t,
          updated_at: t,
          closed_at: null,
          created_by: "老张",
          updated_by: "老张",
        });
        await db
          .insertInto("cases")
          .values([row("c1", "OLD-1", "甲局"), row("c2", "OLD-2", null), row("c3", "OLD-3", "甲局")])
          .execute();
        await db
          .insertInto("flags")
          .values({
            id: "f1",
            client_key: null,
            rule_id: "sy-data-27-review-deadline",
            check_id: null,
            case_id: "c1",
            portal: "oa.example",
            external_id: "OLD-1",
            evidence: "{}",
            note: "",
            status: "open",
            created_at: t,
            created_by: "老张",
            resolved_at: null,
            resolved_by: null,
            resolution: null,
          })
          .execute();
        await old.close();

        const inst = await openInstance(empty.location);
        try {
          expect(inst.adminToken).toBeUndefined(); // the old first-admin token stands
          expect(inst.adminUser?.name).toBe("admin"); // but people need a login: the admin user is new
          // the old clerk token still works and sees what it saw before
          const list = await (await req(inst, "GET", "/api/cases", { token: tokens.clerk })).json();
          expect(list.items.map((c: { id: string }) => c.id).sort()).toEqual(["c1", "c2", "c3"]);
          expect((await req(inst, "GET", "/api/flags/f1", { token: tokens.clerk })).status).toBe(200);
          expect((await req(inst, "GET", "/api/tokens", { token: tokens.admin })).status).toBe(200);
          // it writes as before: the same portal case is updated, not duplicated
          const up = await req(inst, "POST", "/api/cases", {
            token: tokens.clerk,
            body: { ...CASE, externalId: "OLD-2" },
          });
          expect(up.status).toBe(200);
          expect((await up.json()).id).toBe("c2");
          // the label 甲局 became a unit holding its cases, and the flag followed its case
          const units = await (await req(inst, "GET", "/api/units", { token: tokens.admin })).json();
          const jia = units.find((u: { name: string }) => u.name === "甲局");
          expect(jia).toBeTruthy();
          const c1 = await (await req(inst, "GET", "/api/cases/c1", { token: tokens.admin })).json();
          expect(c1).toMatchObject({ unit: "甲局", unitId: jia.id });
          expect((await (await req(inst, "GET", "/api/flags/f1", { token: tokens.admin })).json()).unitId).toBe(jia.id);
          const listed = await (await req(inst, "GET", "/api/tokens", { token: tokens.admin })).json();
          expect(listed.find((x: { id: string }) => x.id === "t1")).toMatchObject({ scope: "office", unitId: null });
          // an admin binds the old token to the unit: from then on it sees that unit only
          const bind = await req(inst, "PATCH", "/api/tokens/t1", { token: tokens.admin, body: { unitId: jia.id } });
          expect(bind.status).toBe(200);
          expect(await bind.json()).toMatchObject({ scope: "unit", unitId: jia.id });
          const scoped = await (await req(inst, "GET", "/api/cases", { token: tokens.clerk })).json();
          expect(scoped.items.map((c: { id: string }) => c.id).sort()).toEqual(["c1", "c3"]);
          expect((await req(inst, "GET", "/api/cases/c2", { token: tokens.clerk })).status).toBe(404);
        } finally {
          await inst.close();
        }
      } finally {
        await empty.drop();
      }
    });
  });
}
