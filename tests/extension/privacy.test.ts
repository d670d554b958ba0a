// The extension stores and sends no personal number in clear: every IndexedDB table (read back with a plain Dexie
// that has no masking middleware) and every POST /api/sync body, after tracking a case whose page URL carries the
// number in its query, flagging it with a typed note, and syncing. Rows written in clear by the version-1 schema
// are masked by the upgrade.
import "fake-indexeddb/auto";
import { Dexie } from "dexie";
import { describe, expect, it } from "vitest";
import { createFlag, trackCase } from "../../extension/lib/cases.ts";
import { openDb, setMeta } from "../../extension/lib/db.ts";
import type { ViewResult } from "../../extension/lib/messages.ts";
import { enqueue, reject, retryLater } from "../../extension/lib/outbox.ts";
import { syncOnce } from "../../extension/lib/sync.ts";

const SPELLINGS = [
  { v: "ID230502198706151234", secret: "19870615" },
  { v: "230502-19880716-2345", secret: "19880716" },
  { v: "230502 19890817 3456", secret: "19890817" },
  { v: "２３０５０２１９９００９１８４５６７", secret: "１９９００９１８" },
  { v: "23050219911019567x", secret: "19911019" },
  { v: "230502930221789", secret: "930221" },
  { v: "13987654321", secret: "13987654321" },
  { v: "139 7654 3210", secret: "139 7654 3210" },
];
const leaks = (text: string) => SPELLINGS.filter((p) => text.includes(p.secret)).map((p) => p.secret);
/** what a URL does to each spelling (spaces and full-width digits percent-encoded), searched too */
const encodedLeaks = (text: string) =>
  SPELLINGS.filter((p) => text.includes(encodeURIComponent(p.secret))).map((p) => p.secret);

const result: ViewResult = {
  kind: "data-share-request",
  deadlines: [],
  findings: [
    {
      ruleId: "sy-data-27-review-deadline",
      severity: "violation",
      citation: { docNo: "双政办规〔2026〕1号", article: "第二十七条" },
      message: { zh: "不同意共享但未说明理由", en: "Rejected without a reason" },
      field: "reason",
    },
  ],
};

/** Every row of every table, read with a Dexie that has no middleware (what IndexedDB really holds). */
async function rawTables(name: string): Promise<string> {
  const plain = new Dexie(name);
  await plain.open();
  try {
    const out: string[] = [];
    for (const t of plain.tables) out.push(JSON.stringify(await t.toArray()));
    return out.join("\n");
  } finally {
    plain.close();
  }
}

