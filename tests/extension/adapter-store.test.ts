// The background's adapter store against the real API app (temp SQLite): taught adapters saved locally at once,
// pushed with a supervisor token (a clerk's is refused and the adapter stays local), the office's list pulled by
// ETag (304 the second time), bad data refused naming the field, local ones overriding the office's.
import "fake-indexeddb/auto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalAdapter } from "../../extension/lib/adapters/types.ts";
import { openDb } from "../../extension/lib/db.ts";
import { AdapterStore } from "../../extension/lib/teacher/store.ts";
import { createToken } from "../../server/auth/tokens.ts";
import { type Instance, openInstance } from "../../server/instance.ts";

let dir: string;
let inst: Instance;
let supervisor: string;
let clerk: string;
const API = "http://shixian.test";
let statuses: number[] = [];
const appFetch: typeof fetch = async (input, init) => {
  const r = await inst.app.request(String(input), init);
  statuses.push(r.status);
  return r;
};

const A: PortalAdapter = {
  id: "taught-odd-detail-html-abc",
  version: "1",
  urlPattern: "^http://portal\\.example/odd/detail\\.html(?:[?#].*)?$",
  kind: "data-share-request",
  requireAll: true,
  single: { fields: { receivedAt: { labels: ["登记时点"] } } },
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shixian-adapters-"));
  inst = await openInstance({ dataDir: dir });
  supervisor = (await createToken(inst.deps.db, "supervisor", "王主管")).token;
  clerk = (await createToken(inst.deps.db, "clerk", "李办事员")).token;
});
afterAll(async () => {
  await inst?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("AdapterStore", () => {
  it("saves locally at once and answers by URL; refuses bad data naming the field", async () => {
    const s = new AdapterStore(openDb(`adapters-local-${Date.now()}`));
    await s.saveLocal(A);
    expect((await s.forUrl("http://portal.example/odd/detail.html?id=3")).map((a) => a.id)).toEqual([A.id]);
    expect(await s.forUrl("http://portal.example/odd/list.html")).toEqual([]);
    await expect(s.saveLocal({ ...A, urlPattern: "(" })).rejects.toThrow(/urlPattern/);
    await expect(s.saveLocal({ ...A, single: { fields: { colour: { labels: ["x"] } } } })).rejects.toThrow(
      /single\.fields\.colour/,
    );
    expect(await s.removeLocal(A.id)).toBe(true);
    expect(await s.forUrl("http://portal.example/odd/detail.html")).toEqual([]);
  });

  it("a clerk's token cannot write to the server (stays local); a supervisor's can; every clerk pulls it by ETag", async () => {
    const clerkStore = new AdapterStore(openDb(`adapters-clerk-${Date.now()}`));
    expect((await clerkStore.pushToServer(A, API, clerk, appFetch)).outcome).toBe("forbidden");
    expect((await clerkStore.pushToServer(A, "", "", appFetch)).outcome).toBe("unconfigured");

    const sup = new AdapterStore(openDb(`adapters-sup-${Date.now()}`));
    expect((await sup.pushToServer(A, API, supervisor, appFetch)).outcome).toBe("saved");

    statuses = [];
    expect(await clerkStore.refreshOffice(API, clerk, appFetch)).toBe(true);
    expect(await clerkStore.refreshOffice(API, clerk, appFetch)).toBe(false);
    expect(statuses).toEqual([200, 304]);
    expect((await clerkStore.all()).office.map((a) => a.id)).toEqual([A.id]);

    // a local re-teaching of the same page overrides the office's until it is saved there
    await clerkStore.saveLocal({ ...A, version: "local" });
    expect((await clerkStore.forUrl("http://portal.example/odd/detail.html")).map((a) => a.version)).toEqual(["local"]);

    expect((await sup.deleteOnServer(A.id, API, supervisor, appFetch)).outcome).toBe("saved");
    expect(await clerkStore.refreshOffice(API, clerk, appFetch)).toBe(true);
    expect((await clerkStore.all()).office).toEqual([]);
  });
});
