import { describe, expect, it } from "vitest";
import type { TrackedCase } from "../../extension/lib/db.ts";
import type { ViewDeadline } from "../../extension/lib/messages.ts";
import { beijingDay, popupRows } from "../../extension/lib/popup-model.ts";

const dl = (dueAt: string, extra: Partial<ViewDeadline> = {}): ViewDeadline => ({
  ruleId: "r",
  label: { zh: "审核时限", en: "Review" },
  start: "2026-09-01",
  due: dueAt.slice(0, 10),
  dueAt,
  status: "ok",
  provisional: false,
  workdaysLeft: 1,
  overdueWorkdays: 0,
  hoursLeft: 1,
  citation: { docNo: "X" },
  ...extra,
});
const tc = (id: string, deadlines: ViewDeadline[], closed: 0 | 1 = 0): TrackedCase => ({
  id,
  portal: "http://127.0.0.1:8788",
  url: "http://127.0.0.1:8788/x",
  kind: "data-share-request",
  facts: {},
  deadlines,
  nextDueAt: deadlines[0]?.dueAt ?? "",
  openFindings: 0,
  closed,
  updatedAt: "",
});

describe("popup model", () => {
  it("uses the Beijing calendar day regardless of the machine's zone", () => {
    expect(beijingDay(Date.parse("2026-09-30T16:30:00Z"))).toBe("2026-10-01");
    expect(beijingDay(Date.parse("2026-09-30T15:59:00Z"))).toBe("2026-09-30");
  });

  it("lists overdue and due-today cases first, each group sorted by time left; closed and decided ones are left out", () => {
    const now = Date.parse("2026-09-30T10:00:00+08:00");
    const { urgent, later } = popupRows(
      [
        tc("later-2", [dl("2026-10-12T24:00:00+08:00".replace("24:00", "23:59"))]),
        tc("today", [dl("2026-09-30T23:59:59+08:00")]),
        tc("overdue-old", [dl("2026-09-20T23:59:59+08:00")]),
        tc("overdue-new", [dl("2026-09-29T23:59:59+08:00")]),
        tc("later-1", [dl("2026-10-09T23:59:59+08:00", { status: "due-soon" })]),
        tc("closed", [dl("2026-09-01T23:59:59+08:00")], 1),
        tc("met", [dl("2026-09-01T23:59:59+08:00", { met: true })]),
        tc("done-late", [dl("2026-09-01T23:59:59+08:00", { met: false, doneAt: "2026-09-03T10:00:00+08:00" })]),
      ],
      now,
    );
    expect(urgent.map((r) => [r.c.id, r.status])).toEqual([
      ["overdue-old", "overdue"],
      ["overdue-new", "overdue"],
      ["today", "due-today"],
    ]);
    expect(later.map((r) => [r.c.id, r.status])).toEqual([
      ["later-1", "due-soon"],
      ["later-2", "ok"],
    ]);
  });
});
