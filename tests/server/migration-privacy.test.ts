// Migration 0002 masks the personal numbers earlier versions stored in clear, in every text column of every table,
// on SQLite and PostgreSQL: rows written in clear at schema 0001 (bypassing the storage boundary, as the old code
// did), then the server starts, migrates, and nothing clear is left — rows, SQLite file and WAL bytes — while
// tokens still authenticate, flags still point at their cases and two cases whose numbers mask alike both stay.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import { Migrator } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../server/db/connect.ts";
import { migrations } from "../../server/db/migrations/index.ts";
import { openInstance } from "../../server/instance.ts";
import { DATABASES, emptyDatabase, req } from "./helpers.ts";

const SECRETS = ["19900101", "19910202", "13987654321", "920315", "１９８８０５０５"];
const TOKEN = "sx_migration-test-token-0123456789abcdefghijklmnop";
const NOW = "2026-11-18T09:00:00.000+08:00";

async function rawRows(location: { dataDir?: string; databaseUrl?: string }): Promise<string> {
  if (location.dataDir) {
    const db = new SQLite(join(location.dataDir, "shixian.sqlite"), { readonly: true });
    try {
      const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
      return tables.map((t) => JSON.stringify(db.prepare(`select * from "${t.name}"`).all())).join("\n");
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: location.databaseUrl });
  await c.connect();
  try {
    const tables = await c.query("select table_name from information_schema.tables where table_schema = 'public'");
    const out: string[] = [];
    for (const t of tables.rows as { table_name: string }[])
      out.push(...(await c.query(`select row_to_json(t)::text as j from "${t.table_name}" t`)).rows.map((r) => r.j));
    return out.join("\n");
  } finally {
    await c.end();
  }
}

