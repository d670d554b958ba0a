import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { RowDeadline } from "../../extension/lib/messages.ts";
import { ROW_ATTR, rowText, writeRow } from "../../extension/lib/overlay/rows.ts";

const doc = () => new JSDOM("<table><tr><td>2026-09-30 15:20</td></tr></table>").window.document;

describe("queue-row counters", () => {
  it("write the test-contract attributes, icon and words (not colour alone)", () => {
    const d = doc();
    const cell = d.querySelector("td") as Element;
    const ds: RowDeadline[] = [
      { r: "sy-data-review", d: "2026-10-14", a: "2026-10-14T23:59:59+08:00", s: "due-soon", p: false, w: 2 },
      { r: "other", d: "2027-02-10", a: "2027-02-10T23:59:59+08:00", s: "overdue", p: true, w: 3 },
    ];
    writeRow(d, cell, ds, "zh-CN");
    const spans = cell.querySelectorAll('[data-testid="shixian-deadline"]');
    expect(spans).toHaveLength(2);
    expect(spans[0].getAttribute("data-rule")).toBe("sy-data-review");
    expect(spans[0].getAttribute("data-due")).toBe("2026-10-14");
    expect(spans[0].getAttribute("data-status")).toBe("due-soon");
    expect(spans[0].getAttribute("data-provisional")).toBe("false");
    expect(spans[0].textContent).toBe("◷ 剩2个工作日");
    expect(spans[1].getAttribute("data-provisional")).toBe("true");
    expect(spans[1].textContent).toBe("✕ 超期3个工作日*");
    expect(cell.firstChild?.textContent).toBe("2026-09-30 15:20");
  });

  it("update in place on a re-run (one box per row, stale counters removed)", () => {
    const d = doc();
    const cell = d.querySelector("td") as Element;
    writeRow(
      d,
      cell,
      [
        { r: "a", d: "2026-10-14", a: "", s: "ok", p: false, w: 5 },
        { r: "b", d: "2026-10-15", a: "", s: "ok", p: false, w: 6 },
      ],
      "zh-CN",
    );
    writeRow(d, cell, [{ r: "a", d: "2026-10-14", a: "", s: "due-today", p: false, w: 0 }], "en");
    expect(cell.querySelectorAll(`[${ROW_ATTR}]`)).toHaveLength(1);
    const spans = cell.querySelectorAll('[data-testid="shixian-deadline"]');
    expect(spans).toHaveLength(1);
    expect(spans[0].getAttribute("data-status")).toBe("due-today");
    expect(spans[0].textContent).toBe("⚠ due today");
  });

  it("say when a row's clock has stopped", () => {
    expect(rowText("zh-CN", { r: "a", d: "2026-10-14", a: "", s: "ok", p: false, w: 3, m: true })).toBe("已办结");
    expect(rowText("zh-CN", { r: "a", d: "2026-10-31", a: "", s: "overdue", p: false, w: 4, m: false })).toBe(
      "逾期办结（超4个工作日）",
    );
  });

  it("a finished row: done (in time, late, or time not shown) travels the wire and is never overdue", async () => {
    const { decodeRowResults, encodeRowResults } = await import("../../extension/lib/row-codec.ts");
    const rows: RowDeadline[][] = [
      [{ r: "a", d: "2026-09-14", a: "", s: "done", p: false, w: 0 }],
      [{ r: "a", d: "2026-09-14", a: "", s: "done", p: false, w: 2, m: false }],
      [{ r: "a", d: "2026-09-14", a: "", s: "done", p: false, w: 0, m: true }],
    ];
    const back = decodeRowResults(encodeRowResults(rows));
    expect(back.map((x) => x[0].s)).toEqual(["done", "done", "done"]);
    expect(back.map((x) => rowText("zh-CN", x[0]))).toEqual(["已办结", "逾期办结（超2个工作日）", "已办结"]);
    const d = doc();
    const cell = d.querySelector("td") as Element;
    writeRow(d, cell, back[0], "zh-CN", "GX-1");
    const el = cell.querySelector('[data-testid="shixian-deadline"]');
    expect(el?.getAttribute("data-status")).toBe("done");
    expect(el?.textContent).toBe("✔ 已办结");
  });

  it("name the case in the accessible label when the counter sits beside its row", () => {
    const d = doc();
    const box = d.createElement("div");
    writeRow(d, box, [{ r: "a", d: "2026-09-28", a: "", s: "overdue", p: false, w: 2 }], "zh-CN", "GX-2026-00003");
    const el = box.querySelector('[data-testid="shixian-deadline"]');
    expect(el?.getAttribute("data-row")).toBe("GX-2026-00003");
    expect(el?.getAttribute("aria-label")).toBe("GX-2026-00003：超期2个工作日，截止 2026-09-28");
  });
});

