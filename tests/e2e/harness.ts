// Real Chromium with the built extension loaded, the demo legacy portal and (optionally) a real API server.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Frame, type Locator, type Page, type Worker } from "playwright-core";

export const ROOT = resolve(new URL("../..", import.meta.url).pathname);
/** The test build (`SHIXIAN_TEST_BUILD=1 npx wxt build`): open shadow roots, so tests can read the data-testid
 * contract. scripts/test.mjs builds it before the end-to-end tests. */
export const EXTENSION_DIR = join(ROOT, ".output/chrome-mv3");
/** A normal build (closed shadow roots), as clerks get it: `SHIXIAN_OUT_DIR=.output/closed npx wxt build`. */
export const CLOSED_EXTENSION_DIR = join(ROOT, ".output/closed/chrome-mv3");
export const ARTIFACTS = join(ROOT, "test-artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The extension API as seen from the service worker (evaluated there by Playwright). */
export interface ChromeGlobal {
  chrome: { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  sw: Worker;
  /** Sends a message to the background as the extension's own pages do. */
  message<T = unknown>(msg: Record<string, unknown>): Promise<T>;
  /** chrome.storage.local.set in the extension. */
  setLocal(values: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** Headless Chromium flags for tests and benchmarks; with `extensionDir`, that unpacked extension alone is loaded. */
export function chromiumArgs(extensionDir?: string): string[] {
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
  if (extensionDir) args.unshift(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

/** True when the build in `dir` is a test build (its manifest's version_name says so: wxt.config.ts). */
export function isTestBuild(dir: string): boolean {
  const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { version_name?: string };
  return /test build/.test(m.version_name ?? "");
}

/** Checks the build in `dir` exists and is the kind the tests expect (a test build in EXTENSION_DIR, else normal). */
export function requireBuiltExtension(dir = EXTENSION_DIR): void {
  const testBuild = dir === EXTENSION_DIR;
  const how = testBuild ? "SHIXIAN_TEST_BUILD=1 npx wxt build" : "SHIXIAN_OUT_DIR=.output/closed npx wxt build";
  if (!existsSync(join(dir, "manifest.json")))
    throw new Error(`${dir}/manifest.json missing: build the extension first (${how})`);
  if (isTestBuild(dir) !== testBuild)
    throw new Error(
      `${dir} is ${testBuild ? "a normal build (closed shadow roots: tests cannot read the overlay)" : "a test build"}; rebuild it with ${how}`,
    );
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install -y chromium fonts-noto-cjk`);
}

/** Builds the normal (closed) extension into CLOSED_EXTENSION_DIR unless it is there (scripts/test.mjs builds it). */
export function ensureClosedBuild(): void {
  if (existsSync(join(CLOSED_EXTENSION_DIR, "manifest.json")) && !isTestBuild(CLOSED_EXTENSION_DIR)) return;
  const env: NodeJS.ProcessEnv = { ...process.env, SHIXIAN_OUT_DIR: ".output/closed" };
  delete env.SHIXIAN_TEST_BUILD;
  const r = spawnSync("npx", ["wxt", "build"], { cwd: ROOT, stdio: "inherit", env });
  if (r.status !== 0) throw new Error("wxt build (normal build into .output/closed) failed");
}

export async function launchExtension(dir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  requireBuiltExtension(dir);
  const userDataDir = mkdtempSync(join(tmpdir(), "shixian-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    args: chromiumArgs(dir),
  });
  let sw = context.serviceWorkers()[0];
  if (!sw) sw = await context.waitForEvent("serviceworker", { timeout: 30_000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    sw,
    message: <T>(msg: Record<string, unknown>) =>
      sw.evaluate(
        (m) => (globalThis as unknown as { __shixianHandle?: (m: unknown) => Promise<unknown> }).__shixianHandle?.(m),
        msg,
      ) as Promise<T>,
    setLocal: (values) =>
      sw.evaluate((v) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(v), values),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A free loopback TCP port (for starting a server later, e.g. "offline first, then online"). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => res(port));
    });
    s.on("error", rej);
  });
}

/** Screenshots must not show a full 身份证号: the demo portal's own text is masked in the page before capture
 * (the overlay already shows only masked numbers). */
async function maskPortalIds(page: Page): Promise<void> {
  for (const f of page.frames()) {
    await f
      .evaluate(() => {
        const re = /(\d{6})\d{8}(\d{3}[\dXx])/g;
        const w = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode())
          if (n.nodeValue && re.test(n.nodeValue)) n.nodeValue = n.nodeValue.replace(re, "$1********$2");
      })
      .catch(() => {});
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await maskPortalIds(page);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** All deadline counters on a page (Playwright's CSS engine pierces open shadow roots). */
/** The deadline counters in page, frame or one part of it (the panel: `frame.locator("shixian-overlay")`). */
export async function counters(page: Page | Frame | Locator) {
  return page.locator('[data-testid="shixian-deadline"]').evaluateAll((els) =>
    els.map((e) => ({
      rule: e.getAttribute("data-rule"),
      due: e.getAttribute("data-due"),
      status: e.getAttribute("data-status"),
      provisional: e.getAttribute("data-provisional"),
      text: e.textContent,
    })),
  );
}

export async function findings(page: Page | Frame) {
  return page.locator('[data-testid="shixian-finding"]').evaluateAll((els) =>
    els.map((e) => ({
      severity: e.getAttribute("data-severity"),
      doc: e.getAttribute("data-doc"),
      article: e.getAttribute("data-article"),
      rule: e.getAttribute("data-rule"),
    })),
  );
}

/** The instant the demo portal's fixed dates were written for (tests/fixtures/portal/README.md). */
export const DEMO_NOW = "2026-10-09T10:00:00+08:00";

export interface E2E {
  b: ExtensionBrowser;
  portalUrl: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Demo portal + Chromium with the extension, demo clock set. */
export async function setupE2E(settings?: Record<string, unknown>, extensionDir = EXTENSION_DIR): Promise<E2E> {
  const { startDemoPortal } = await import("../../server/demo-portal.ts");
  const portal = await startDemoPortal({ port: 0, host: "127.0.0.1" });
  const b = await launchExtension(extensionDir);
  await b.sw.evaluate(
    ({ at, s }) =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({
        demoClock: { at, setAt: Date.now() },
        ...(s ? { settings: s } : {}),
      }),
    { at: DEMO_NOW, s: settings },
  );
  if (typeof settings?.apiUrl === "string") {
    // Wait until the background has picked the settings up (storage.onChanged is asynchronous).
    const until = Date.now() + 10_000;
    while ((await b.message<{ apiUrl?: string }>({ type: "status" })).apiUrl !== settings.apiUrl) {
      if (Date.now() > until) throw new Error("background did not pick up the test settings");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const base = portal.url.endsWith("/") ? portal.url : `${portal.url}/`;
  return {
    b,
    portalUrl: base,
    url: (path) => new URL(path, base).href,
    async close() {
      await b.close();
      await portal.close();
    },
  };
}

/** Moves the extension's demo clock (the background evaluates with it; counters follow within 30 s). */
export async function setClock(e: E2E, at: string): Promise<void> {
  await e.b.sw.evaluate(
    (v) =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ demoClock: { at: v, setAt: Date.now() } }),
    at,
  );
  // The background re-reads the clock on storage.onChanged (asynchronous): give it a moment.
  await new Promise((r) => setTimeout(r, 300));
}

/** Opens a portal page and waits until the overlay panel shows the detected case kind (in the top page). */
export async function openCase(e: E2E, path: string): Promise<Page> {
  const page = await e.b.context.newPage();
  await page.goto(e.url(path));
  await page.locator('[data-testid="shixian-kind"]').first().waitFor({ timeout: 30_000 });
  return page;
}

/** The frame (top page or an iframe/frame) whose overlay shows a case: the content script runs in every frame. */
export async function overlayFrame(page: Page, timeout = 30_000): Promise<Frame> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const f of page.frames()) if ((await f.locator('[data-testid="shixian-kind"]').count()) > 0) return f;
    await page.waitForTimeout(200);
  }
  throw new Error(`no overlay in any frame of ${page.url()} after ${timeout} ms`);
}
