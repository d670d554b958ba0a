// Detail pages rendered by the real UI frameworks (tests/fixtures/portal/frameworks/, the frameworks' own npm code)
// in Debian's Chromium with the built extension: the generic recogniser, no adapter, no per-site setup. Each
// expectation is counted by hand from the rule text on the 2026 calendar (tests/fixtures/portal/README.md,
// "Framework detail pages"); the clock is set to Monday 2026-11-23 10:00 (+08:00), after every date on the pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { counters, type E2E, findings, overlayFrame, screenshot, setClock, setupE2E } from "./harness.ts";

const DOC1 = "双政办规〔2026〕1号";
const CLOCK = "2026-11-23T10:00:00+08:00";

let e: E2E;
beforeAll(async () => {
  e = await setupE2E();
  await setClock(e, CLOCK);
});
afterAll(async () => {
  await e?.close();
});

interface Expect {
  path: string;
  kind: string;
  /** [rule, due, statuses accepted] */
  deadlines: [string, string, string[]][];
  /** [severity, doc, article, rule] */
  findings: [string, string, string, string][];
  /** Rules that must not show a finding (what a misread page would produce). */
  absent?: string[];
  markers?: boolean;
}

// A deadline met before the clock shows "ok" (or "done" where finished cases get their own state).
const MET = ["ok", "done"];

const PAGES: Expect[] = [
  {
    // 收件时间 2026-11-18 10:25:33 (Wednesday, laydate). 第二十七条: 有条件共享 reviewed within 1 个工作日 → Thursday
    // 2026-11-19; still 待审核 on 11-23 → overdue (and 第七十三条（五） says being late is sanctionable).
    path: "frameworks/layui-detail.html",
    kind: "data-share-request",
    deadlines: [["sy-data-27-review-deadline", "2026-11-19", ["overdue"]]],
    findings: [["info", DOC1, "第七十三条", "sy-data-27-review-deadline"]],
  },
  {
    // Active tab: 收件时间 20261118, 审核结果 不同意 on 审核日期 20261119, 不予共享理由 empty. 1 个工作日 → 2026-11-19,
    // decided that day → met; 第二十七条 不同意共享的，应当说明具体原因 → violation. The inactive tab's first
    // application (收件日期 2026-11-10, reason given) must not be read: it would hide the violation.
    path: "frameworks/element-ui-detail.html",
    kind: "data-share-request",
    deadlines: [["sy-data-27-review-deadline", "2026-11-19", MET]],
    findings: [["violation", DOC1, "第二十七条", "sy-data-27-rejection-reason"]],
    markers: true,
  },
  {
    // The el-dialog: 收到日期 2026年11月18日, 待审核. 第三十九条 5 个工作日: 11-19, 20, 23, 24, 25 → 2026-11-25; on 11-23
    // two working days are left → ok. (The search form behind it has an empty 收到日期 and would give no counter.)
    path: "frameworks/element-ui-dialog.html",
    kind: "open-data-request",
    deadlines: [["sy-data-39-reply-deadline", "2026-11-25", ["ok"]]],
    findings: [],
  },
  {
    // 受理日期 2026/11/18 (date picker). 第三十二条 3 个工作日: 11-19, 20, 23 → 2026-11-23; 同意 on 2026-11-20 16:45 →
    // met. 是否已编制目录 否 and not rejected: 10 个工作日 from receipt to publish the catalogue and mount the data:
    // 11-19, 20, 23, 24, 25, 26, 27, 30, 12-01, 12-02 → 2026-12-02, not mounted yet → ok.
    path: "frameworks/element-plus-detail.html",
    kind: "data-demand",
    deadlines: [
      ["sy-data-32-review-deadline", "2026-11-23", MET],
      ["sy-data-32-catalog-mount-deadline", "2026-12-02", ["ok"]],
    ],
    findings: [],
  },
  {
    // 收到日期 2026.11.18 14:05, 相关证据材料 已提交, 数据集状态 开放中, no 中止开放时间. 第四十条 立即中止开放: the same
    // day 2026-11-18 → overdue, and the dataset still open is a violation.
    path: "frameworks/ant-design-vue-detail.html",
    kind: "open-data-objection",
    deadlines: [["sy-data-40-objection-suspend", "2026-11-18", ["overdue"]]],
    findings: [["violation", DOC1, "第四十条", "sy-data-40-objection-suspend"]],
    markers: true,
  },
  {
    // 审批事项 权限内建设工程占用、挖掘公路或者使公路改线审批: item 8 of 双政规〔2017〕7号, 暂停实施 → violation.
    path: "frameworks/bootstrap3-detail.html",
    kind: "approval-application",
    deadlines: [],
    findings: [["violation", "双政规〔2017〕7号", "", "sy-approval-2017-suspended"]],
  },
  {
    // lblReceiveDate 2026/11/18 9:05:00. 第二十八条 5 个工作日 to verify, correct and report back: 11-19, 20, 23, 24,
    // 25 → 2026-11-25; nothing done yet, two working days left on 11-23 → ok.
    path: "frameworks/webforms-detail.html",
    kind: "data-correction",
    deadlines: [["sy-data-28-correction-deadline", "2026-11-25", ["ok"]]],
    findings: [],
  },
];

