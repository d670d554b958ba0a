// The generic recogniser (no adapters, no per-site setup) on detail pages rendered by the real UI frameworks
// (tests/fixtures/portal/frameworks/, served with the frameworks' own npm code): bundled and run in Debian's
// Chromium after the framework has rendered. Expected facts are read off the fixture data by hand (see
// tests/fixtures/portal/README.md), not copied from output.
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

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install chromium`);
  const out = (await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: false,
      lib: { entry: "tests/recognize/browser-entry.ts", formats: ["iife"], name: "ShiXianRecognizeTest" },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  bundle = ((Array.isArray(out) ? out[0] : out).output[0] as Rollup.OutputChunk).code;
  portal = await startDemoPortal({ port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** Opens a framework page, waits until the framework has rendered `ready`, and recognises it generically. */
async function recognise(path: string, ready: string, before?: (p: Page) => Promise<void>): Promise<Summary | null> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(portal.url + path, { waitUntil: "load" });
  await page.locator(ready).first().waitFor({ state: "attached", timeout: 20_000 });
  await page.waitForTimeout(400); // transitions (dialog fade-in) settle
  if (before) await before(page);
  await page.addScriptTag({ content: bundle });
  const r = await page.evaluate(() =>
    (globalThis as unknown as { __shixianRecognize(a: boolean): { single: Summary | null } }).__shixianRecognize(false),
  );
  await page.close();
  expect(errors).toEqual([]);
  return r.single;
}

describe("framework detail pages, generic recogniser", () => {
  test("layui: layui-form-item label + input block, a rendered layui select, a laydate date-time, readonly text", async () => {
    const s = await recognise("frameworks/layui-detail.html", ".layui-form-select");
    expect(s?.kind).toBe("data-share-request");
    expect(s?.source).toBe("generic");
    expect(s?.externalId).toBe("GX-2026-1118-031");
    expect(s?.facts).toEqual({
      // 收件时间 (the provider's receipt) outranks 提交时间 2026/11/17; laydate shows "2026-11-18 10:25:33".
      receivedAt: "2026-11-18T10:25:33+08:00",
      // layui hides the <select> and shows the chosen option in its own input.
      shareClass: "有条件共享",
      method: "接口调用",
      scenario: "城乡居民医保参保状态核验，用于医疗救助对象资格认定",
      scope: "市医疗保障局医疗救助科",
      basis: "《医疗保障基金使用监督管理条例》第十五条",
      decision: "待审核",
      reason: "",
    });
  });

  test("Element UI: el-descriptions, el-form labels whose `for` matches no id, only the active el-tab counts", async () => {
    const s = await recognise("frameworks/element-ui-detail.html", ".el-form-item__label");
    expect(s?.kind).toBe("data-share-request");
    expect(s?.externalId).toBe("GX-2026-1118-044");
    // The inactive tab (first application: 收件日期 2026-11-10, 不同意 with a reason, 审核时间 2026-11-11) is
    // earlier in the page and its labels rank as high or higher: it must not be read.
    expect(s?.facts).toEqual({
      shareClass: "有条件共享",
      method: "库表交换",
      scenario: "就业困难人员认定时核验社会保险缴费记录",
      scope: "市、县（区）公共就业服务机构",
      basis: "《就业服务与就业管理规定》第四十条",
      receivedAt: "2026-11-18", // 20261118
      decision: "不同意", // el-select's displayed label
      caseStatus: "不同意", // the same cell also says whether the case is finished
      decidedAt: "2026-11-19", // 20261119
      reason: "", // the empty el-input textarea
    });
    expect(s?.anchors.reason).toBe("textarea");
  });

  test("Element UI: the el-dialog over a list is the case, not the search form behind it", async () => {
    const s = await recognise("frameworks/element-ui-dialog.html", ".el-dialog .el-descriptions-item__label");
    expect(s?.kind).toBe("open-data-request");
    expect(s?.externalId).toBe("KF-2026-1118-012");
    // Two spans per cell, colon drawn by CSS; 收到日期 "2026年11月18日"; the search form's empty 收到日期 range
    // and 办理结果 "全部" select are behind the dialog.
    expect(s?.facts).toEqual({ receivedAt: "2026-11-18", decision: "待审核", caseStatus: "待审核", decidedAt: "" });
  });

  test("Element UI: with the dialog closed, the dialog's case is gone (only the search form is left)", async () => {
    const s = await recognise("frameworks/element-ui-dialog.html", ".el-dialog", async (p) => {
      await p.locator(".el-dialog__headerbtn").click();
      await p.locator(".el-dialog__wrapper").waitFor({ state: "hidden" });
    });
    expect(s?.externalId).not.toBe("KF-2026-1118-012");
    expect(s?.facts.receivedAt ?? "").toBe("");
  });

  test("Element Plus: el-descriptions, el-form with date pickers showing their display format, el-select as text", async () => {
    const s = await recognise("frameworks/element-plus-detail.html", ".el-select__selected-item span");
    expect(s?.kind).toBe("data-demand");
    expect(s?.externalId).toBe("XQ-2026-1118-006");
    expect(s?.facts).toEqual({
      provider: "市公安局",
      dataItems: ["姓名", "公民身份号码", "户籍地址", "户主关系"],
      scenario: "最低生活保障申请家庭户籍状况核对",
      basis: "《社会救助暂行办法》第十一条",
      receivedAt: "2026-11-18", // the picker shows "2026/11/18"
      cataloged: false, // 是否已编制目录: the select shows 否
      decision: "同意",
      caseStatus: "同意",
      decidedAt: "2026-11-20T16:45:00+08:00", // the picker shows "2026-11-20 16:45"
      mountedAt: "",
    });
  });

  test("Ant Design Vue: a-descriptions (colon drawn by CSS), a-form with div labels, a-select shown as text", async () => {
    const s = await recognise("frameworks/ant-design-vue-detail.html", ".ant-select-selection-item");
    expect(s?.kind).toBe("open-data-objection");
    expect(s?.externalId).toBe("YY-2026-1118-002");
    expect(s?.facts).toEqual({
      receivedAt: "2026-11-18T14:05:00+08:00", // "2026.11.18 14:05"
      evidence: true, // 已提交
      datasetOpen: true, // 数据集状态: 开放中
      suspendedAt: "",
    });
  });

  test("Bootstrap 3 form-horizontal: p.form-control-static and input[readonly]; full-width digits", async () => {
    const s = await recognise("frameworks/bootstrap3-detail.html", "[data-field=item]:not(:empty)");
    expect(s?.kind).toBe("approval-application");
    expect(s?.externalId).toBe("2026-230502-48-01-318764");
    expect(s?.facts).toEqual({
      itemName: "权限内建设工程占用、挖掘公路或者使公路改线审批",
      department: "市交通运输局",
      appliedAt: "2026-11-18", // ２０２６－１１－１８ (and 受理日期 2026年11月18日)
    });
  });

  test("WebForms: ctl00 spans, a <select> with a selected option, <textarea>, __VIEWSTATE", async () => {
    const s = await recognise("frameworks/webforms-detail.html", "#ctl00_ContentPlaceHolder1_lblReceiveDate");
    expect(s?.kind).toBe("data-correction");
    expect(s?.externalId).toBe("JH-2026-1118-004");
    expect(s?.facts).toEqual({
      receivedAt: "2026-11-18T09:05:00+08:00", // "2026/11/18 9:05:00" (DateTime.ToString() in zh-CN)
      caseStatus: "核实中", // 办理状态: still open
      resolvedAt: "",
      feedbackAt: "",
    });
  });
});
