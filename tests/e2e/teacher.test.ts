// The page teacher ("教 ShiXian 认识此页") and honest uncertainty, end to end in Debian's Chromium with the built
// extension and a real API server: a page the generic recogniser cannot read is taught by clicking (real, trusted
// clicks), is then read right, survives an extension reload, and reaches a second browser profile through the
// server. An unreadable receipt time shows "未能确定" and no counter.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import type { Page } from "playwright-core";
import { type BrowserContext, chromium, type Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../server/auth/tokens.ts";
import { type Instance, openInstance } from "../../server/instance.ts";
import { defaultCalendar } from "../../shared/calendar/index.ts";
import { ClosedShadow } from "./closed-shadow.ts";
import {
  CHROMIUM,
  type ChromeGlobal,
  chromiumArgs,
  counters,
  DEMO_NOW,
  type E2E,
  EXTENSION_DIR,
  freePort,
  openCase,
  overlayFrame,
  requireBuiltExtension,
  screenshot,
} from "./harness.ts";

const RULE = "sy-data-27-review-deadline";
let e: E2E;
let portal: { url: string; close(): Promise<void> };
let profileA: string;
let inst: Instance;
let server: ServerType | undefined;
let dir: string;
let apiUrl: string;
let apiPort: number;
let supervisor: string;
let clerk: string;

function startApi() {
  server = serve({ fetch: inst.app.fetch, port: apiPort, hostname: "127.0.0.1" });
}
function stopApi() {
  return new Promise<void>((r) => (server ? server.close(() => r()) : r()));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shixian-e2e-teach-"));
  inst = await openInstance({ dataDir: dir });
  supervisor = (await createToken(inst.deps.db, "supervisor", "王主管")).token;
  clerk = (await createToken(inst.deps.db, "clerk", "李办事员")).token;
  apiPort = await freePort();
  apiUrl = `http://127.0.0.1:${apiPort}`;
  startApi();
  const { startDemoPortal } = await import("../../server/demo-portal.ts");
  portal = await startDemoPortal({ port: 0, host: "127.0.0.1" });
  profileA = mkdtempSync(join(tmpdir(), "shixian-e2e-profile-"));
  e = await openProfile(profileA, { apiUrl, token: supervisor, lang: "zh-CN", portals: [] });
});
afterAll(async () => {
  await e?.close();
  await portal?.close();
  rmSync(profileA, { recursive: true, force: true });
  await stopApi();
  await inst?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Chromium with the built extension on a profile directory that outlives the browser, so that "reloading the
 * extension" is what it is for a clerk: the browser (and the extension with it) starts again from disk on the same
 * profile. (chrome.runtime.reload() unloads an extension loaded with --load-extension for good.) Same flags, demo
 * clock and settings as the shared harness.
 */
async function openProfile(userDataDir: string, settings: Record<string, unknown>): Promise<E2E> {
  requireBuiltExtension();
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    args: chromiumArgs(EXTENSION_DIR),
  });
  const sw: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }));
  const message = <T>(msg: Record<string, unknown>) =>
    sw.evaluate(
      (m) => (globalThis as unknown as { __shixianHandle?: (m: unknown) => Promise<unknown> }).__shixianHandle?.(m),
      msg,
    ) as Promise<T>;
  await sw.evaluate(
    ({ at, s }) =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({
        demoClock: { at, setAt: Date.now() },
        settings: s,
      }),
    { at: DEMO_NOW, s: settings },
  );
  const until = Date.now() + 10_000;
  while ((await message<{ apiUrl?: string }>({ type: "status" })).apiUrl !== settings.apiUrl) {
    if (Date.now() > until) throw new Error("background did not pick up the test settings");
    await new Promise((r) => setTimeout(r, 100));
  }
  const base = portal.url.endsWith("/") ? portal.url : `${portal.url}/`;
  return {
    b: {
      context,
      extensionId: new URL(sw.url()).host,
      sw,
      message,
      setLocal: (v) => sw.evaluate((x) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(x), v),
      close: () => context.close(),
    },
    portalUrl: base,
    url: (path) => new URL(path, base).href,
    close: () => context.close(),
  };
}

/** The due day the 1-working-day review gives for a receipt on 2026-10-09 (a 调休 Saturday follows). */
const DUE = defaultCalendar().addWorkdays("2026-10-09", 1).date;

async function reviewCounter(page: Page) {
  await page.locator(`[data-testid="shixian-deadline"][data-rule="${RULE}"]`).waitFor({ timeout: 30_000 });
  return (await counters(page)).filter((c) => c.rule === RULE);
}