describe("row layer HTML", () => {
  it("escapes whatever the page supplied (hostile case numbers stay text)", async () => {
    const { rowHtml } = await import("../../extension/lib/overlay/row-layer.ts");
    const h = rowHtml(
      [{ r: "r1", d: "2026-09-28", a: "", s: "overdue", p: true, w: 2 }],
      "zh-CN",
      '"><img src=x onerror=alert(1)>',
    );
    const d = new JSDOM(`<div>${h}</div>`).window.document;
    expect(d.querySelector("img")).toBeNull();
    const el = d.querySelector('[data-testid="shixian-deadline"]');
    expect(el?.getAttribute("data-row")).toBe('"><img src=x onerror=alert(1)>');
    expect(el?.getAttribute("data-status")).toBe("overdue");
    expect(el?.getAttribute("data-provisional")).toBe("true");
    expect(el?.textContent).toBe("✕ 超期2个工作日*");
  });
});

describe("row wire format", () => {
  it("round-trips facts and compact results, including met, provisional and rows without deadlines", async () => {
    const c = await import("../../extension/lib/row-codec.ts");
    const facts = [
      { receivedAt: "2026-09-14T09:23:00+08:00", shareClass: "有条件共享", items: ["a", "b"], urgent: true },
    ];
    expect(c.decodeFacts(c.encodeFacts(facts))).toEqual(facts);
    const rows: import("../../extension/lib/messages.ts").RowDeadline[][] = [
      [{ r: "sy-data-27-review-deadline", d: "2026-09-15", a: "", s: "overdue", p: false, w: 13 }],
      [],
      [
        { r: "sy-data-27-review-deadline", d: "2026-10-12", a: "", s: "ok", p: false, w: 1, m: true },
        { r: "other", d: "2027-02-10", a: "", s: "due-soon", p: true, w: 2, m: false },
      ],
    ];
    const enc = c.encodeRowResults(rows);
    expect(enc.rules).toEqual(["sy-data-27-review-deadline", "other"]);
    expect(c.decodeRowResults(enc)).toEqual(rows);
    expect(() => c.decodeFacts('{"a":1}')).toThrow(/rows: expected a JSON array/);
  });

  it("carries an uncertain counter's reason once per distinct message, and refuses a line naming no message", async () => {
    const c = await import("../../extension/lib/row-codec.ts");
    const u = { zh: "未能确定收件时间：无法计算审核时限（页面显示“待补录”）", en: "Cannot determine received at" };
    const rows: RowDeadline[][] = [
      [{ r: "a", d: "", a: "", s: "uncertain", p: false, w: 0, u }],
      [{ r: "a", d: "2026-09-15", a: "", s: "overdue", p: false, w: 3 }],
      [{ r: "a", d: "", a: "", s: "uncertain", p: false, w: 0, u }],
    ];
    const enc = c.encodeRowResults(rows);
    expect(enc.notes).toEqual([u]);
    expect(c.decodeRowResults(enc)).toEqual(rows);
    expect(c.encodeRowResults([rows[1]]).notes).toBeUndefined();
    expect(() => c.decodeRowResults({ rules: ["a"], rows: "0,,5,0,0,-,3" })).toThrow(/noteIndex/);
  });
});

describe("uncertain row counters", () => {
  it("say 未能确定 with the reason in the accessible name and on hover, never a date", async () => {
    const { rowHtml } = await import("../../extension/lib/overlay/row-layer.ts");
    const u = { zh: "未能确定收件时间：无法计算审核时限（页面显示“待补录”）", en: "Cannot determine received at" };
    const h = rowHtml([{ r: "a", d: "", a: "", s: "uncertain", p: false, w: 0, u }], "zh-CN", "GX-9");
    const el = new JSDOM(`<div>${h}</div>`).window.document.querySelector('[data-testid="shixian-deadline"]');
    expect(el?.getAttribute("data-status")).toBe("uncertain");
    expect(el?.textContent).toBe("？ 未能确定");
    expect(el?.getAttribute("title")).toBe(u.zh);
    expect(el?.getAttribute("aria-label")).toBe(`GX-9：未能确定，${u.zh}`);
    const d = doc();
    const box = d.createElement("div");
    writeRow(d, box, [{ r: "a", d: "", a: "", s: "uncertain", p: false, w: 0, u }], "en", "GX-9");
    expect(box.querySelector("[data-status]")?.getAttribute("aria-label")).toBe(
      "GX-9：cannot determine，Cannot determine received at",
    );
  });
});
