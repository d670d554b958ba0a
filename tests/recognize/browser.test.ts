// The recogniser in real Chromium (Debian's /usr/bin/chromium, installed by `npm test`'s system step): bundled and
// injected into the page's own world *after* the hostile page replaced the DOM API, which is harder than the
// extension's isolated world — the recogniser must notice and take fresh functions from a hidden iframe.
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { build, type Rollup } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type DemoPortal, startDemoPortal } from "../../server/demo-portal.ts";

const CHROMIUM = "/usr/bin/chromium";
let portal: DemoPortal;
let browser: Browser;
let bundle: string;

interface Summary {
  kind: string;
  facts: Record<string, unknown>;
  externalId?: string;
  source: string;
  anchors: Record<string, string>;
}
interface Result {
  single: Summary | null;
  rowCount: number;
  rows: Summary[];
  last: Summary | null;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} missing: run npm test (it installs chromium) or apt-get install chromium`);
  const out = (await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: false,
      lib: { entry: "tests/recognize/browser-entry.ts", formats: ["iife"], name: "ShiXianRecognizeTest" },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const first = Array.isArray(out) ? out[0] : out;
  bundle = (first.output[0] as Rollup.OutputChunk).code;
  portal = await startDemoPortal({ port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

async function recogniseIn(page: Page, path: string, withAdapters = true): Promise<Result> {
  await page.goto(portal.url + path, { waitUntil: "load" });
  await page.addScriptTag({ content: bundle });
  return page.evaluate(
    (a) => (globalThis as unknown as { __shixianRecognize(a: boolean): Result }).__shixianRecognize(a),
    withAdapters,
  );
}

describe("in Chromium", () => {
  test("hostile page: recognised with fresh DOM functions; the page's liars are not called; nothing runs", async () => {
    const page = await browser.newPage();
    const callsBefore = await (async () => {
      await page.goto(`${portal.url}hostile.html`, { waitUntil: "load" });
      return page.evaluate(() => (window as unknown as { __hostileCalls: number }).__hostileCalls);
    })();
    await page.addScriptTag({ content: bundle });
    const r = await page.evaluate(() =>
      (globalThis as unknown as { __shixianRecognize(): Result }).__shixianRecognize(),
    );
    expect(r.single?.kind).toBe("data-share-request");
    expect(r.single?.facts).toMatchObject({
      receivedAt: "2026-11-20T09:00:00+08:00",
      shareClass: "有条件共享",
      decision: "待审核",
      reason: "</td></tr></table><script>window.__shixianPwned='reason'</script>",
    });
    expect(r.single?.facts.scenario).toContain("230502********0026");
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __shixianPwned?: unknown }).__shixianPwned,
      calls: (window as unknown as { __hostileCalls: number }).__hostileCalls,
      // (getAttribute is one of the page's liars; hasAttribute is not)
      realm:
        document.documentElement.lastElementChild?.localName === "iframe" &&
        document.documentElement.lastElementChild.hasAttribute("data-shixian"),
    }));
    expect(state.pwned).toBeUndefined();
    expect(state.calls).toBe(callsBefore);
    expect(state.realm).toBe(true); // the hidden iframe that supplied untouched prototypes
    await page.close();
  });

  test("5 000-row queue: every row, by adapter and generically", async () => {
    const page = await browser.newPage();
    const a = await recogniseIn(page, "queue.html");
    expect(a.rowCount).toBe(5000);
    expect(a.rows[0]).toMatchObject({
      kind: "data-share-request",
      externalId: "GX-2026-00001",
      source: "adapter",
      facts: { receivedAt: "2026-09-14T09:23:00+08:00", shareClass: "有条件共享", decision: "待审核" },
    });
    expect(a.last).toMatchObject({ externalId: "GX-2026-05000", facts: { receivedAt: "2026-09-19T15:10:00+08:00" } });
    const g = await page.evaluate(() =>
      (globalThis as unknown as { __shixianRecognize(a: boolean): Result }).__shixianRecognize(false),
    );
    expect(g.rowCount).toBe(5000);
    expect(g.rows[0].facts).toEqual(a.rows[0].facts);
    await page.close();
  });

  test("shadow root, frameset and GBK pages", async () => {
    const page = await browser.newPage();
    expect((await recogniseIn(page, "objection.html")).single).toMatchObject({
      kind: "open-data-objection",
      facts: { evidence: true, datasetOpen: true, receivedAt: "2026-05-08T09:10:00+08:00" },
    });
    expect((await recogniseIn(page, "frameset.html")).single).toMatchObject({
      kind: "data-share-request",
      externalId: "GX-2026-1009-021",
      facts: { receivedAt: "2026-10-09T17:45:00+08:00" },
    });
    expect((await recogniseIn(page, "gbk.html")).single).toMatchObject({
      kind: "data-correction",
      facts: { receivedAt: "2026-04-29T09:05:00+08:00", resolvedAt: "2026-05-08T14:30:00+08:00" },
    });
    expect((await recogniseIn(page, "share-request-pending.html")).single?.anchors).toMatchObject({
      decision: "select",
      reason: "textarea",
    });
    await page.close();
  });
});
