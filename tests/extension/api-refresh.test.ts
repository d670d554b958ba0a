// The background's reference-data refreshes against the real API app (server/instance.ts, temp SQLite):
// rule packs by ETag, a newly published calendar year, the full article text behind a citation.
import "fake-indexeddb/auto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupArticle } from "../../extension/lib/articles.ts";
import { openDb } from "../../extension/lib/db.ts";
import { Engine } from "../../extension/lib/engine.ts";
import { createToken } from "../../server/auth/tokens.ts";
import { type Instance, openInstance } from "../../server/instance.ts";

let dir: string;
let inst: Instance;
let admin: string;
const API = "http://shixian.test";
let requests: string[] = [];
const appFetch: typeof fetch = async (input, init) => {
  const url = String(input);
  requests.push(`${init?.method ?? "GET"} ${url.slice(API.length)} ${JSON.stringify(init?.headers ?? {})}`);
  return inst.app.request(url, init);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shixian-refresh-"));
  inst = await openInstance({ dataDir: dir });
  admin = (await createToken(inst.deps.db, "admin", "refresh-test")).token;
});
afterAll(async () => {
  await inst?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("reference data from the API", () => {
  it("refreshes rule packs once, then gets 304 Not Modified by ETag; a restart keeps the fetched packs", async () => {
    const db = openDb(`refresh-packs-${Date.now()}`);
    const e = new Engine();
    requests = [];
    expect(await e.refreshRulePacks(db, API, appFetch)).toBe(true);
    expect(await e.refreshRulePacks(db, API, appFetch)).toBe(false);
    expect(requests[1]).toContain("if-none-match");
    const again = new Engine();
    await again.load(db);
    expect(again.version).toBe(e.version);
    expect(again.packs.length).toBe(e.packs.length);
    db.close();
  });

  it("adopts a calendar year once the server has its published arrangement (answers stop being provisional)", async () => {
    const db = openDb(`refresh-cal-${Date.now()}`);
    const e = new Engine();
    expect(e.calendar.isProvisional(2027)).toBe(true);
    // Not yet published on the server either: nothing changes.
    expect(await e.refreshCalendar(db, API, [2027], appFetch)).toBe(false);
    const put = await inst.app.request(`${API}/api/calendar/2027`, {
      method: "PUT",
      headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
      body: JSON.stringify({
        year: 2027,
        source: "国办发明电〔2026〕（测试）",
        holidays: [
          { date: "2027-01-01", name: "元旦" },
          { date: "2027-10-01", name: "国庆节" },
          { date: "2027-10-04", name: "国庆节" },
        ],
        makeupWorkdays: [{ date: "2027-09-26", name: "国庆节" }],
      }),
    });
    expect(put.status).toBe(200);
    expect(await e.refreshCalendar(db, API, [2027], appFetch)).toBe(true);
    expect(e.calendar.isProvisional(2027)).toBe(false);
    expect(e.calendar.isWorkday("2027-09-26")).toBe(true); // a Sunday made a working day (调休)
    expect(e.calendar.isWorkday("2027-10-04")).toBe(false);
    const restarted = new Engine();
    await restarted.load(db);
    expect(restarted.calendar.isProvisional(2027)).toBe(false);
    db.close();
  });

  it("shows the full article from the server, and the bundled quote when the server is unreachable", async () => {
    const e = new Engine();
    const online = await lookupArticle(e.packs, "双政办规〔2026〕1号", "第二十七条", API, appFetch);
    expect(online.source).toBe("api");
    expect(online.text).toMatch(/^第二十七条/);
    const offline = await lookupArticle(e.packs, "双政办规〔2026〕1号", "第二十七条", "http://127.0.0.1:9");
    expect(offline.source).toBe("bundled");
    expect(online.text.replace(/\s/g, "")).toContain(offline.text.split("\n")[0].replace(/\s/g, "").slice(0, 20));
  });
});
