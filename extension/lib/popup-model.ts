// What the popup lists: tracked cases due today or overdue first, then the rest, sorted by time left.
import { formatDay, shanghaiDay } from "../../shared/time/index.ts";
import type { TrackedCase } from "./db.ts";
import type { DeadlineStatus } from "./messages.ts";

export interface PopupRow {
  c: TrackedCase;
  dueAt: string;
  due: string;
  label: { zh: string; en: string };
  status: DeadlineStatus;
  msLeft: number;
}

/** Beijing calendar day of an instant (UTC+8, no DST). */
export function beijingDay(ms: number): string {
  return formatDay(shanghaiDay(ms));
}

export function popupRows(cases: TrackedCase[], nowMs: number): { urgent: PopupRow[]; later: PopupRow[] } {
  const today = beijingDay(nowMs);
  const rows: PopupRow[] = [];
  for (const c of cases) {
    if (c.closed) continue;
    // A deadline whose clock stopped (decided, on time or late) no longer needs the clerk.
    const open = c.deadlines
      .filter((d) => d.status !== "done" && !d.met && !d.doneAt)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    const d = open[0];
    if (!d) continue;
    const dueMs = Date.parse(d.dueAt);
    // Status from the clock now, not from when the case was last evaluated; "due-soon" kept from evaluation.
    const status: DeadlineStatus =
      dueMs < nowMs ? "overdue" : d.due === today ? "due-today" : d.status === "due-soon" ? "due-soon" : "ok";
    rows.push({ c, dueAt: d.dueAt, due: d.due, label: d.label, status, msLeft: dueMs - nowMs });
  }
  rows.sort((a, b) => a.msLeft - b.msLeft);
  return {
    urgent: rows.filter((r) => r.status === "overdue" || r.status === "due-today"),
    later: rows.filter((r) => r.status !== "overdue" && r.status !== "due-today"),
  };
}
