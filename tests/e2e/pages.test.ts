// Every demo detail page in real Chromium with the built extension: the right counters (due dates, statuses),
// the right findings with citations, the article text behind a citation, inline markers, masking, screenshots.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counters, type E2E, findings, openCase, overlayFrame, ROOT, screenshot, setupE2E } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await setupE2E();
});
afterAll(async () => {
  await e?.close();
});

const DOC1 = "双政办规〔2026〕1号";

describe("conditional data-sharing request, rejected without a reason (share-request-rejected.html)", () => {
  it("shows the 1-working-day review deadline and the violations with citations", async () => {
    const page = await openCase(e, "share-request-rejected.html");
    expect(await page.locator('[data-testid="shixian-kind"]').getAttribute("data-kind")).toBe("data-share-request");
    // Received 2026-09-30 15:20; 第二十七条: conditional requests reviewed within 1 working day; 10-01…10-07 are
    // 国庆 holidays, so the day is 2026-10-08 (Thursday). Decided 2026-10-09 10:12: late.
    const ds = await counters(page);
    expect(ds).toContainEqual(
      expect.objectContaining({
        rule: "sy-data-27-review-deadline",
        due: "2026-10-08",
        status: "overdue",
        provisional: "false",
      }),
    );
    const fs = await findings(page);
    const violations = fs.filter((f) => f.severity === "violation");
    expect(violations.length).toBeGreaterThanOrEqual(2);
    for (const f of violations) {
      expect(f.doc).toBe(DOC1);
      expect(f.article).toBe("第二十七条");
    }
    // The empty 不予共享理由 field gets an inline marker next to it in the page itself.
    expect(await page.locator("[data-shixian-marker=violation]").count()).toBeGreaterThanOrEqual(1);
    // 身份证号 never shown unmasked by the overlay.
    const overlayText = await page.locator("shixian-overlay").evaluate((h) => h.shadowRoot?.textContent ?? "");
    expect(overlayText).not.toMatch(/\d{17}[\dXx]/);
    await screenshot(page, "overlay-share-request-rejected");
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    copyFileSync(
      join(ROOT, "test-artifacts/overlay-share-request-rejected.png"),
      join(ROOT, "docs/screenshot-overlay.png"),
    );
    await page.close();
  });

  it("opens the article text when the citation is clicked", async () => {
    const page = await openCase(e, "share-request-rejected.html");
    const finding = page.locator('[data-testid="shixian-finding"][data-severity="violation"]').first();
    await finding.locator(".sx-cite").click();
    const article = finding.locator('[data-testid="shixian-article"]');
    await article.waitFor();
    // Offline (no API configured in this file): the verbatim quote bundled with the rule pack.
    expect(await article.getAttribute("data-source")).toBe("bundled");
    expect((await article.textContent())?.length ?? 0).toBeGreaterThan(10);
    await page.close();
  });

  it("counters are live: the status follows the clock without reloading the page", async () => {
    const setClock = (at: string) =>
      e.b.sw.evaluate(
        (v) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
          ).chrome.storage.local.set({ demoClock: { at: v, setAt: Date.now() } }),
        at,
      );
    const statuses = (page: import("playwright-core").Page) =>
      page.evaluate(() => {
        const host = document.querySelector("shixian-overlay");
        return [...(host?.shadowRoot?.querySelectorAll('[data-testid="shixian-deadline"]') ?? [])].map(
          (x) => x.getAttribute("data-status") ?? "",
        );
      });
    // The pending request arrived 2026-09-24: on that day its review deadline is still running.
    await setClock("2026-09-24T09:00:00+08:00");
    const page = await openCase(e, "share-request-pending.html");
    await page.waitForFunction(
      () => {
        const host = document.querySelector("shixian-overlay");
        const el = host?.shadowRoot?.querySelector('[data-testid="shixian-deadline"]');
        return el !== null && el !== undefined && el.getAttribute("data-status") !== "overdue";
      },
      undefined,
      { timeout: 45_000, polling: 500 },
    );
    const before = await statuses(page);
    expect(before.some((s) => s !== "overdue")).toBe(true);
    await screenshot(page, "overlay-share-request-running");
    // Time passes (clock moved on): within the refresh interval (30 s) the same page shows it overdue.
    await setClock("2026-10-09T10:00:00+08:00");
    await page.waitForFunction(
      () => {
        const host = document.querySelector("shixian-overlay");
        const el = host?.shadowRoot?.querySelector('[data-testid="shixian-deadline"]');
        return el?.getAttribute("data-status") === "overdue";
      },
      undefined,
      { timeout: 45_000, polling: 500 },
    );
    expect(await statuses(page)).toContain("overdue");
    await page.close();
  });
});

