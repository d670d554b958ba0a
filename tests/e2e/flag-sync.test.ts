// Flagging in one click, the popup's listing, and offline-then-online sync to a real API server started here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../server/auth/tokens.ts";
import { type Instance, openInstance } from "../../server/instance.ts";
import { type E2E, freePort, openCase, screenshot, setupE2E } from "./harness.ts";

let e: E2E;
let inst: Instance;
let server: ServerType | undefined;
let dir: string;
let apiPort: number;
let clerk: string;
let admin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shixian-e2e-api-"));
  inst = await openInstance({ dataDir: dir });
  clerk = (await createToken(inst.deps.db, "clerk", "e2e-clerk")).token;
  admin = (await createToken(inst.deps.db, "admin", "e2e-admin")).token;
  apiPort = await freePort();
  // The server is NOT started yet: the clerk works offline first.
  e = await setupE2E({ apiUrl: `http://127.0.0.1:${apiPort}`, token: clerk, lang: "zh-CN", portals: [] });
});
afterAll(async () => {
  await e?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await inst?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function api<T>(path: string): Promise<T> {
  const r = await fetch(`http://127.0.0.1:${apiPort}${path}`, { headers: { authorization: `Bearer ${admin}` } });
  expect(r.status).toBe(200);
  return (await r.json()) as T;
}
const list = (x: unknown) =>
  (Array.isArray(x) ? x : ((x as { items?: unknown[] }).items ?? [])) as Record<string, unknown>[];

interface Status {
  sync: { state: string; pending: number };
  openFlags: number;
}

describe("flag, popup, offline then online", () => {
  it("flags a violation in one click while the server is down; nothing is lost when it comes back", async () => {
    const page = await openCase(e, "share-request-rejected.html");
    const violation = page.locator('[data-testid="shixian-finding"][data-severity="violation"]').first();
    const rule = await violation.getAttribute("data-rule");
    // One click.
    await violation.locator('[data-testid="shixian-flag"]').click();
    await violation.locator('[data-testid="shixian-flag"][disabled]').waitFor();
    // The whole case too, with a note.
    await page.locator(".sx-note").fill("理由栏为空，已电话联系申请部门");
    await page.locator('.sx-panel > .sx-body > [data-testid="shixian-flag"]').click();
    await screenshot(page, "overlay-flagged");

    // The clerk also opens a pending request (tracked: its review deadline has passed).
    const pending = await openCase(e, "share-request-pending.html");
    await pending.close();

    const st = await e.b.message<Status & { sync: { lastError?: string } }>({ type: "syncNow" });
    expect(st.openFlags).toBe(2);
    expect(st.sync.state, JSON.stringify(st)).toBe("offline");
    expect(st.sync.pending).toBeGreaterThanOrEqual(4); // two cases + two flags

    // Popup: the overdue case is listed first, open flags counted, sync state shown.
    const popup = await e.b.context.newPage();
    await popup.goto(`chrome-extension://${e.b.extensionId}/popup.html`);
    await popup.locator('[data-testid="shixian-open-flags"]', { hasText: "2" }).waitFor();
    await popup.locator('[data-testid="shixian-sync-state"][data-state="offline"]').waitFor();
    const urgent = popup.locator('[data-testid="shixian-popup-urgent"] [data-testid="shixian-popup-case"]');
    await urgent.first().waitFor();
    // Only the pending request: the rejected one was decided (late), its clock has stopped.
    expect(await urgent.count()).toBe(1);
    expect(await urgent.first().getAttribute("data-status")).toBe("overdue");
    expect(await urgent.first().getAttribute("data-due")).toBe("2026-09-28");
    expect(await urgent.first().textContent()).toContain("GX-2026-0924-003");
    await screenshot(popup, "popup-offline");

    // Server up: sync delivers everything exactly once.
    await new Promise<void>((res) => {
      server = serve({ fetch: inst.app.fetch, port: apiPort, hostname: "127.0.0.1" }, () => res());
    });
    // 立即同步 (syncNow) sends at once, whatever the back-off had scheduled.
    const after = await e.b.message<Status>({ type: "syncNow" });
    expect(after?.sync.state).toBe("idle");
    expect(after?.sync.pending).toBe(0);

    const flags = list(await api("/api/flags"));
    expect(flags).toHaveLength(2);
    expect(flags.map((f) => f.ruleId)).toContain(rule);
    expect(flags.map((f) => f.note)).toContain("理由栏为空，已电话联系申请部门");
    const cases = list(await api("/api/cases"));
    expect(cases.length).toBe(2);
    expect(JSON.stringify([flags, cases])).not.toMatch(/230502198807150026/);

    await popup.reload();
    await popup.locator('[data-testid="shixian-sync-state"][data-state="idle"]').waitFor();
    await screenshot(popup, "popup-synced");
    await popup.close();
    await page.close();
  });
});
