// List pages: the 5 000-row request queue and the 220-task supervision list get a counter per row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, screenshot, setClock, setupE2E } from "./harness.ts";

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
    // tests/fixtures/portal/README.md: the queue is checked with the clock at 2026-09-30 10:00.
    await setClock(e, "2026-09-30T10:00:00+08:00");
    const page = await e.b.context.newPage();
    await page.goto(e.url("queue.html"));
    await page.waitForSelector("html[data-shixian-rows]", { timeout: 90_000 });
    const info = JSON.parse((await page.getAttribute("html", "data-shixian-rows")) ?? "{}") as { rows: number };
    expect(info.rows).toBe(5000);
    const rows = await rowCounters(page);
    expect(rows.length).toBeGreaterThan(1000);
    for (const r of rows) {
      expect(r.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["ok", "due-soon", "due-today", "overdue", "done"]).toContain(r.status);
    }
    // Every status occurs on a queue built around the demo date.
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses.has("overdue")).toBe(true);
    // Hand-checked rows (README): id → [due, status].
    const expected: Record<string, [string, string]> = {
      "GX-2026-00001": ["2026-09-15", "overdue"],
      "GX-2026-00002": ["2026-09-20", "overdue"], // received Saturday 09-19 → the 调休 Sunday 09-20
      "GX-2026-00003": ["2026-09-28", "overdue"], // 09-25 中秋
      "GX-2026-00004": ["2026-09-30", "due-today"],
      "XQ-2026-00006": ["2026-09-22", "overdue"],
      "XQ-2026-00007": ["2026-09-29", "overdue"],
      "JH-2026-00009": ["2026-09-18", "overdue"],
      "GX-2026-05000": ["2026-09-20", "overdue"],
    };
    for (const [id, [due, status]] of Object.entries(expected))
      expect(
        rows.find((r) => r.id === id),
        id,
      ).toMatchObject({ due, status, provisional: "false" });
    // GX-2026-00013 says 同意 (no decision time shown): its clock stopped — done, never overdue.
    expect(rows.find((r) => r.id === "GX-2026-00013")).toMatchObject({ due: "2026-09-14", status: "done" });
    // KF-2026-00008: 5 working days → the 调休 Saturday 2026-10-10, not yet due.
    const kf8 = rows.find((r) => r.id === "KF-2026-00008");
    expect(kf8?.due).toBe("2026-10-10");
    expect(["ok", "due-soon"]).toContain(kf8?.status);
    // 无条件共享 rows (n = 14) have no 1-working-day review counter.
    expect(rows.find((r) => r.id === "GX-2026-00014")).toBeUndefined();
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
  it("shows a counter per task with a due date (clock 2026-12-20: overdue and late tasks as the README says)", async () => {
    await setClock(e, "2026-12-20T10:00:00+08:00");
    const page = await e.b.context.newPage();
    await page.goto(e.url("tasks.html"));
    await page.waitForSelector("html[data-shixian-rows]", { timeout: 60_000 });
    const rows = await rowCounters(page);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.due).toMatch(/^2026-\d{2}-\d{2}$/);
    expect(rows.length).toBe(220);
    expect(rows.find((r) => r.id === "work-report-50")).toMatchObject({ due: "2026-05-31", status: "overdue" });
    expect(rows.find((r) => r.id === "work-report-1")?.due).toBe("2026-12-31");
    expect(rows.find((r) => r.id === "work-report-1")?.status).not.toBe("overdue");
    await screenshot(page, "overlay-tasks");
    await page.close();
  });
});
