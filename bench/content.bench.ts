// Content-script benchmarks in real Chromium with the built extension:
//  - content-queue-5000: the demo portal's 5 000-row queue; main-thread milliseconds from the content script's
//    first line to every row counter shown (peer = the 100 ms target; ratio = peer/ours). Also printed: the page's
//    own load time, the longest task while our script ran (target: none > 50 ms), and the script's own busy/wall
//    time. "ours" is the renderer main thread's task time (CDP Performance.getMetrics TaskDuration) with the
//    extension minus the same page without it, so style/layout caused by our counters is counted too.
//  - content-bundle-gzip: gzip size of the built content script (peer = the 60 kB target; ratio = peer/ours).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium } from "playwright-core";
import type { BenchResult } from "./result.ts";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const EXT = join(ROOT, ".output/chrome-mv3");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const QUEUE_PAGE = "queue.html";
const RUNS = 3;

/** The extension API as seen from the service worker (evaluated there by Playwright). */
interface ChromeGlobal {
  chrome: { storage: { local: { set(v: Record<string, unknown>): Promise<void> } } };
}

function ensureBuilt() {
  if (existsSync(join(EXT, "manifest.json"))) return;
  const r = spawnSync("npx", ["wxt", "build"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error("wxt build failed");
}

async function launch(withExtension: boolean) {
  const dir = mkdtempSync(join(tmpdir(), "shixian-bench-"));
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  if (withExtension) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    // Demo-portal dates are relative to a fixed base: use the demo clock so statuses are the intended mix.
    await sw.evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({
        demoClock: { at: "2026-10-09T10:00:00+08:00", setAt: Date.now() },
      }),
    );
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Sample {
  taskMs: number;
  loadMs: number;
  longest: number;
  longestDuring: number;
  busyMs?: number;
  wallMs?: number;
  rows?: number;
  counters?: number;
}

async function sample(context: BrowserContext, url: string, withExtension: boolean): Promise<Sample> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lt: { s: number; d: number }[] };
    w.__lt = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__lt.push({ s: e.startTime, d: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const metric = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
  };
  await page.goto(url, { waitUntil: "load" });
  let info: { rows: number; busyMs: number; wallMs: number; t0: number; t1: number } | undefined;
  if (withExtension) {
    await page.waitForSelector("html[data-shixian-rows]", { timeout: 60_000 });
    info = JSON.parse((await page.getAttribute("html", "data-shixian-rows")) ?? "{}");
  }
  await page.waitForTimeout(1500); // let layout/paint after the last chunk settle, same for both variants
  const taskMs = await metric();
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const lt = (window as unknown as { __lt: { s: number; d: number }[] }).__lt;
    return { loadMs: nav.loadEventEnd - nav.startTime, lt };
  });
  const counters = withExtension ? await page.locator('[data-testid="shixian-deadline"]').count() : undefined;
  await page.close();
  const during = info ? r.lt.filter((t) => t.s + t.d >= info.t0 && t.s <= info.t1 + 100) : [];
  return {
    taskMs,
    loadMs: r.loadMs,
    longest: Math.max(0, ...r.lt.map((t) => t.d)),
    longestDuring: Math.max(0, ...during.map((t) => t.d)),
    busyMs: info?.busyMs,
    wallMs: info?.wallMs,
    rows: info?.rows,
    counters,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<BenchResult[]> {
  ensureBuilt();
  const results: BenchResult[] = [];

  const js = readFileSync(join(EXT, "content-scripts/content.js"));
  const gzKb = gzipSync(js, { level: 9 }).length / 1024;
  console.log(`  content script: ${(js.length / 1024).toFixed(1)} kB raw, ${gzKb.toFixed(1)} kB gzip`);

  const { startDemoPortal } = (await import("../server/demo-portal.ts")) as {
    startDemoPortal: (o: { port: number; host?: string }) => Promise<{ url: string; close(): Promise<void> }>;
  };
  const portal = await startDemoPortal({ port: 0, host: "127.0.0.1" });
  const url = new URL(QUEUE_PAGE, portal.url.endsWith("/") ? portal.url : `${portal.url}/`).href;
  try {
    const plain = await launch(false);
    const base: Sample[] = [];
    for (let i = 0; i < RUNS; i++) base.push(await sample(plain.context, url, false));
    await plain.close();
    const ext = await launch(true);
    const withExt: Sample[] = [];
    await sample(ext.context, url, true); // warm-up: service worker start, packs loaded
    for (let i = 0; i < RUNS; i++) withExt.push(await sample(ext.context, url, true));
    await ext.close();

    const baseTask = median(base.map((s) => s.taskMs));
    const ours = Math.max(0.1, median(withExt.map((s) => s.taskMs)) - baseTask);
    const m = (k: keyof Sample) => median(withExt.map((s) => Number(s[k] ?? 0)));
    console.log(
      `  queue page (${m("rows")} rows, ${m("counters")} counters): page load ${median(base.map((s) => s.loadMs)).toFixed(0)} ms, ` +
        `main-thread task time +${ours.toFixed(1)} ms with the extension (page alone ${baseTask.toFixed(0)} ms); ` +
        `script busy ${m("busyMs").toFixed(1)} ms, first line → all counters ${m("wallMs").toFixed(0)} ms wall; ` +
        `longest task while our script ran ${m("longestDuring").toFixed(0)} ms (page's own longest ${median(base.map((s) => s.longest)).toFixed(0)} ms)`,
    );
    results.push({ name: "content-queue-5000", ours, peer: 100, unit: "ms", ratio: 100 / ours });
  } finally {
    await portal.close();
  }
  results.push({ name: "content-bundle-gzip", ours: gzKb, peer: 60, unit: "kB", ratio: 60 / gzKb });
  return results;
}