describe("honest uncertainty", () => {
  it("an unreadable receipt time yields 未能确定 with the value found, and no counter", async () => {
    const page = await openCase(e, "unreadable-receipt.html");
    const u = page.locator(`[data-testid="shixian-uncertain"][data-rule="${RULE}"]`);
    await u.waitFor();
    expect(await u.getAttribute("data-reason")).toBe("unreadable");
    expect(await u.getAttribute("data-fields")).toBe("receivedAt");
    const text = (await u.textContent()) ?? "";
    expect(text).toContain("未能确定");
    expect(text).toContain("待补录");
    expect(await counters(page)).toEqual([]);
    // the rest of the case is still checked (the application-contents warnings)
    expect(await page.locator('[data-testid="shixian-finding"]').count()).toBeGreaterThan(0);
    await screenshot(page, "uncertain-receipt");
    await page.close();
  });

  it("every counter explains what it read and how it computed", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("frameset.html"));
    const frame = await overlayFrame(page);
    const x = frame.locator(`[data-testid="shixian-explain"][data-rule="${RULE}"]`);
    await x.waitFor({ state: "attached" });
    expect(await x.textContent()).toMatch(/2026-10-09 17:45 → 1个工作日 → 截止 2026-10-10/);
    await page.close();

    // a queue row's counter too, on hover (GX-2026-00001: 收件时间 2026-09-14 09:23, 有条件共享)
    const queue = await e.b.context.newPage();
    await queue.goto(e.url("queue.html"));
    const c = queue.locator('[data-testid="shixian-deadline"][data-row="GX-2026-00001"]');
    await c.waitFor({ timeout: 60_000 });
    await c.hover();
    await expect
      .poll(() => c.getAttribute("title"))
      .toMatch(/^收件日期 2026-09-14 09:23 → 1个工作日 → 截止 2026-09-15$/);
    await queue.close();
  });
});