describe("framework detail pages with the built extension (generic recogniser)", () => {
  for (const p of PAGES) {
    it(`${p.path}: ${p.kind}, ${p.deadlines.map(([r, d]) => `${r} → ${d}`).join(", ") || "no deadline"}`, async () => {
      const page = await e.b.context.newPage();
      await page.goto(e.url(p.path));
      const frame = await overlayFrame(page);
      expect(await frame.locator('[data-testid="shixian-kind"]').getAttribute("data-kind")).toBe(p.kind);
      // The counters follow the clock set above (the first evaluation may predate it by a refresh).
      await page.waitForFunction(
        (n) => {
          const host = document.querySelector("shixian-overlay");
          return (host?.shadowRoot?.querySelectorAll('[data-testid="shixian-deadline"]').length ?? 0) >= n;
        },
        p.deadlines.length,
        { timeout: 30_000 },
      );
      // the panel's counters (a list behind a dialog has row counters of its own)
      const ds = await counters(frame.locator("shixian-overlay"));
      expect(ds.map((d) => d.rule).sort()).toEqual(p.deadlines.map(([r]) => r).sort());
      for (const [rule, due, statuses] of p.deadlines) {
        const d = ds.find((x) => x.rule === rule);
        expect(d?.due, rule).toBe(due);
        expect(statuses, `${rule} status`).toContain(d?.status);
        expect(d?.provisional).toBe("false");
      }
      const fs = await findings(frame);
      for (const [severity, doc, article, rule] of p.findings)
        expect(fs).toContainEqual(expect.objectContaining({ severity, doc, rule, ...(article ? { article } : {}) }));
      if (p.findings.length === 0) expect(fs.filter((f) => f.severity === "violation")).toEqual([]);
      if (p.markers) expect(await page.locator("[data-shixian-marker=violation]").count()).toBeGreaterThanOrEqual(1);
      await screenshot(page, `overlay-${p.path.replace(/^frameworks\//, "fw-").replace(/\.html$/, "")}`);
      await page.close();
    });
  }

  it("Element UI dialog closed: the dialog's case and its counter go away", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("frameworks/element-ui-dialog.html"));
    await overlayFrame(page);
    expect((await counters(page)).map((d) => d.due)).toContain("2026-11-25");
    // (the button's own click handler; Playwright's pointer click waits on the dialog's transform animation)
    await page.locator(".el-dialog__headerbtn").evaluate((b) => (b as HTMLElement).click());
    await page.waitForFunction(
      () => {
        const host = document.querySelector("shixian-overlay");
        const dues = [...(host?.shadowRoot?.querySelectorAll('[data-testid="shixian-deadline"]') ?? [])].map((x) =>
          x.getAttribute("data-due"),
        );
        return !dues.includes("2026-11-25");
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.close();
  });

  it("Element UI tabs: switching to the other tab re-reads the page — that tab's case is shown instead", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("frameworks/element-ui-detail.html"));
    await overlayFrame(page);
    expect((await counters(page)).map((d) => d.due)).toEqual(["2026-11-19"]);
    // The first application: 收件日期 2026-11-10 09:30 (Tuesday) → 1 个工作日 → 2026-11-11; 不同意 on 11-11 15:02 with
    // a reason → met, and no 第二十七条 violation. Only v-show's style="display: none" changes (no node added).
    await page.locator("#tab-first").evaluate((t) => (t as HTMLElement).click());
    await page.waitForFunction(
      () => {
        const host = document.querySelector("shixian-overlay");
        const dues = [...(host?.shadowRoot?.querySelectorAll('[data-testid="shixian-deadline"]') ?? [])].map((x) =>
          x.getAttribute("data-due"),
        );
        return dues.length === 1 && dues[0] === "2026-11-11";
      },
      undefined,
      { timeout: 30_000 },
    );
    const fs = await findings(page);
    expect(fs.filter((f) => f.rule === "sy-data-27-rejection-reason" && f.severity === "violation")).toEqual([]);
    await page.close();
  });
});
