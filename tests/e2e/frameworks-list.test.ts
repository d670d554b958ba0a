// List pages rendered by the real UI frameworks (tests/fixtures/portal/frameworks/*-list.html, the frameworks' own
// code from npm) in Debian's Chromium with the built extension: every visible row gets the right counter (due date,
// status, `done` for finished cases — never `overdue`) beside its own row; paging, sorting and the 10 000-row
// virtual list keep counters on the right rows and never leave one on a row that now shows another case.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateHonestly } from "../../shared/evaluate/honest.ts";
import { isoOf, LIST_NOW, listRow } from "../fixtures/portal/frameworks/list-data.js";
import { type E2E, screenshot, setClock, setupE2E } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await setupE2E();
  await setClock(e, LIST_NOW);
});
afterAll(async () => {
  await e?.close();
});

const RULE = "sy-data-27-review-deadline";

interface Expected {
  due: string;
  status: string;
}

/** What row n must show, from the same formulas the page printed (list-data.js) through the shared evaluator. */
function expectedRow(n: number, style: string, now = LIST_NOW): Expected | undefined {
  const r = listRow(n);
  const facts: Record<string, unknown> = {
    receivedAt: isoOf(r.received, style),
    shareClass: r.type.startsWith("有条件") ? "有条件共享" : "无条件共享",
    caseStatus: r.status,
  };
  if (r.done) facts.decidedAt = isoOf(r.done, style);
  // a row without a readable receipt time: the review deadline cannot be computed — the counter says 未能确定
  const h = evaluateHonestly({ kind: "data-share-request", facts, now });
  if (h.uncertain.some((u) => u.ruleId === RULE)) return { due: "", status: "uncertain" };
  const d = h.result.deadlines.find((x) => x.ruleId === RULE);
  if (!d) return undefined;
  return { due: d.due, status: d.closed || d.met !== undefined ? "done" : d.status };
}

interface Seen {
  id: string;
  /** the row's counter, when it has a visible one */
  counter?: { due: string | null; status: string | null; dy: number };
}

/**
 * Every row of the grid's body visible on screen (inside the viewport and inside its scroll container), with the
 * counter shown for it; and the ids of visible counters whose row is not on screen (stale counters).
 */
async function visible(page: Page, rowSelector: string): Promise<{ rows: Seen[]; strays: string[] }> {
  return page.evaluate((sel) => {
    const host = document.querySelector("shixian-rows");
    const counters = [...(host?.shadowRoot?.querySelectorAll('[data-testid="shixian-deadline"][data-row]') ?? [])];
    const shown = (el: Element) => {
      for (let x: Element | null = el; x && x !== host?.shadowRoot?.host; x = x.parentElement)
        if (x.classList.contains("h")) return false;
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && r.width > 0;
    };
    const clipOf = (el: Element) => {
      let top = 0;
      let bottom = innerHeight;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const st = getComputedStyle(p);
        if (!/(auto|scroll|hidden)/.test(st.overflowY)) continue;
        const r = p.getBoundingClientRect();
        top = Math.max(top, r.top);
        bottom = Math.min(bottom, r.bottom);
      }
      return { top, bottom };
    };
    const rows: Seen[] = [];
    const ids = new Set<string>();
    for (const tr of document.querySelectorAll(sel)) {
      const b = tr.getBoundingClientRect();
      const mid = b.top + b.height / 2;
      const clip = clipOf(tr);
      if (b.height === 0 || mid < clip.top || mid > clip.bottom) continue;
      const m = /(GX-2026-V?\d{5}|SQ2026\d{5})/.exec(tr.textContent ?? "");
      if (!m) continue;
      ids.add(m[1]);
      const c = counters.find((x) => x.getAttribute("data-row") === m[1] && shown(x));
      const seen: Seen = { id: m[1] };
      if (c) {
        const a = c.getBoundingClientRect();
        seen.counter = {
          due: c.getAttribute("data-due"),
          status: c.getAttribute("data-status"),
          dy: Math.abs(a.top + a.height / 2 - mid),
        };
      }
      rows.push(seen);
    }
    const strays = counters
      .filter((c) => shown(c) && !ids.has(c.getAttribute("data-row") ?? ""))
      .map((c) => c.getAttribute("data-row") ?? "");
    return { rows, strays };
  }, rowSelector);
}

