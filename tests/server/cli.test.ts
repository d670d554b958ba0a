// The admin CLI: creates a token that the server then accepts; bad arguments name what was expected.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError, backupFileName, backupSqlite } from "../../server/db/backup.ts";
import { openInstance } from "../../server/instance.ts";
import { emptyDatabase, req } from "./helpers.ts";

const ROOT = new URL("../../", import.meta.url);

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "server/cli.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", ...env },
    encoding: "utf8",
  });
}

describe("server/cli.ts", { timeout: 120_000 }, () => {
  let db: Awaited<ReturnType<typeof emptyDatabase>>;
  beforeAll(async () => {
    db = await emptyDatabase("sqlite");
  });
  afterAll(async () => {
    await db.drop();
  });

  it("token create --role clerk prints a token the API accepts; list shows it without the secret", async () => {
    const env = { DATA_DIR: db.location.dataDir ?? "" };
    const r = cli(["token", "create", "--role", "clerk", "--name", "张三"], env);
    expect(r.status, r.stderr).toBe(0);
    const token = /(sx_[\w-]+)/.exec(r.stdout)?.[1] ?? "";
    expect(token).not.toBe("");
    const inst = await openInstance(db.location);
    try {
      expect((await req(inst, "GET", "/api/cases", { token })).status).toBe(200);
      expect((await req(inst, "GET", "/api/tokens", { token })).status).toBe(403);
    } finally {
      await inst.close();
    }
    const list = cli(["token", "list"], env);
    expect(list.stdout).toContain("张三");
    expect(list.stdout).not.toContain(token);
    const id = /^(\S+)\s+clerk/m.exec(list.stdout)?.[1] ?? "";
    expect(cli(["token", "revoke", id], env).status).toBe(0);
    const after = await openInstance(db.location);
    try {
      expect((await req(after, "GET", "/api/cases", { token })).status).toBe(401);
    } finally {
      await after.close();
    }
  });

  it("unit create, user create and user password print one-time passwords the login accepts", async () => {
    const env = { DATA_DIR: db.location.dataDir ?? "" };
    expect(cli(["unit", "create", "市数据局数据资源科"], env).status).toBe(0);
    const made = cli(["user", "create", "--name", "李四", "--role", "clerk", "--unit", "市数据局数据资源科"], env);
    expect(made.status, made.stderr).toBe(0);
    const first = made.stdout.trim().split("\n").at(-1) ?? "";
    expect(cli(["user", "list"], env).stdout).toMatch(/clerk\s+李四 {2}市数据局数据资源科/);
    const noUnit = cli(["user", "create", "--name", "王五", "--role", "clerk"], env);
    expect(noUnit.status).toBe(2);
    expect(noUnit.stderr).toContain("unitId");
    const reset = cli(["user", "password", "李四"], env);
    expect(reset.status, reset.stderr).toBe(0);
    const second = reset.stdout.trim().split("\n").at(-1) ?? "";
    expect(second).not.toBe(first);
    const inst = await openInstance(db.location);
    try {
      const login = (password: string) => req(inst, "POST", "/api/session", { body: { name: "李四", password } });
      expect((await login(first)).status).toBe(401);
      const ok = await login(second);
      expect(ok.status).toBe(200);
      expect((await ok.json()).user).toMatchObject({ name: "李四", role: "clerk", mustChangePassword: true });
    } finally {
      await inst.close();
    }
  });

  it("bad arguments exit non-zero naming what was expected", () => {
    const env = { DATA_DIR: db.location.dataDir ?? "" };
    const r = cli(["token", "create", "--role", "boss"], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--role: expected one of clerk, supervisor, admin");
    const bad = cli(["token", "list"], { DATABASE_URL: "mysql://x" });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("DATABASE_URL");
  });

  it("backup copies the live SQLite database (WAL included) while the server is writing; the copy restores", async () => {
    const live = await emptyDatabase("sqlite");
    const out = mkdtempSync(join(tmpdir(), "shixian-backup-"));
    const inst = await openInstance(live.location);
    try {
      const token = inst.adminToken ?? "";
      const caseBody = {
        portal: "share.sy.gov.cn",
        externalId: "SQ-2026-0042",
        kind: "data-share-request",
        facts: { receivedAt: "2026-09-30T15:00:00+08:00", shareClass: "有条件共享", decision: "不同意", reason: "无" },
      };
      expect((await req(inst, "POST", "/api/cases", { token, body: caseBody })).status).toBe(201);
      const flag = await req(inst, "POST", "/api/flags", {
        token,
        body: {
          ruleId: "sy-data-27-rejection-reason",
          case: { portal: caseBody.portal, externalId: caseBody.externalId },
          note: "未说明理由",
        },
      });
      expect(flag.status).toBe(201);
      // the instance is still open: its writes sit in shixian.sqlite-wal, which a plain file copy would miss
      const file = join(out, "copy.sqlite");
      const r = cli(["backup", "--to", file], { DATA_DIR: live.location.dataDir ?? "" });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`to ${file}`);
      expect(r.stdout).toMatch(/cases 1, flags 1, .*tokens 1/);
      expect(r.stdout).toContain("integrity_check ok");
      // never overwrites
      const again = cli(["backup", "--to", file], { DATA_DIR: live.location.dataDir ?? "" });
      expect(again.status).toBe(2);
      expect(again.stderr).toContain("exists already");

      // restore: the copy as the database of a new data directory serves the same case and flag
      const restoredDir = join(out, "restored");
      const restoreTarget = join(restoredDir, "shixian.sqlite");
      mkdirSync(restoredDir);
      copyFileSync(file, restoreTarget);
      const restored = await openInstance({ dataDir: restoredDir });
      try {
        const list = await (await req(restored, "GET", "/api/cases", { token })).json();
        expect(list.items.map((c: { externalId: string }) => c.externalId)).toEqual(["SQ-2026-0042"]);
        const flags = await (await req(restored, "GET", "/api/flags", { token })).json();
        expect(flags.items).toHaveLength(1);
        expect(flags.items[0].note).toBe("未说明理由");
      } finally {
        await restored.close();
      }
    } finally {
      await inst.close();
      await live.drop();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("backup without --to writes a timestamped file under the data directory; a missing database is named", async () => {
    const dir = db.location.dataDir ?? "";
    const r = cli(["backup"], { DATA_DIR: dir });
    expect(r.status, r.stderr).toBe(0);
    const file = /to (\S+backups\/shixian-\d{8}-\d{6}\.sqlite)/.exec(r.stdout)?.[1] ?? "";
    expect(existsSync(file), r.stdout).toBe(true);
    expect(backupFileName(new Date("2026-11-22T21:30:12Z"))).toBe("shixian-20261123-053012.sqlite");
    const missing = join(dir, "nope", "shixian.sqlite");
    await expect(backupSqlite(missing)).rejects.toThrow(BackupError);
    await expect(backupSqlite(missing)).rejects.toThrow(`no database at ${missing}`);
  });
});