const found = (text: string) => SECRETS.filter((s) => text.includes(s));
const foundInBytes = (b: Buffer) => SECRETS.filter((s) => b.includes(Buffer.from(s, "utf8")));

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`migration 0002 on ${kind}`, () => {
    let empty: Awaited<ReturnType<typeof emptyDatabase>>;
    let before = "";
    let beforeBytes: string[] = [];

    beforeAll(async () => {
      empty = await emptyDatabase(kind);
      const handle = openDb(empty.location);
      const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
      const r = await migrator.migrateTo("0001_initial");
      expect(r.error).toBeUndefined();
      // the old code's writes at schema 0001: no masking, and today's columns (unit_id …) do not exist yet
      // biome-ignore lint/suspicious/noExplicitAny: rows of schema 0001, not of today's Database type
      const db = handle.db.withoutPlugins() as unknown as Kysely<any>;
      await db
        .insertInto("tokens")
        .values({
          id: "00000000-0000-4000-8000-000000000001",
          name: "张三 13987654321",
          role: "admin",
          token_hash: createHash("sha256").update(TOKEN).digest("hex"),
          created_at: NOW,
          revoked_at: null,
        })
        .execute();
      const caseRow = (id: string, externalId: string) => ({
        id,
        portal: "portal.example",
        external_id: externalId,
        kind: "data-share-request",
        unit: "窗口 230502920315123",
        status: "open" as const,
        facts: JSON.stringify({ receivedAt: "2026-09-30T15:00:00+08:00", scenario: "申请人 ID230502199001011234" }),
        deadlines: "[]",
        findings: JSON.stringify([{ message: "身份证 ２３０５０２１９８８０５０５４３２１" }]),
        due: null,
        created_at: NOW,
        updated_at: NOW,
        closed_at: null,
        created_by: "张三 13987654321",
        updated_by: null,
      });
      // two spellings of one number, and another number with the same region and last four: all mask alike
      await db
        .insertInto("cases")
        .values([
          caseRow("00000000-0000-4000-8000-00000000000a", "230502199001011234"),
          caseRow("00000000-0000-4000-8000-00000000000b", "230502-19900101-1234"),
          caseRow("00000000-0000-4000-8000-00000000000c", "230502199102021234"),
        ])
        .execute();
      await db
        .insertInto("flags")
        .values({
          id: "00000000-0000-4000-8000-0000000000f1",
          client_key: "key-230502199001011234",
          rule_id: "sy-data-27-review-deadline",
          check_id: "check 230502199001011234",
          case_id: "00000000-0000-4000-8000-00000000000b",
          portal: "portal.example",
          external_id: "230502-19900101-1234",
          evidence: JSON.stringify({ "证件 230502199102021234": "13987654321", id: 230502920315123, n: 5 }),
          note: "已电话联系 139 8765 4321 / 13987654321",
          status: "resolved",
          created_at: NOW,
          created_by: "张三 13987654321",
          resolved_at: NOW,
          resolved_by: "张三 13987654321",
          resolution: "已核实 230502199001011234",
        })
        .execute();
      await db
        .insertInto("sync_keys")
        .values({
          key: "sync-230502199001011234",
          op: "flag.create",
          result: JSON.stringify({ key: "sync-230502199001011234", error: "case 230502199001011234 not found" }),
          token_id: null,
          created_at: NOW,
        })
        .execute();
      await db
        .insertInto("calendar_years")
        .values({
          year: 2030,
          source: "测试 13987654321",
          arrangement: JSON.stringify({
            year: 2030,
            source: "测试 13987654321",
            holidays: [{ date: "2030-01-01", name: "元旦" }],
            makeupWorkdays: [],
          }),
          loaded_at: NOW,
          loaded_by: "13987654321",
        })
        .execute();
      await db.insertInto("meta").values({ key: "note", value: "230502199001011234" }).execute();
      await handle.close();
      before = await rawRows(empty.location);
      if (empty.location.dataDir)
        beforeBytes = foundInBytes(readFileSync(join(empty.location.dataDir, "shixian.sqlite")));
    });
    afterAll(async () => {
      await empty?.drop();
    });

    it("the database at 0001 holds every clear number (the test's premise)", () => {
      expect(found(before)).toEqual(SECRETS);
      if (kind === "sqlite") expect(beforeBytes).toEqual(SECRETS);
    });

    it("after the migration no row of any table holds one; ids, links and tokens still work", async () => {
      const inst = await openInstance(empty.location);
      try {
        const after = await rawRows(empty.location);
        expect(found(after)).toEqual([]);
        const r = await req(inst, "GET", "/api/cases?limit=10", { token: TOKEN });
        expect(r.status).toBe(200);
        const cases = (await r.json()).items as { id: string; externalId: string; facts: { scenario: string } }[];
        expect(cases.map((c) => [c.id.slice(-1), c.externalId]).sort()).toEqual([
          ["a", "230502********1234"],
          ["b", "230502********1234#2"],
          ["c", "230502********1234#3"],
        ]);
        expect(cases[0].facts.scenario).toBe("申请人 ID230502********1234");
        const flags = (await (await req(inst, "GET", "/api/flags", { token: TOKEN })).json()).items;
        expect(flags).toHaveLength(1);
        expect(flags[0]).toMatchObject({
          caseId: "00000000-0000-4000-8000-00000000000b",
          note: "已电话联系 139****4321 / 139****4321",
          resolution: "已核实 230502********1234",
          checkId: "check 230502********1234",
        });
        expect(flags[0].evidence).toEqual({ "证件 230502********1234": "139****4321", id: "230502******123", n: 5 });
        // a later lookup by the clear case number finds the masked row
        const closed = await req(inst, "POST", "/api/sync", {
          token: TOKEN,
          body: {
            items: [
              {
                key: "close-item-1",
                op: "case.close",
                data: { portal: "portal.example", externalId: "230502199001011234" },
              },
            ],
          },
        });
        expect((await closed.json()).results[0]).toMatchObject({ status: "applied", result: { status: "closed" } });
      } finally {
        await inst.close();
      }
    });

    it.skipIf(kind !== "sqlite")("the SQLite file and WAL bytes hold no clear number afterwards", () => {
      const dir = empty.location.dataDir as string;
      expect(foundInBytes(readFileSync(join(dir, "shixian.sqlite")))).toEqual([]);
      const wal = join(dir, "shixian.sqlite-wal");
      if (existsSync(wal)) expect(foundInBytes(readFileSync(wal))).toEqual([]);
    });
  });
}
