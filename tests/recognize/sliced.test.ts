// recognizePageSliced: long lists read in time slices that yield to the page give exactly the result of one
// unsliced recognizePage run (same rows, same order, same facts), across several tables, and survive rows removed
// while a slice is paused.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { recognizePage, recognizePageSliced } from "../../extension/lib/recognize/index.ts";
import type { Recognition } from "../../extension/lib/recognize/types.ts";

const QUEUE_URL = "http://127.0.0.1:8788/queue.html";
const summary = (r: Recognition) => ({ kind: r.kind, facts: r.facts, id: r.externalId, source: r.source });

/** A page with two generic list tables (no adapter matches it). */
function twoLists(n: number): string {
  const table = (prefix: string, day: number) => {
    let h = "<table><tr><th>申请编号</th><th>业务类型</th><th>共享类型</th><th>收件时间</th><th>审核状态</th></tr>";
    for (let i = 1; i <= n; i++)
      h += `<tr><td>${prefix}-${i}</td><td>共享申请</td><td>有条件共享</td><td>2026-09-${String(day).padStart(2, "0")} 10:${String(i % 60).padStart(2, "0")}</td><td>待审核</td></tr>`;
    return `${h}</table>`;
  };
  return `<!doctype html><html><head><title>共享申请队列</title></head><body><h1>共享申请队列</h1>${table("A", 14)}<p>第二页</p>${table("B", 15)}</body></html>`;
}

describe("recognizePageSliced", () => {
  it("reads the 5 000-row demo queue in many slices with the same result as one run", async () => {
    const doc = new JSDOM(readFileSync("tests/fixtures/portal/queue.html", "utf8"), { url: QUEUE_URL }).window.document;
    const whole = recognizePage(doc, QUEUE_URL);
    let pauses = 0;
    const slices: number[] = [];
    const sliced = await recognizePageSliced(doc, QUEUE_URL, {
      sliceMs: 0, // every check point is over budget: a pause every 32 rows
      pause: async () => {
        pauses++;
      },
      onSlice: (ms) => slices.push(ms),
    });
    expect(whole.rows).toHaveLength(5000);
    expect(pauses).toBeGreaterThan(100);
    expect(slices).toHaveLength(pauses + 1);
    expect(sliced.rows.map(summary)).toEqual(whole.rows.map(summary));
    expect(sliced.rows.map((r) => r.root)).toEqual(whole.rows.map((r) => r.root));
  });

  it("keeps document order across several tables read in slices", async () => {
    const url = "http://127.0.0.1:8788/lists.html";
    const doc = new JSDOM(twoLists(300), { url }).window.document;
    const whole = recognizePage(doc, url, []);
    const sliced = await recognizePageSliced(doc, url, { sliceMs: 0, pause: async () => {} }, []);
    expect(whole.rows).toHaveLength(600);
    expect(sliced.rows.map((r) => r.externalId)).toEqual([
      ...Array.from({ length: 300 }, (_, i) => `A-${i + 1}`),
      ...Array.from({ length: 300 }, (_, i) => `B-${i + 1}`),
    ]);
    expect(sliced.rows.map(summary)).toEqual(whole.rows.map(summary));
  });

  it("does not crash when the page removes rows while a slice is paused", async () => {
    const url = "http://127.0.0.1:8788/lists.html";
    const doc = new JSDOM(twoLists(300), { url }).window.document;
    let removed = false;
    const sliced = await recognizePageSliced(
      doc,
      url,
      {
        sliceMs: 0,
        pause: async () => {
          if (removed) return;
          removed = true;
          const t = doc.getElementsByTagName("table")[1];
          while (t.rows.length > 1) t.rows[1].remove();
        },
      },
      [],
    );
    // The first table's rows are all there; the second table lost its rows before they were read.
    expect(sliced.rows.filter((r) => r.externalId?.startsWith("A-"))).toHaveLength(300);
    expect(sliced.rows.length).toBeLessThan(600);
  });
});
