// The background's engine over the real bundled rule packs and calendar.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { bundledArticle } from "../../extension/lib/articles.ts";
import { openDb, setMeta } from "../../extension/lib/db.ts";
import { arrangementFromCalendarJson, Engine } from "../../extension/lib/engine.ts";

const NOW = "2026-10-09T10:00:00+08:00";
const rejected = {
  receivedAt: "2026-09-30T15:20:00+08:00",
  shareClass: "有条件共享",
  decision: "不同意",
  decidedAt: "2026-10-09T10:12:00+08:00",
  reason: "",
};

describe("background engine", () => {
  it("evaluates a detail page's facts into counters and findings with citations", () => {
    const r = new Engine().evaluate("data-share-request", rejected, NOW);
    expect(r.error).toBeUndefined();
    const d = r.deadlines.find((x) => x.ruleId === "sy-data-27-review-deadline");
    // 1 working day after 2026-09-30; 10-01…10-07 国庆 → 2026-10-08.
    expect(d).toMatchObject({ due: "2026-10-08", provisional: false });
    expect(r.findings.some((f) => f.severity === "violation" && f.citation.docNo === "双政办规〔2026〕1号")).toBe(true);
  });

  it("names the field and what was expected when facts are bad, instead of throwing", () => {
    const r = new Engine().evaluate("no-such-kind", {}, NOW);
    expect(r.error).toMatch(/kind/);
    expect(r.deadlines).toEqual([]);
  });

  it("evaluates queue rows into compact counters (pending row overdue; unreadable or missing facts → 未能确定)", () => {
    const rows = new Engine().evaluateRows(
      "data-share-request",
      [
        { receivedAt: "2026-09-14T09:23:00+08:00", shareClass: "有条件共享", decision: "待审核" },
        { receivedAt: "待补录", shareClass: "有条件共享", decision: "待审核" },
        { receivedAt: "2026-09-14T09:23:00+08:00", decision: "待审核" },
        { receivedAt: "2026-09-14T09:23:00+08:00", shareClass: "无条件共享", decision: "待审核" },
      ],
      NOW,
    );
    expect(rows[0]).toContainEqual(
      expect.objectContaining({ r: "sy-data-27-review-deadline", d: "2026-09-15", s: "overdue" }),
    );
    // an unreadable receipt time: no counter, but the row says what it could not read and what it found
    const unreadable = rows[1].find((d) => d.r === "sy-data-27-review-deadline");
    expect(unreadable).toMatchObject({ s: "uncertain", d: "" });
    expect(unreadable?.u?.zh).toMatch(/^未能确定收件日期：无法计算有条件共享审核时限.*页面显示“待补录”/);
    expect(rows[1].some((d) => d.s !== "uncertain")).toBe(false);
    // no share class in the row: the 1-working-day review may apply — said, not guessed
    const missing = rows[2].find((d) => d.r === "sy-data-27-review-deadline");
    expect(missing).toMatchObject({ s: "uncertain" });
    expect(missing?.u?.zh).toMatch(/共享类型/);
    // 无条件共享: the review deadline does not apply whatever — no counter and no uncertainty
    expect(rows[3].find((d) => d.r === "sy-data-27-review-deadline")).toBeUndefined();
  });

  it("a finished case is done, never overdue: on rows (status word, completion time) and on detail pages", () => {
    const e = new Engine();
    const base = { receivedAt: "2026-09-14T09:23:00+08:00", shareClass: "有条件共享" };
    const rows = e.evaluateRows(
      "data-share-request",
      [
        { ...base, caseStatus: "已办结" }, // finished, no time shown: done, in time unknown
        { ...base, decision: "同意" }, // a decision closes the review
        { ...base, caseStatus: "已回复", decidedAt: "2026-09-15T16:00:00+08:00" }, // in time
        { ...base, decidedAt: "2026-09-17T10:00:00+08:00" }, // late by 2 working days
        { ...base, caseStatus: "科室初审" }, // a step name: still open → overdue
      ],
      NOW,
    );
    const review = (i: number) => rows[i].find((x) => x.r === "sy-data-27-review-deadline");
    expect(review(0)).toMatchObject({ s: "done", d: "2026-09-15" });
    expect(review(0)?.m).toBeUndefined();
    expect(review(1)).toMatchObject({ s: "done" });
    expect(review(2)).toMatchObject({ s: "done", m: true });
    expect(review(3)).toMatchObject({ s: "done", m: false, w: 2 });
    expect(review(4)).toMatchObject({ s: "overdue" });
    const detail = e.evaluate("data-share-request", rejected, NOW);
    expect(detail.deadlines.find((x) => x.ruleId === "sy-data-27-review-deadline")).toMatchObject({
      status: "done",
      met: false,
    });
  });

  it("uses rule packs saved from an earlier API refresh (ETag) instead of the bundled ones", async () => {
    const db = openDb(`engine-test-${Date.now()}`);
    const bundled = new Engine();
    const pack = bundled.packs.find((p) => p.id === "sy-public-data-2026");
    expect(pack).toBeDefined();
    await setMeta(db, "rulepacks", { etag: '"x"', bundle: { version: "server-1", packs: [pack] } });
    const e = new Engine();
    await e.load(db);
    expect(e.version).toBe("server-1");
    expect(e.packs).toHaveLength(1);
    db.close();
  });

  it("turns the server's published calendar year into an arrangement, and ignores provisional years", () => {
    const days = [
      { date: "2027-01-01", kind: "holiday", holidayName: "元旦", provisional: false },
      { date: "2027-01-02", kind: "rest", provisional: false },
      { date: "2027-01-04", kind: "work", provisional: false },
      { date: "2027-02-06", kind: "work", holidayName: "春节", provisional: false },
    ];
    const arr = arrangementFromCalendarJson(2027, { source: "国办发明电〔2026〕1号", days });
    expect(arr).toEqual({
      year: 2027,
      source: "国办发明电〔2026〕1号",
      holidays: [{ date: "2027-01-01", name: "元旦" }],
      makeupWorkdays: [{ date: "2027-02-06", name: "春节" }],
    });
    expect(arrangementFromCalendarJson(2027, { provisional: true, days })).toBeUndefined();
  });

  it("has the verbatim quote for a cited article offline", () => {
    const a = bundledArticle(new Engine().packs, "双政办规〔2026〕1号", "第二十七条");
    expect(a?.source).toBe("bundled");
    expect(a?.text).toContain("工作日");
  });
});