describe("every other demo detail page", () => {
  const pages: [string, string][] = [
    ["data-demand.html", "data-demand"],
    ["open-data-request.html", "open-data-request"],
    ["data-correction.html", "data-correction"],
    ["objection.html", "open-data-objection"],
    ["approval-application.html", "approval-application"],
  ];
  for (const [path, kind] of pages) {
    it(`${path}: kind ${kind}, counters and findings follow the test contract`, async () => {
      const page = await e.b.context.newPage();
      await page.goto(e.url(path));
      // Some portals show the case inside an iframe: the overlay appears in that frame.
      const frame = await overlayFrame(page);
      expect(await frame.locator('[data-testid="shixian-kind"]').getAttribute("data-kind")).toBe(kind);
      const ds = await counters(frame);
      const fs = await findings(frame);
      expect(ds.length + fs.length).toBeGreaterThan(0);
      for (const d of ds) {
        expect(d.rule).toBeTruthy();
        expect(d.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(["ok", "due-soon", "due-today", "overdue"]).toContain(d.status);
        expect(["true", "false"]).toContain(d.provisional);
      }
      for (const f of fs) {
        expect(["violation", "warning", "info"]).toContain(f.severity);
        expect(f.doc).toMatch(/〔\d{4}〕\d+号|法/);
      }
      await screenshot(page, `overlay-${path.replace(/\.html$/, "")}`);
      await page.close();
    });
  }

  it("approval application for a suspended (暂停实施) item shows a violation citing 双政规〔2017〕7号", async () => {
    const page = await openCase(e, "approval-application.html");
    const fs = await findings(page);
    expect(fs).toContainEqual(expect.objectContaining({ severity: "violation", doc: "双政规〔2017〕7号" }));
    await page.close();
  });
});

describe("portal shapes", () => {
  it("frameset: the overlay appears in the detail frame", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("frameset.html"));
    const frame = page.frame({ name: "mainFrame" });
    expect(frame).toBeTruthy();
    await frame?.locator('[data-testid="shixian-kind"]').waitFor({ timeout: 30_000 });
    expect(
      (await frame?.locator('[data-testid="shixian-deadline"], [data-testid="shixian-finding"]').count()) ?? 0,
    ).toBeGreaterThan(0);
    await screenshot(page, "overlay-frameset");
    await page.close();
  });

  it("SPA: hash and pushState navigation re-run the overlay for the new case", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("spa.html#/detail/GX-2026-0213-005"));
    await page.locator('[data-testid="shixian-kind"]').waitFor({ timeout: 30_000 });
    const first = await counters(page);
    await page.goto(e.url("spa.html#/detail/XQ-2026-1230-011"));
    await page.waitForFunction(
      (prev) => {
        const host = document.querySelector("shixian-overlay");
        const kind = host?.shadowRoot?.querySelector('[data-testid="shixian-kind"]')?.getAttribute("data-kind");
        const dues = [...(host?.shadowRoot?.querySelectorAll('[data-testid="shixian-deadline"]') ?? [])].map((x) =>
          x.getAttribute("data-due"),
        );
        return kind !== undefined && JSON.stringify(dues) !== prev;
      },
      JSON.stringify(first.map((d) => d.due)),
      { timeout: 30_000 },
    );
    await page.click("#next");
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-testid="shixian-kind"]').count()).toBe(1);
    await page.close();
  });

  it("GBK-encoded page: decoded and recognised", async () => {
    const page = await openCase(e, "gbk.html");
    expect((await counters(page)).length + (await findings(page)).length).toBeGreaterThan(0);
    await screenshot(page, "overlay-gbk");
    await page.close();
  });
});

describe("hostile page", () => {
  it("runs no injected script and the overlay still works", async () => {
    const page = await e.b.context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(e.url("hostile.html"));
    await page.locator('[data-testid="shixian-kind"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    expect(
      await page.evaluate(() => (window as unknown as { __shixianPwned?: string }).__shixianPwned),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    // The page overrides Element.prototype.getAttribute in its own world, so count with Playwright's selector engine.
    const shown =
      (await page.locator('[data-testid="shixian-deadline"]').count()) +
      (await page.locator('[data-testid="shixian-finding"]').count());
    expect(shown).toBeGreaterThan(0);
    // Field text is shown as text: the overlay contains no element the page's values could have injected.
    const injected = await page
      .locator("shixian-overlay")
      .evaluate((h) => h.shadowRoot?.querySelectorAll("script, img, iframe, a[href^='javascript']").length ?? -1);
    expect(injected).toBe(0);
    await screenshot(page, "overlay-hostile");
    await page.close();
  });
});