function check(seen: { rows: Seen[]; strays: string[] }, style: string): string[] {
  const problems: string[] = [];
  for (const r of seen.rows) {
    const n = Number(/(\d{5})$/.exec(r.id)?.[1]);
    const want = expectedRow(n, style);
    if (!want) {
      if (r.counter) problems.push(`${r.id}: expected no counter (无条件共享), got ${r.counter.status}`);
      continue;
    }
    if (!r.counter) {
      problems.push(`${r.id}: no counter (want ${want.due} ${want.status})`);
      continue;
    }
    if (r.counter.due !== want.due || r.counter.status !== want.status)
      problems.push(`${r.id}: ${r.counter.due} ${r.counter.status}, want ${want.due} ${want.status}`);
    if (r.counter.dy > 6) problems.push(`${r.id}: counter ${r.counter.dy.toFixed(1)} px off its row`);
    const st = listRow(n).status;
    if (["已办结", "已回复", "不予受理"].includes(st) && r.counter.status === "overdue")
      problems.push(`${r.id}: finished (${st}) but overdue`);
  }
  for (const s of seen.strays) problems.push(`counter ${s} shown but its row is not on screen`);
  return problems;
}

/** Checks every visible row until all are right (the extension works asynchronously), then returns what it saw. */
async function allRight(page: Page, rowSelector: string, style: string, min = 5, timeout = 20_000) {
  const until = Date.now() + timeout;
  let last: { rows: Seen[]; strays: string[] } = { rows: [], strays: [] };
  let problems: string[] = ["not checked"];
  while (Date.now() < until) {
    last = await visible(page, rowSelector);
    problems = check(last, style);
    if (last.rows.length >= min && problems.length === 0) return last;
    await page.waitForTimeout(250);
  }
  expect(problems, `${page.url()}: ${last.rows.length} visible rows`).toEqual([]);
  expect(last.rows.length).toBeGreaterThanOrEqual(min);
  return last;
}

/**
 * Clicks `target` and, in the very next frame (before it is painted), counts the visible counters whose case is
 * not on a row of the list any more: the layer must hide itself the moment the list re-renders.
 */
async function staleAfterClick(page: Page, target: string, rowSelector: string): Promise<number> {
  return page.evaluate(
    ([t, sel]) =>
      new Promise<number>((done) => {
        (document.querySelector(t) as HTMLElement).click();
        requestAnimationFrame(() => {
          const host = document.querySelector("shixian-rows") as HTMLElement | null;
          if (!host || getComputedStyle(host).visibility === "hidden") return done(0);
          const shown = new Set(
            [...document.querySelectorAll(sel)].map((tr) => /GX-2026-\d{5}/.exec(tr.textContent ?? "")?.[0]),
          );
          const counters = [...(host.shadowRoot?.querySelectorAll("[data-row]:not(.h)") ?? [])];
          done(counters.filter((c) => !shown.has(c.getAttribute("data-row") ?? "")).length);
        });
      }),
    [target, rowSelector] as const,
  );
}

async function open(path: string): Promise<Page> {
  const page = await e.b.context.newPage();
  await page.goto(e.url(path));
  await page.waitForSelector("html[data-fixture-ready]", { timeout: 30_000, state: "attached" });
  return page;
}

const ids = (s: { rows: Seen[] }) => s.rows.map((r) => r.id);
const statuses = (s: { rows: Seen[] }) => new Set(s.rows.map((r) => r.counter?.status).filter(Boolean));

describe("layui table.render (split header/body, fixed columns, layui-table-cell, paging, sorting)", () => {
  it("counts every row, pages and sorts without a counter on the wrong row", async () => {
    const page = await open("frameworks/layui-list.html");
    const sel = ".layui-table-main tr";
    const first = await allRight(page, sel, "iso-seconds", 10);
    expect(ids(first)[0]).toBe("GX-2026-00001");
    expect(statuses(first)).toContain("done");
    expect(statuses(first)).toContain("overdue");
    // Hand-checked on the 2026 calendar, clock 09-30 10:00 (1 working day, 第二十七条):
    const at = (id: string) => first.rows.find((r) => r.id === id)?.counter;
    // received Sun 09-27 → Mon 09-28, still 待审核 → overdue
    expect(at("GX-2026-00001")).toMatchObject({ due: "2026-09-28", status: "overdue" });
    // received Mon 09-21, replied 09-27 (late) → done, never overdue
    expect(at("GX-2026-00003")).toMatchObject({ due: "2026-09-22", status: "done" });
    // received Fri 09-18 → the 调休 Sunday 09-20
    expect(at("GX-2026-00004")).toMatchObject({ due: "2026-09-20", status: "overdue" });
    // 无条件共享申请 (type column only): no 1-working-day review
    expect(at("GX-2026-00005")).toBeUndefined();
    // received Sat 09-12 → Mon 09-14, 已办结 without a time → done
    expect(at("GX-2026-00006")).toMatchObject({ due: "2026-09-14", status: "done" });
    // receipt time printed as 待补录: no guessed counter — 未能确定, saying what it could not read
    expect(at("GX-2026-00008")).toMatchObject({ due: "", status: "uncertain" });
    await screenshot(page, "frameworks-layui-list");
    // the frame after the click already shows no counter of the previous page
    expect(await staleAfterClick(page, ".layui-laypage-next", sel)).toBe(0);
    const second = await allRight(page, sel, "iso-seconds", 10);
    expect(ids(second)[0]).toBe("GX-2026-00011");
    // sort by 收件时间: the same cases, other rows
    await page.click('.layui-table-header th[data-field="received"]');
    const sorted = await allRight(page, sel, "iso-seconds", 10);
    expect(ids(sorted)).not.toEqual(ids(second));
    await page.close();
  });
});

