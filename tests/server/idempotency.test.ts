// Idempotency keys belong to the token that sent them: another token reusing a key gets its own flag (never the
// first token's), and the same token reusing a key with another body gets 409 instead of a replay. Also: flag
// evidence with a reserved key (__proto__, constructor, prototype) is refused naming it, and the CSV export
// defuses formulas hidden behind blanks. On SQLite and PostgreSQL.
import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken, hashToken } from "../../server/auth/tokens.ts";
import { openDb } from "../../server/db/connect.ts";
import { migrations } from "../../server/db/migrations/index.ts";
import { openInstance } from "../../server/instance.ts";
import { DATABASES, emptyDatabase, req, type TestInstance, testInstance } from "./helpers.ts";

const RULE = "sy-data-27-review-deadline";

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`idempotency keys and flag input on ${kind}`, () => {
    let s: TestInstance;
    let other: string; // a second clerk's token
    beforeAll(async () => {
      s = await testInstance(kind);
      other = (await createToken(s.deps.db, "clerk", "孙办事员")).token;
    });
    afterAll(async () => {
      await s?.destroy();
    });

    it("POST /api/flags: another token's reuse of a key creates its own flag; the first flag is never returned", async () => {
      const mine = { ruleId: RULE, note: "甲的备注：申请人身份证号已核验", idempotencyKey: "shared-key-0001" };
      const theirs = { ruleId: RULE, note: "乙的备注", idempotencyKey: "shared-key-0001" };
      const r1 = await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body: mine });
      expect(r1.status).toBe(201);
      const f1 = await r1.json();
      const r2 = await req(s, "POST", "/api/flags", { token: other, body: theirs });
      expect(r2.status).toBe(201);
      const f2 = await r2.json();
      expect(f2.id).not.toBe(f1.id);
      expect(f2.note).toBe("乙的备注");
      expect(f2.createdBy).toBe("孙办事员");
      // each token's replay returns its own flag
      const again1 = await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body: mine });
      expect(again1.status).toBe(200);
      expect((await again1.json()).id).toBe(f1.id);
      const again2 = await req(s, "POST", "/api/flags", { token: other, body: theirs });
      expect(again2.status).toBe(200);
      expect((await again2.json()).id).toBe(f2.id);
    });

    it("POST /api/flags: the same token reusing a key with another body → 409 naming idempotencyKey; nothing stored", async () => {
      const body = { ruleId: RULE, note: "第一次", idempotencyKey: "reuse-key-0001" };
      const r1 = await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body });
      expect(r1.status).toBe(201);
      const first = await r1.json();
      // same body, keys in another order → a replay
      const reordered = { idempotencyKey: body.idempotencyKey, note: body.note, ruleId: RULE };
      const replay = await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body: reordered });
      expect(replay.status).toBe(200);
      expect((await replay.json()).id).toBe(first.id);
      const changed = await req(s, "POST", "/api/flags", {
        token: s.tokens.clerk,
        body: { ...body, note: "第二次，内容不同" },
      });
      expect(changed.status).toBe(409);
      const err = await changed.json();
      expect(err.error).toContain("reuse-key-0001");
      expect(err.issues[0].path).toBe("idempotencyKey");
      const stored = await s.deps.db.selectFrom("flags").select("note").where("note", "like", "第二次%").execute();
      expect(stored).toEqual([]);
    });

    it("POST /api/sync: keys are per token; the same key with another item is rejected 409, the rest applied", async () => {
      const item = (note: string) => ({
        key: "sync-shared-0001",
        op: "flag.create",
        data: { ruleId: RULE, case: { portal: "idem.example", externalId: "I-1" }, note },
      });
      const a = await (
        await req(s, "POST", "/api/sync", { token: s.tokens.clerk, body: { items: [item("甲")] } })
      ).json();
      expect(a.results[0]).toMatchObject({ status: "applied", httpStatus: 201 });
      const b = await (await req(s, "POST", "/api/sync", { token: other, body: { items: [item("乙")] } })).json();
      expect(b.results[0]).toMatchObject({ status: "applied", httpStatus: 201 });
      expect(b.results[0].result.id).not.toBe(a.results[0].result.id);
      const flagB = await (await req(s, "GET", `/api/flags/${b.results[0].result.id}`, { token: other })).json();
      expect(flagB.note).toBe("乙");

      const next = {
        key: "sync-other-0001",
        op: "case.close",
        data: { portal: "idem.example", externalId: "nope" },
      };
      const c = await (
        await req(s, "POST", "/api/sync", { token: s.tokens.clerk, body: { items: [item("甲改"), item("甲"), next] } })
      ).json();
      expect(c.results[0]).toMatchObject({ status: "rejected", httpStatus: 409 });
      expect(c.results[0].error).toContain("sync-shared-0001");
      expect(c.results[1]).toMatchObject({ status: "replayed", result: { id: a.results[0].result.id } });
      expect(c.results[2]).toMatchObject({ status: "rejected", httpStatus: 404 });
      const notes = await s.deps.db.selectFrom("flags").select("note").where("portal", "=", "idem.example").execute();
      expect(notes.map((n) => n.note).sort()).toEqual(["乙", "甲"]);
    });

    it("a sync flag.create reusing a key the same token posted with the same body is a replay, with another body a 409", async () => {
      const flag = { ruleId: RULE, note: "先在线标记" };
      const posted = await (
        await req(s, "POST", "/api/flags", {
          token: s.tokens.clerk,
          body: { ...flag, idempotencyKey: "cross-key-0001" },
        })
      ).json();
      const same = await (
        await req(s, "POST", "/api/sync", {
          token: s.tokens.clerk,
          body: { items: [{ key: "cross-key-0001", op: "flag.create", data: flag }] },
        })
      ).json();
      expect(same.results[0]).toMatchObject({ status: "applied", httpStatus: 200, result: { id: posted.id } });
      const changed = await (
        await req(s, "POST", "/api/sync", {
          token: s.tokens.clerk,
          body: { items: [{ key: "cross-key-0002", op: "flag.create", data: flag }] },
        })
      ).json();
      expect(changed.results[0]).toMatchObject({ status: "applied", httpStatus: 201 });
      const conflict = await req(s, "POST", "/api/flags", {
        token: s.tokens.clerk,
        body: { ...flag, note: "不同", idempotencyKey: "cross-key-0002" },
      });
      expect(conflict.status).toBe(409);
    });

    it("evidence with a reserved key (__proto__, constructor, prototype) → 400 naming the key; nothing stored", async () => {
      const cases = [
        ['{"__proto__":{"x":1},"url":"http://p/1"}', "evidence.__proto__"],
        ['{"constructor":"a"}', "evidence.constructor"],
        ['{"finding":{"fields":[{"prototype":1}]}}', "evidence.finding.fields.0.prototype"],
      ] as const;
      for (const [evidence, path] of cases) {
        const r = await req(s, "POST", "/api/flags", {
          token: s.tokens.clerk,
          raw: `{"ruleId":"${RULE}","note":"保留键测试","evidence":${evidence}}`,
          headers: { "Content-Type": "application/json" },
        });
        expect(r.status, evidence).toBe(400);
        const b = await r.json();
        expect(b.issues.map((i: { path: string }) => i.path)).toContain(path);
        expect(JSON.stringify(b.issues)).toContain("reserved key");
      }
      const sync = await req(s, "POST", "/api/sync", {
        token: s.tokens.clerk,
        raw: `{"items":[{"key":"proto-key-0001","op":"flag.create","data":{"ruleId":"${RULE}","note":"保留键测试","evidence":{"__proto__":{"a":1}}}}]}`,
        headers: { "Content-Type": "application/json" },
      });
      const res = (await sync.json()).results[0];
      expect(res).toMatchObject({ status: "rejected", httpStatus: 400 });
      expect(res.issues[0].path).toBe("data.evidence.__proto__");
      expect(await s.deps.db.selectFrom("flags").select("id").where("note", "=", "保留键测试").execute()).toEqual([]);
      // ordinary keys still pass
      const ok = await req(s, "POST", "/api/flags", {
        token: s.tokens.clerk,
        body: { ruleId: RULE, evidence: { proto: 1, constructorName: "x" } },
      });
      expect(ok.status).toBe(201);
    });

    it("the CSV export defuses formulas behind line breaks and invisible blanks", async () => {
      const notes = ["\n=1+1", " \u00A0+cmd", "\u3000-2", "\u200B@SUM(A1)", "=HYPERLINK(1)"];
      for (const note of notes)
        expect(
          (await req(s, "POST", "/api/flags", { token: s.tokens.clerk, body: { ruleId: RULE, note } })).status,
        ).toBe(201);
      const csv = await (await req(s, "GET", "/api/flags/export.csv", { token: s.tokens.supervisor })).text();
      for (const note of notes) {
        const cell = /[",\r\n]/.test(note) ? `"'${note}"` : `'${note}`;
        expect(csv, JSON.stringify(note)).toContain(`,${cell},`);
      }
    });
  });

  describe.skipIf(skip)(`migration 0003 scopes existing keys on ${kind}`, () => {
    it("an outbox item synced before the upgrade replays for its token after it, and is another key for another token", async () => {
      const empty = await emptyDatabase(kind);
      const h = openDb(empty.location);
      try {
        const before = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
        expect((await before.migrateTo("0001_initial")).error).toBeUndefined();
        const db = h.db;
        const now = "2026-11-01T10:00:00+08:00";
        const tokenRow = { created_at: now, revoked_at: null };
        await db
          .insertInto("tokens")
          .values([
            {
              id: "11111111-1111-4111-8111-111111111111",
              name: "周",
              role: "clerk",
              token_hash: hashToken("sx_zhou"),
              ...tokenRow,
            },
            {
              id: "22222222-2222-4222-8222-222222222222",
              name: "吴",
              role: "clerk",
              token_hash: hashToken("sx_wu"),
              ...tokenRow,
            },
          ])
          .execute();
        const flagRow = {
          rule_id: RULE,
          check_id: null,
          case_id: null,
          portal: null,
          external_id: null,
          evidence: "{}",
          status: "open" as const,
          created_at: now,
          resolved_at: null,
          resolved_by: null,
          resolution: null,
        };
        // as 0001 stored them: one flag from sync (key recorded with its token), one posted with an idempotencyKey
        await db
          .insertInto("flags" as never)
          .values([
            { ...flagRow, id: "f-sync", client_key: "old-sync-key-1", note: "离线", created_by: "周" },
            { ...flagRow, id: "f-post", client_key: "old-post-key-1", note: "在线", created_by: "吴" },
          ] as never)
          .execute();
        const result = { key: "old-sync-key-1", op: "flag.create", status: "applied", httpStatus: 201 };
        await db
          .insertInto("sync_keys" as never)
          .values({
            key: "old-sync-key-1",
            op: "flag.create",
            result: JSON.stringify({ ...result, result: { id: "f-sync", created: true } }),
            token_id: "11111111-1111-4111-8111-111111111111",
            created_at: now,
          } as never)
          .execute();
      } finally {
        await h.close();
      }
      const inst = await openInstance(empty.location); // migrates to the newest version
      try {
        const keys = await inst.deps.db.selectFrom("flags").select(["id", "client_key"]).orderBy("id").execute();
        expect(keys).toEqual([
          { id: "f-post", client_key: "22222222-2222-4222-8222-222222222222/old-post-key-1" },
          { id: "f-sync", client_key: "11111111-1111-4111-8111-111111111111/old-sync-key-1" },
        ]);
        const sk = await inst.deps.db.selectFrom("sync_keys").select("key").execute();
        expect(sk).toEqual([{ key: "11111111-1111-4111-8111-111111111111/old-sync-key-1" }]);
        // the outbox sends the item again after the upgrade: its token gets the replay, another token a new flag
        const items = [{ key: "old-sync-key-1", op: "flag.create", data: { ruleId: RULE, note: "离线" } }];
        const zhou = await (await req(inst, "POST", "/api/sync", { token: "sx_zhou", body: { items } })).json();
        expect(zhou.results[0]).toMatchObject({ status: "replayed", result: { id: "f-sync" } });
        const wu = await (await req(inst, "POST", "/api/sync", { token: "sx_wu", body: { items } })).json();
        expect(wu.results[0]).toMatchObject({ status: "applied", httpStatus: 201 });
        expect(wu.results[0].result.id).not.toBe("f-sync");
        const post = { ruleId: RULE, note: "在线", idempotencyKey: "old-post-key-1" };
        const again = await req(inst, "POST", "/api/flags", { token: "sx_wu", body: post });
        expect(again.status).toBe(200);
        expect((await again.json()).id).toBe("f-post");
      } finally {
        await inst.close();
        await empty.drop();
      }
    });
  });
}