describe("教 ShiXian 认识此页", () => {
  const PAGE = "teach-detail.html?id=LZ-2026-1009-042";

  it("teaches a page the generic recogniser cannot read, by clicking; the page is then read right and the office gets it", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url(PAGE));
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-testid="shixian-kind"]').count()).toBe(0); // not read

    // Opened from the popup.
    const popup = await e.b.context.newPage();
    await popup.goto(`chrome-extension://${e.b.extensionId}/popup.html`);
    await popup.locator('[data-testid="shixian-teach"]').click();
    const sh = await ClosedShadow.of(page, "shixian-teacher");
    const panel = await sh.waitFor('[data-testid="shixian-teacher"]');
    expect(panel.attrs["data-kind"]).toBe("data-share-request");
    await popup.close().catch(() => {});

    // The page's scripts cannot read into the teacher (closed shadow root).
    expect(
      await page.evaluate(() => {
        const h = document.querySelector("shixian-teacher") as (HTMLElement & { shadowRoot: ShadowRoot | null }) | null;
        return { host: !!h, shadow: h?.shadowRoot ?? null };
      }),
    ).toEqual({ host: true, shadow: null });

    const pickField = async (field: string, click: () => Promise<void>, anchor: string) => {
      await sh.click(`[data-testid="shixian-teacher-pick"][data-field="${field}"]`);
      await sh.waitFor(`[data-testid="shixian-teacher-pick"][data-field="${field}"][aria-pressed="true"]`);
      await click();
      const f = await sh.waitFor(
        `[data-testid="shixian-teacher-field"][data-field="${field}"]`,
        (el) => el.attrs["data-state"] === "picked",
      );
      expect(f.attrs["data-anchor"]).toBe(anchor);
      expect(f.attrs["data-warn"]).toBe("");
    };
    await pickField("receivedAt", () => page.getByText("2026-10-09 09:15:33").click(), "“登记时点”");
    await pickField("shareClass", () => page.getByText("有条件共享", { exact: true }).click(), "“开放属性”");
    await pickField("externalId", () => page.locator("#flowNo").click(), "“流转号”");

    // The result updates live.
    const pv = await sh.waitFor('[data-testid="shixian-teacher-preview"]', (el) =>
      el.attrs["data-facts"]?.includes("shareClass"),
    );
    expect(JSON.parse(pv.attrs["data-facts"])).toEqual({
      receivedAt: "2026-10-09T09:15:33+08:00",
      shareClass: "有条件共享",
    });
    // The picking clicks never reached the portal's own handlers.
    expect(await page.evaluate(() => (window as unknown as { __portalClicks: number }).__portalClicks)).toBe(0);

    // A page script cannot pick for the clerk: its synthetic click is ignored while picking.
    await sh.click('[data-testid="shixian-teacher-pick"][data-field="decision"]');
    await sh.waitFor('[data-testid="shixian-teacher-pick"][data-field="decision"][aria-pressed="true"]');
    await page.evaluate(() => {
      const v = [...document.querySelectorAll(".v")].find((x) => x.textContent === "待审核") as HTMLElement;
      v.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
      v.click();
    });
    await page.waitForTimeout(300);
    expect((await sh.waitFor('[data-testid="shixian-teacher-field"][data-field="decision"]')).attrs["data-state"]).toBe(
      "empty",
    );
    await page.keyboard.press("Escape");
    await sh.waitFor('[data-testid="shixian-teacher-pick"][data-field="decision"][aria-pressed="false"]');
    await screenshot(page, "teacher-picked");

    await sh.click('[data-testid="shixian-teacher-save"]');
    const st = await sh.waitFor('[data-testid="shixian-teacher-status"]');
    expect(st.attrs["data-outcome"]).toBe("saved"); // a supervisor's token: saved on the server too

    // Used at once: the page is now read right.
    await page.locator('[data-testid="shixian-kind"][data-kind="data-share-request"]').waitFor({ timeout: 30_000 });
    expect(await reviewCounter(page)).toMatchObject([{ due: DUE }]);
    await sh.click('[data-testid="shixian-teacher-close"]');
    await screenshot(page, "teacher-taught");
    await sh.detach();
    await page.close();

    // The office has it, recorded with who saved it.
    const r = await fetch(`${apiUrl}/api/adapters`, { headers: { authorization: `Bearer ${clerk}` } });
    const body = (await r.json()) as {
      adapters: { single: { fields: Record<string, { labels?: string[] }> } }[];
      records: { updatedBy: string }[];
    };
    expect(body.adapters).toHaveLength(1);
    expect(body.adapters[0].single.fields.receivedAt.labels).toEqual(["登记时点"]);
    expect(body.records[0].updatedBy).toBe("王主管");
  });

  it("is still there after the extension starts again (stored locally; the server is down meanwhile)", async () => {
    await stopApi();
    try {
      await e.close();
      e = await openProfile(profileA, { apiUrl, token: supervisor, lang: "zh-CN", portals: [] });
      const page = await e.b.context.newPage();
      await page.goto(e.url("teach-detail.html?id=LZ-2026-1009-043"));
      expect(await reviewCounter(page)).toMatchObject([{ due: DUE }]);
      const list = await e.b.message<{ local: { id: string }[] }>({ type: "listAdapters" });
      expect(list.local).toHaveLength(1);
      await page.close();

      // The portal's next release renamed 登记时点: the adapter reads nothing (no wrong cells), the clerk is told.
      const changed = await e.b.context.newPage();
      await changed.goto(e.url("teach-detail.html?id=LZ-2026-1009-042&v=2"));
      const sh = await ClosedShadow.of(changed, "shixian-teacher");
      const note = await sh.waitFor('[data-testid="shixian-adapter-stale"]');
      expect(note.text).toContain("教学：流转单详情");
      expect(note.text).toContain("收件日期"); // the field it can no longer find, by its name
      expect(await counters(changed)).toEqual([]);
      await sh.detach();
      await changed.close();
    } finally {
      startApi();
    }
  });

  it("a second browser profile pointed at the same server gets it (a clerk, who cannot write adapters)", async () => {
    const dirB = mkdtempSync(join(tmpdir(), "shixian-e2e-profile-"));
    const e2 = await openProfile(dirB, { apiUrl, token: clerk, lang: "zh-CN", portals: [] });
    try {
      await e2.b.message({ type: "refreshRules" });
      const page = await e2.b.context.newPage();
      await page.goto(e.url(PAGE)); // the portal the adapter was taught on
      await page.locator('[data-testid="shixian-kind"][data-kind="data-share-request"]').waitFor({ timeout: 30_000 });
      expect(await reviewCounter(page)).toMatchObject([{ due: DUE }]);
      await page.close();
      const list = await e2.b.message<{ local: unknown[]; office: { id: string }[] }>({ type: "listAdapters" });
      expect(list.local).toEqual([]);
      expect(list.office).toHaveLength(1);
      // a clerk's token may read the office's adapters but not write them: a save stays on this computer
      const saved = await e2.b.message<{ server: string }>({
        type: "saveAdapter",
        adapter: { ...list.office[0], version: "clerk-edit" },
      });
      expect(saved.server).toBe("forbidden");
    } finally {
      await e2.close();
      rmSync(dirB, { recursive: true, force: true });
    }
  });
});
