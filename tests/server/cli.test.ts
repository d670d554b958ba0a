// The admin CLI: creates a token that the server then accepts; bad arguments name what was expected.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

  it("bad arguments exit non-zero naming what was expected", () => {
    const env = { DATA_DIR: db.location.dataDir ?? "" };
    const r = cli(["token", "create", "--role", "boss"], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--role: expected one of clerk, supervisor, admin");
    const bad = cli(["token", "list"], { DATABASE_URL: "mysql://x" });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("DATABASE_URL");
  });
});
