// The 5 000-row queue's counter layer places chunks far from the viewport from their first and last rows and
// exactly once Chromium is about to render them: after scrolling anywhere, every counter in view sits beside its
// own row, and every row with a deadline has its counter element in the DOM.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, setClock, setupE2E } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await setupE2E();
});
afterAll(async () => {
  await e?.close();
});

/** For every counter whose row is in the viewport: vertical and horizontal offset from its row. */
function offsetsInView(): { id: string; dy: number; dx: number; clipped: number }[] {
  const host = document.querySelector("shixian-rows");
  const byId = new Map<string, Element>();
  for (const el of host?.shadowRoot?.querySelectorAll('[data-testid="shixian-deadline"][data-row]') ?? [])
    byId.set(el.getAttribute("data-row") ?? "", el);
  const out: { id: string; dy: number; dx: number; clipped: number }[] = [];
  for (const tr of document.querySelectorAll("#queue tr")) {
    const b = tr.getBoundingClientRect();
    if (b.bottom < 0 || b.top > innerHeight) continue;
    const id = tr.querySelector("a")?.textContent ?? "";
    const el = byId.get(id);
    if (!el) continue;
    const a = el.getBoundingClientRect();
    // The chunk box clips what overflows it (contain: strict): the counter must fit inside.
    const chunk = el.closest(".c")?.getBoundingClientRect();
    const clipped = chunk ? Math.max(0, a.right - chunk.right, a.bottom - chunk.bottom) : 999;
    out.push({ id, dy: Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)), dx: a.left - b.right, clipped });
  }
  return out;
}

describe("5 000-row queue, scrolled", () => {
  it("keeps every counter in view beside its own row wherever the clerk scrolls", async () => {
    await setClock(e, "2026-09-30T10:00:00+08:00");
    const page = await e.b.context.newPage();
    await page.goto(e.url("queue.html"));
    await page.waitForSelector("html[data-shixian-rows]", { timeout: 90_000 });
    expect(await page.locator('[data-testid="shixian-deadline"][data-row]').count()).toBeGreaterThan(4000);
    // Chunks far from the viewport were placed by estimate (only their first and last rows read).
    const estimated = () =>
      page.evaluate(
        () => document.querySelector("shixian-rows")?.shadowRoot?.querySelectorAll("[data-est]").length ?? 0,
      );
    const before = await estimated();
    expect(before).toBeGreaterThan(10);
    for (const fraction of [0.37, 0.71, 1]) {
      await page.evaluate(
        (f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f),
        fraction,
      );
      // Two frames: Chromium finds the chunk near the viewport, the layer places it exactly.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
      );
      const offsets = await page.evaluate(offsetsInView);
      // The chunks now near the viewport were placed again from every row's own position.
      expect(await estimated()).toBeLessThan(before);
      expect(offsets.length, `counters in view at ${fraction}`).toBeGreaterThan(10);
      for (const o of offsets) {
        expect(o.dy, o.id).toBeLessThan(6);
        expect(o.dx, o.id).toBeGreaterThanOrEqual(0);
        expect(o.dx, o.id).toBeLessThan(12);
        expect(o.clipped, o.id).toBe(0);
      }
    }
    await page.close();
  });
});
