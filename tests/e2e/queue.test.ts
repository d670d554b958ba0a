// List pages: the 5 000-row request queue and the 220-task supervision list get a counter per row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, screenshot, setupE2E } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await setupE2E();
});
afterAll(async () => {
  await e?.close();
});

interface RowCounter {
  id: string;
  rule: string | null;
  due: string | null;
  status: string | null;
  provisional: string | null;
}

async function rowCounters(page: import("playwright-core").Page): Promise<RowCounter[]> {
  return page.locator('[data-testid="shixian-deadline"][data-row]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute("data-row") ?? "",
      rule: el.getAttribute("data-rule"),
      due: el.getAttribute("data-due"),
      status: el.getAttribute("data-status"),
      provisional: el.getAttribute("data-provisional"),
    })),
  );
}

describe("5 000-row request queue", () => {
  it("shows a counter on every row that has a deadline, with hand-checked due dates", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("queue.html"));
    await page.waitForSelector("html[data-shixian-rows]", { timeout: 90_000 });
    const info = JSON.parse((await page.getAttribute("html", "data-shixian-rows")) ?? "{}") as { rows: number };
    expect(info.rows).toBe(5000);
    const rows = await rowCounters(page);
    expect(rows.length).toBeGreaterThan(1000);
    for (const r of rows) {
      expect(r.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["ok", "due-soon", "due-today", "overdue"]).toContain(r.status);
    }
    // Every status occurs on a queue built around the demo date.
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses.has("overdue")).toBe(true);
    // Row 1: a conditional request received 2026-09-14 09:23, pending → 1 working day → 2026-09-15 (Tue),
    // overdue on 2026-10-09.
    const first = rows.find((r) => r.id === "GX-2026-00001");
    expect(first).toMatchObject({ due: "2026-09-15", status: "overdue", provisional: "false" });
    // Row 3: received 2026-09-24 11:09 (Thu) → 9-25…9-27 中秋 holidays → 2026-09-28.
    const third = rows.find((r) => r.id === "GX-2026-00003");
    expect(third).toMatchObject({ due: "2026-09-28", status: "overdue" });
    // Each counter sits just right of its own row.
    const placement = await page.evaluate(() => {
      const host = document.querySelector("shixian-rows");
      const el = host?.shadowRoot?.querySelector('[data-row="GX-2026-00003"]');
      const link = [...document.querySelectorAll("a")].find((a) => a.textContent === "GX-2026-00003");
      const tr = link?.closest("tr");
      if (!el || !tr) return undefined;
      const a = el.getBoundingClientRect();
      const b = tr.getBoundingClientRect();
      return { dy: Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)), dx: a.left - b.right };
    });
    expect(placement).toBeDefined();
    expect(placement?.dy).toBeLessThan(6);
    expect(placement?.dx).toBeGreaterThanOrEqual(0);
    expect(placement?.dx).toBeLessThan(12);
    await screenshot(page, "overlay-queue");
    await page.close();
  });
});

describe("supervision task list (220 tasks of 双政发〔2026〕3号)", () => {
  it("shows a counter per task with a due date", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("tasks.html"));
    await page.waitForSelector("html[data-shixian-rows]", { timeout: 60_000 });
    const rows = await rowCounters(page);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.due).toMatch(/^2026-\d{2}-\d{2}$/);
    await screenshot(page, "overlay-tasks");
    await page.close();
  });
});