describe("Element UI el-table (Vue 2: split header/body, fixed columns, el-pagination)", () => {
  it("counts every row and follows paging and sorting", async () => {
    const page = await open("frameworks/element-ui-list.html");
    const sel = ".el-table__body-wrapper tr.el-table__row";
    const first = await allRight(page, sel, "slash", 6);
    expect(statuses(first)).toContain("done");
    await screenshot(page, "frameworks-element-ui-list");
    expect(await staleAfterClick(page, ".el-pagination .btn-next", sel)).toBe(0);
    const second = await allRight(page, sel, "slash", 6);
    expect(ids(second)[0]).toBe("GX-2026-00011");
    await page.click(".el-table__header-wrapper th.el-table_1_column_6 .caret-wrapper");
    await allRight(page, sel, "slash", 6);
    await page.close();
  });
});

describe("Element Plus el-table (Vue 3)", () => {
  it("counts every row and follows paging and sorting", async () => {
    const page = await open("frameworks/element-plus-list.html");
    const sel = ".el-table__body-wrapper tr.el-table__row";
    const first = await allRight(page, sel, "chinese", 8);
    expect(statuses(first)).toContain("done");
    await page.click(".el-pagination .btn-next");
    const second = await allRight(page, sel, "chinese", 8);
    expect(ids(second)[0]).toBe("GX-2026-00011");
    await page.locator(".el-table__header-wrapper th", { hasText: "提交时间" }).locator(".caret-wrapper").click();
    await allRight(page, sel, "chinese", 8);
    await page.close();
  });
});

describe("Ant Design Vue a-table with pagination", () => {
  it("counts every row and follows paging and sorting", async () => {
    const page = await open("frameworks/ant-design-vue-list.html");
    const sel = ".ant-table-tbody tr.ant-table-row";
    const first = await allRight(page, sel, "dots", 8);
    expect(statuses(first)).toContain("done");
    await page.click(".ant-pagination-next");
    const second = await allRight(page, sel, "dots", 8);
    expect(ids(second)[0]).toBe("GX-2026-00011");
    await page.locator("th", { hasText: "申请时间" }).click();
    await allRight(page, sel, "dots", 8);
    await page.close();
  });
});

describe("Bootstrap 3 table filled by the portal's jQuery (full-width dates, 状态, paging)", () => {
  it("counts every row and follows paging", async () => {
    const page = await open("frameworks/bootstrap3-list.html");
    const first = await allRight(page, "#grid tbody tr", "full-width", 10);
    expect(statuses(first)).toContain("done");
    await page.click('#pager a[data-page="2"]');
    const second = await allRight(page, "#grid tbody tr", "full-width", 10);
    expect(ids(second)[0]).toBe("GX-2026-00016");
    await page.close();
  });
});

describe("WebForms GridView (办理结果, 受理时间, pager row)", () => {
  it("counts every row; the header and pager rows are no case", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("frameworks/webforms-list.html"));
    const seen = await allRight(page, "#ctl00_ContentPlaceHolder1_gvApply tr", "aspnet", 10);
    expect(statuses(seen)).toContain("done");
    const info = JSON.parse((await page.getAttribute("html", "data-shixian-rows")) ?? "{}") as { rows: number };
    expect(info.rows).toBe(20);
    await page.close();
  });
});

describe("vxe-table: a virtually scrolled list of 10 000 rows", () => {
  it("every visible row is right wherever the clerk scrolls (rows recycled)", async () => {
    const page = await open("frameworks/vxe-table-list.html");
    const sel = ".vxe-table--body-wrapper tr.vxe-body--row";
    const top = await allRight(page, sel, "iso-minutes", 8);
    expect(ids(top)[0]).toBe("GX-2026-V00001");
    await screenshot(page, "frameworks-vxe-table-list");
    const scroller = await page.evaluateHandle(() => {
      const row = document.querySelector(".vxe-table--body-wrapper tr.vxe-body--row");
      for (let p = row?.parentElement; p; p = p.parentElement) if (p.scrollHeight > p.clientHeight + 100) return p;
      return null;
    });
    for (const target of [2000, 5000.5, 7777, 9990]) {
      await page.evaluate(
        ([el, t]) => {
          (el as HTMLElement).scrollTop = (t as number) * 36;
        },
        [scroller, target] as const,
      );
      const seen = await allRight(page, sel, "iso-minutes", 8);
      const first = Number(/(\d{5})$/.exec(ids(seen)[0])?.[1]);
      expect(Math.abs(first - Math.floor(target))).toBeLessThan(15);
    }
    await page.close();
  });
});

