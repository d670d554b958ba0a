// The evaluator's memoised sub-computations (deadlines by start day per calendar revision, remaining() at
// completion instants, row-only texts, document notes) must never change an answer: results with warm caches equal
// results computed on a fresh calendar, in any order; loading a year invalidates what it changes.
import { describe, expect, it } from "vitest";
import { makeCases } from "../../bench/evaluate.bench.ts";
import { createCalendar } from "../../shared/calendar/index.ts";
import { evaluate } from "../../shared/evaluate/index.ts";

const NOW = "2026-10-12T10:00:00+08:00";

describe("memoised sub-results never change an answer", () => {
  const cases = makeCases().slice(0, 700);

  it("warm caches (shared calendar, any order) give the same results as a fresh calendar per case", () => {
    const shared = createCalendar();
    const forward = cases.map((c) => evaluate({ kind: c.kind, facts: c.facts, now: NOW }, { calendar: shared }));
    const backward = [...cases]
      .reverse()
      .map((c) => evaluate({ kind: c.kind, facts: c.facts, now: NOW }, { calendar: shared }))
      .reverse();
    for (let i = 0; i < cases.length; i += 7) {
      const fresh = evaluate({ kind: cases[i].kind, facts: cases[i].facts, now: NOW }, { calendar: createCalendar() });
      expect(forward[i]).toEqual(fresh);
      expect(backward[i]).toEqual(fresh);
    }
  });

  it("the hour a case starts at does not change its deadline; the completion instant still decides lateness", () => {
    const cal = createCalendar();
    const ev = (receivedAt: string, feedbackAt?: string) =>
      evaluate({ kind: "data-correction", facts: { receivedAt, feedbackAt }, now: NOW }, { calendar: cal })
        .deadlines[0];
    const a = ev("2026-09-30T08:05:00+08:00");
    const b = ev("2026-09-30 17:55");
    expect(a.due).toBe("2026-10-13"); // 5 工作日 after 09-30 across the 国庆 holidays and 调休
    expect(b.due).toBe(a.due);
    expect(b.start).toBe("2026-09-30");
    const onTime = ev("2026-09-30 09:00", "2026-10-13 23:00");
    const late = ev("2026-09-30 16:00", "2026-10-14 09:00");
    const lateLater = ev("2026-09-30 16:00", "2026-10-15 09:00");
    expect(onTime.met).toBe(true);
    expect(late.met).toBe(false);
    expect(late.remaining.overdueWorkdays).toBe(1);
    expect(lateLater.remaining.overdueWorkdays).toBe(2);
  });

  it("re-loading a published year invalidates memoised deadlines of that calendar", () => {
    const cal = createCalendar();
    const facts = { receivedAt: "2026-09-01" };
    const before = evaluate({ kind: "data-correction", facts, now: NOW }, { calendar: cal }).deadlines[0];
    const arr = cal.arrangementOf(2026);
    if (!arr) throw new Error("2026 is published");
    // the same year again, with 2026-09-02 … 09-04 as extra days off
    const changed = {
      ...arr,
      holidays: [...arr.holidays, ...["02", "03", "04"].map((d) => ({ date: `2026-09-${d}`, name: "测试" }))],
    };
    cal.load(changed);
    const after = evaluate({ kind: "data-correction", facts, now: NOW }, { calendar: cal }).deadlines[0];
    expect(after.due > before.due).toBe(true);
    const fresh = evaluate({ kind: "data-correction", facts, now: NOW }, { calendar: createCalendar([changed]) });
    expect(after).toEqual(fresh.deadlines[0]);
  });

  it("texts made of a task row are rendered per row: the same row shares them, another row has its own", () => {
    const ev = (taskNo: number) =>
      evaluate({ kind: "supervision-task", facts: { list: "work-report", taskNo }, now: NOW }).findings.find(
        (f) => f.checkId === "hint",
      );
    const a1 = ev(1);
    const a2 = ev(1);
    const b = ev(2);
    expect(a1?.message).toBe(a2?.message);
    expect(Object.isFrozen(a1?.message)).toBe(true);
    expect(b?.message.zh).not.toBe(a1?.message.zh);
    expect(a1?.message.zh).toContain("第1项");
    expect(b?.message.zh).toContain("第2项");
  });

  it("facts come back masked when a text field holds a 身份证号, and are otherwise the normalised facts", () => {
    const masked = evaluate({
      kind: "data-share-request",
      facts: { receivedAt: "2026-09-30", shareClass: "有条件共享", reason: "申请人 230502198001011234 不符合" },
      now: NOW,
    });
    expect(masked.facts.reason).toBe("申请人 230502********1234 不符合");
    const list = evaluate({
      kind: "data-demand",
      facts: { receivedAt: "2026-09-30", dataItems: "企业名称、230502198001011234" },
      now: NOW,
    });
    expect(list.facts.dataItems).toEqual(["企业名称", "230502********1234"]);
    const plain = evaluate({
      kind: "data-share-request",
      facts: { receivedAt: "2026/9/30", shareClass: "有条件共享", extra: "dropped", scope: " " },
      now: NOW,
    });
    expect(plain.facts).toStrictEqual({ receivedAt: "2026-09-30", shareClass: "conditional" });
  });
});