describe("extension storage and sync: no clear personal number", () => {
  it.each(SPELLINGS.map((p, i) => [i, p.v] as const))(
    "spelling %i (%s) in URL, facts, note and evidence",
    async (i, v) => {
      const name = `privacy-${i}-${Date.now()}`;
      const db = openDb(name);
      const url = `http://portal.example/detail.html?sfzh=${encodeURIComponent(v)}&raw=${v}#${v}`;
      const facts = { receivedAt: "2026-09-30 15:20", decision: "rejected", reason: `申请人 ${v}`, applicantIdNo: v };
      const tracked = await trackCase(db, { url, kind: "data-share-request", facts, result });
      // the same page again: found under the same (masked) id, so nothing new is queued
      await trackCase(db, { url, kind: "data-share-request", facts, result });
      expect(await db.outbox.count()).toBe(1);
      expect(await db.cases.get(tracked.id)).toBeDefined();
      await createFlag(db, {
        caseId: tracked.id,
        kind: "data-share-request",
        externalId: `SQ ${v}`,
        url,
        ruleId: "sy-data-27-review-deadline",
        checkId: `check ${v}`,
        note: `已电话联系 ${v}`,
        evidence: { facts, finding: result.findings[0] },
      });
      await setMeta(db, `k ${v}`, { lastError: `server said ${v}` });

      const stored = await rawTables(name);
      expect(stored).toContain("sfzh=");

      const bodies: string[] = [];
      const fakeFetch: typeof fetch = async (_url, init) => {
        const body = String(init?.body);
        bodies.push(body);
        const items = JSON.parse(body).items as { key: string }[];
        return new Response(
          JSON.stringify({ results: items.map((it) => ({ key: it.key, status: "applied", httpStatus: 201 })) }),
          { headers: { "content-type": "application/json" } },
        );
      };
      const s = await syncOnce(db, { apiUrl: "http://127.0.0.1:1", token: "t", fetch: fakeFetch });
      expect(s.state).toBe("idle");
      expect(s.pending).toBe(0); // the answers' keys match: every item acknowledged
      expect(bodies).toHaveLength(1);
      expect(bodies[0]).toContain("sfzh=");
      // both channels reported together (so a failure names every leaking one)
      expect({
        indexedDb: [...leaks(stored), ...encodedLeaks(stored)],
        syncBody: [...leaks(bodies[0]), ...encodedLeaks(bodies[0])],
      }).toEqual({ indexedDb: [], syncBody: [] });
      db.close();
    },
  );

  it("updates (Table.update / modify) are masked too: an outbox error quoting the server", async () => {
    const name = `privacy-update-${Date.now()}`;
    const db = openDb(name);
    const a = await enqueue(db, "flag.create", { note: "x" });
    const b = await enqueue(db, "flag.create", { note: "y" });
    await retryLater(db, [a.key], "POST /api/sync → 500 case ID230502198706151234", Date.now());
    await reject(db, b.key, "404 case 13987654321 not found");
    await db.outbox.where("key").equals(a.key).modify({ lastError: "modify 230502-19880716-2345" });
    const stored = await rawTables(name);
    expect(stored).toContain("404 case 139****4321 not found");
    expect(stored).toContain("modify 230502********2345");
    expect(leaks(stored)).toEqual([]);
    db.close();
  });

  it("rows stored in clear by schema version 1 are masked by the upgrade, case ids included", async () => {
    const name = `privacy-upgrade-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      meta: "key",
      cases: "id, nextDueAt, closed, updatedAt",
      flags: "id, status, caseId, createdAt",
      outbox: "++seq, &key, nextAttemptAt, rejected",
    });
    const url = "http://portal.example/detail.html?sfzh=ID230502198706151234";
    await v1.table("cases").put({
      id: `http://portal.example|/detail.html?sfzh=ID230502198706151234`,
      portal: "http://portal.example",
      url,
      kind: "data-share-request",
      facts: { reason: "电话 13987654321" },
      deadlines: [],
      nextDueAt: "",
      openFindings: 1,
      closed: 0,
      updatedAt: "2026-11-18T01:00:00.000Z",
    });
    await v1.table("flags").put({
      id: "f1",
      url,
      note: "230502-19880716-2345",
      status: "open",
      createdAt: "2026-11-18T01:00:00.000Z",
      ruleId: "r",
      kind: "k",
      evidence: { facts: {} },
    });
    await v1.table("outbox").add({
      key: "00000000-0000-4000-8000-000000000001",
      type: "flag.create",
      payload: { note: "23050219911019567x" },
      createdAt: "2026-11-18T01:00:00.000Z",
      attempts: 0,
      nextAttemptAt: 0,
      rejected: 0,
    });
    await v1.table("meta").put({ key: "syncState", value: { lastError: "230502930221789" } });
    expect(leaks(await rawTables(name))).toEqual(["19870615", "19880716", "19911019", "930221", "13987654321"]);
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(leaks(await rawTables(name))).toEqual([]);
    expect((await db.cases.toArray()).map((c) => c.id)).toEqual([
      "http://portal.example|/detail.html?sfzh=ID230502********1234",
    ]);
    expect((await db.outbox.toArray())[0]).toMatchObject({ seq: 1, payload: { note: "230502********567x" } });
    db.close();
  });
});
