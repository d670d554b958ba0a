// The office board in Debian's Chromium: log in, see the demo office, filter (the URL keeps the view), resolve a
// flag and see its audit trail, a stale page refused without losing what was typed, export the view as xlsx and
// read it back, log out — and axe-core on every page (no serious or critical violation).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { serve } from "@hono/node-server";
import ExcelJS from "exceljs";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoLogin, seedBoardDemo } from "../../server/board/demo-data.ts";
import { type Instance, openInstance } from "../../server/instance.ts";
import { ARTIFACTS, CHROMIUM } from "./harness.ts";

const NOW = "2026-12-03T10:00:00+08:00";
let dir: string;
let inst: Instance;
let server: ReturnType<typeof serve>;
let base: string;
let browser: Browser;
let logins: DemoLogin[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shixian-e2e-board-"));
  // A fixed working day (Thursday 2026-12-03, 10:00 Beijing) for the board's clock and the demo data: the buckets
  // (overdue / due today / soon) are the same whatever day the tests run on.
  const now = Date.parse(NOW);
  inst = await openInstance({ dataDir: dir, clock: () => now });
  logins = await seedBoardDemo(inst.deps.db, inst.deps.engine, new Date(now));
  await new Promise<void>((ok) => {
    server = serve({ fetch: inst.app.fetch, port: 0, hostname: "127.0.0.1" }, () => ok());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await inst?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function axe(page: Page, what: string) {
  const r = await new AxeBuilder({ page }).analyze();
  const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
    [],
  );
}

async function logIn(page: Page, who: DemoLogin) {
  await page.goto(`${base}/board`);
  await expect.poll(() => page.url()).toContain("/board/login");
  await page.fill('[data-testid="login-name"]', who.name);
  await page.fill('[data-testid="login-password"]', who.password);
  await page.click('[data-testid="login-submit"]');
  await page.waitForURL(`${base}/board`);
}

/** Clicks a submit button and waits for the page it leads to. */
async function submit(page: Page, selector: string) {
  await Promise.all([page.waitForEvent("load"), page.click(selector)]);
}
const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent()) ?? "";

const sup = () => logins.find((l) => l.role === "supervisor" && l.unit === "市数据局数据资源科") as DemoLogin;

describe("office board", () => {
  it("the login form is reachable by keyboard and says a wrong password without saying which part", async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}/board/login`);
    await axe(page, "login");
    const focused: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      focused.push((await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "")) || "");
    }
    expect(focused).toEqual(expect.arrayContaining(["login-name", "login-password", "login-submit"]));
    await page.fill('[data-testid="login-name"]', sup().name);
    await page.fill('[data-testid="login-password"]', "not-the-password");
    await submit(page, '[data-testid="login-submit"]');
    expect(await text(page, "#login-error")).toMatch(/用户名或密码错误/);
    // the name typed stays
    expect(await page.inputValue('[data-testid="login-name"]')).toBe(sup().name);
    await ctx.close();
  });

  it("a supervisor sees their unit's card and overdue cases, filters by URL, and sees no other unit", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await ctx.newPage();
    await logIn(page, sup());
    const cards = page.locator('[data-testid="board-unit-card"]');
    expect(await cards.count()).toBe(1);
    expect(await cards.first().getAttribute("data-light")).toBe("red");
    expect(await cards.first().textContent()).toContain("市数据局数据资源科");
    const rows = page.locator('[data-testid="board-case-row"]');
    expect(await rows.count()).toBeGreaterThan(0);
    // every row of the default view (已超期) shows an overdue counter, in working days
    for (const r of await rows.all())
      expect(await r.locator('[data-status="overdue"]').first().textContent()).toMatch(/^已超期 \d+ 个工作日$/);
    expect(await page.locator("body").textContent()).not.toContain("待遇保障科");
    await axe(page, "today");
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "board-today.png"), fullPage: true });
    // filter: due today; the URL keeps the view
    await page.selectOption('[data-testid="filter-bucket"]', "today");
    await submit(page, '[data-testid="filter-submit"]');
    expect(page.url()).toMatch(/bucket=today/);
    const today = page.locator('[data-testid="board-case-row"]');
    expect(await today.count()).toBeGreaterThan(0);
    for (const r of await today.all())
      expect(await r.locator('[data-status="due-today"]').first().textContent()).toBe("今日到期");
    // a bookmarked view opens the same
    const again = await ctx.newPage();
    await again.goto(page.url());
    expect(await again.locator('[data-testid="board-case-row"]').count()).toBe(await today.count());
    // a citation opens the article with the quote marked
    await Promise.all([
      page.waitForEvent("load"),
      page.locator('[data-testid="board-case-row"] a[href^="/board/doc"]').first().click(),
    ]);
    await page.locator("section.article.cited").waitFor();
    expect(await page.locator("section.article.cited mark").count()).toBe(1);
    await axe(page, "doc");
    await ctx.close();
  });

  it("resolves a flag with a note (audit trail), refuses a stale page keeping what was typed", async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await logIn(page, sup());
    await page.goto(`${base}/board/flags?status=open`);
    await axe(page, "flags");
    const open = page.locator('[data-testid="board-flag-row"][data-status="open"]');
    expect(await open.count()).toBeGreaterThan(0);
    await Promise.all([page.waitForEvent("load"), open.first().locator("a").first().click()]);
    const flagUrl = page.url();
    // a second tab on the same flag: it will be stale
    const stale = await ctx.newPage();
    await stale.goto(flagUrl);
    await axe(page, "flag");
    await page.fill("#resolution", "已督促经办人当日办结");
    await submit(page, '[data-testid="flag-resolve"]');
    expect(await page.locator('[data-testid="board-flag"]').getAttribute("data-status")).toBe("resolved");
    expect(await text(page, "#live")).toContain("已处理完毕");
    expect(await text(page, '[data-testid="flag-audit"]')).toContain("处理完毕");
    expect(await text(page, '[data-testid="flag-audit"]')).toContain("已督促经办人当日办结");
    // the stale tab tries to dismiss: refused, told, and the reason it typed is still there
    await stale.fill("#reason", "申请已撤回");
    await submit(stale, '[data-testid="flag-dismiss"]');
    expect(await text(stale, ".error")).toContain("已被他人修改");
    // the flag is resolved now (no dismiss form): what was typed is kept on the page, not lost
    expect(await stale.inputValue("#kept-text")).toBe("申请已撤回");
    await ctx.close();
  });

  it("exports the view as xlsx (read back with exceljs), and logs out", async () => {
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    await logIn(page, sup());
    const shown = await page.locator('[data-testid="board-case-row"]').count();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export-xlsx"]')]);
    const file = join(dir, "export.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe("案件编号 Case no.");
    expect(ws.rowCount - 1).toBe(shown);
    const ids = new Set<string>();
    ws.eachRow((r, i) => {
      if (i > 1) ids.add(String(r.getCell(1).value));
    });
    for (const r of await page.locator('[data-testid="board-case-row"] td:first-child').allInnerTexts())
      expect(ids.has(r.split("\n")[0].trim())).toBe(true);
    await page.goto(`${base}/board/charts`);
    await page.locator('#chart-ontime[data-rendered="1"]').waitFor();
    await axe(page, "charts");
    await submit(page, '[data-testid="logout"]');
    expect(page.url()).toMatch(/\/board\/login/);
    await page.goto(`${base}/board`);
    await expect.poll(() => page.url()).toContain("/board/login");
    await ctx.close();
  });
});