describe("a single-page app changing its route (Element Plus menu, history.pushState)", () => {
  it("counters follow the route: the new list's rows are right and no counter of the old list stays", async () => {
    const page = await open("frameworks/element-plus-spa.html");
    const sel = ".el-table__body-wrapper tr.el-table__row";
    const todo = await allRight(page, sel, "iso-seconds", 10);
    expect(ids(todo)[0]).toBe("GX-2026-00001");
    expect(await staleAfterClick(page, "#menu-ledger", sel)).toBe(0);
    const ledger = await allRight(page, sel, "iso-seconds", 10);
    expect(ids(ledger)[0]).toBe("GX-2026-00201");
    expect(page.url()).toMatch(/#\/ledger$/);
    // back in the browser's history: the first list again, every row right
    await page.goBack();
    const back = await allRight(page, sel, "iso-seconds", 10);
    expect(ids(back)[0]).toBe("GX-2026-00001");
    await page.close();
  });
});

describe("Element Plus el-table-v2: div rows, the header row after the body in the DOM, virtual scrolling", () => {
  it("every visible row is right wherever the clerk scrolls; the header is never read as a case", async () => {
    const page = await open("frameworks/element-plus-v2-list.html");
    const sel = ".el-table-v2__body [role=row]";
    const top = await allRight(page, sel, "iso-seconds", 8);
    expect(ids(top)[0]).toBe("GX-2026-00001");
    expect(top.rows.find((r) => r.id === "GX-2026-00008")?.counter).toMatchObject({ status: "uncertain" });
    await screenshot(page, "frameworks-element-plus-v2-list");
    const scroller = await page.evaluateHandle(() => {
      const row = document.querySelector(".el-table-v2__body [role=row]");
      for (let p = row?.parentElement; p; p = p.parentElement) if (p.scrollHeight > p.clientHeight + 100) return p;
      return null;
    });
    for (const target of [400, 1234.5, 1990]) {
      await page.evaluate(
        ([el, t]) => {
          (el as HTMLElement).scrollTop = (t as number) * 36;
        },
        [scroller, target] as const,
      );
      const seen = await allRight(page, sel, "iso-seconds", 8);
      const first = Number(/(\d{5})$/.exec(ids(seen)[0])?.[1]);
      expect(Math.abs(first - Math.floor(target))).toBeLessThan(15);
    }
    await page.close();
  });
});

describe("督办 tables whose heading alone says which task list they are (双政发〔2026〕3号)", () => {
  it("政府工作报告 vs 民生实事 from the panel heading; 已完成 tasks are done, never overdue", async () => {
    await setClock(e, "2026-12-20T10:00:00+08:00");
    try {
      const page = await e.b.context.newPage();
      await page.goto(e.url("frameworks/supervision-list.html"));
      await page.waitForSelector("html[data-shixian-rows]", { timeout: 30_000, state: "attached" });
      const counters = await page
        .locator('[data-testid="shixian-deadline"][data-row]')
        .evaluateAll((els) =>
          Object.fromEntries(
            els.map((el) => [
              el.getAttribute("data-row"),
              [el.getAttribute("data-due"), el.getAttribute("data-status")],
            ]),
          ),
        );
      expect(counters).toEqual({
        // 12月底, 推进中: 11 days left of a period that began 02-24 — past 75 % of it, so due-soon
        "work-report-1": ["2026-12-31", "due-soon"],
        "work-report-11": ["2026-11-30", "done"], // done 11-19, in time
        "work-report-19": ["2026-07-31", "done"], // 已完成, no time shown
        "work-report-50": ["2026-05-31", "overdue"], // 5月底, still 推进中
        "work-report-51": ["2026-10-31", "done"], // done 11-05: late, but done — never overdue
        "livelihood-1": ["2026-09-30", "done"],
        "livelihood-3": ["2026-12-31", "due-soon"],
        "livelihood-4": ["2026-10-31", "overdue"],
        "livelihood-8": ["2026-10-31", "done"],
      });
      await page.close();
    } finally {
      await setClock(e, LIST_NOW);
    }
  });
});
