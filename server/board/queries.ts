// What the board reads, all within the principal's scope and aggregated or paged by the database (the 今日 view of
// a million cases reads one page; the unit cards are one grouped query): the open cases due soon, due today or
// overdue; per unit, how many and which light; per month, how many were done in time; which rules are flagged most.
// Deadlines shown on a page are computed again at request time by the shared evaluator (server/engine.ts), the
// same maths the extension's counters use.
import { type Kysely, sql } from "kysely";
import type { DeadlineResult } from "../../shared/evaluate/types.ts";
import { kindDef } from "../../shared/kinds/index.ts";
import { type Scope, scopeUnitIds } from "../auth/scope.ts";
import type { Database, FlagStatus } from "../db/schema.ts";
import type { Engine } from "../engine.ts";
import { scopedCases } from "../store/cases.ts";
import { scopedFlags } from "../store/flags.ts";

export const BUCKETS = ["overdue", "today", "soon", "all"] as const;
export type Bucket = (typeof BUCKETS)[number];

/** "Due soon" = due within this many working days after today. */
export const SOON_WORKDAYS = 3;
export const PAGE_SIZE = 25;

export interface TodayFilter {
  bucket: Bucket;
  unitId?: string;
  kind?: string;
  /** Case number contains (after masking: what the board shows). */
  q?: string;
  sort: "due" | "-due";
  page: number;
}

export interface BoardDeadline {
  ruleId: string;
  label: { zh: string; en: string };
  due: string;
  status: string;
  workdaysLeft: number;
  overdueWorkdays: number;
  provisional: boolean;
  citation: DeadlineResult["citation"];
}

export interface BoardCase {
  id: string;
  kind: string;
  kindName: { zh: string; en: string };
  portal: string;
  externalId: string;
  unitId: string;
  unitName: string;
  clerk: string | null;
  due: string | null;
  deadlines: BoardDeadline[];
  findings: { ruleId: string; title: string; severity: string; citation: DeadlineResult["citation"] }[];
  flags: { id: string; status: FlagStatus; ruleId: string }[];
}

function scopedOpenCases(db: Kysely<Database>, scope: Scope, f: Pick<TodayFilter, "unitId" | "kind" | "q">) {
  let q = scopedCases(db, scope).where("status", "=", "open");
  if (f.unitId) q = q.where("unit_id", "=", f.unitId);
  if (f.kind) q = q.where("kind", "=", f.kind);
  if (f.q) q = q.where("external_id", "like", `%${f.q.replace(/[%_\\]/g, "")}%`);
  return q;
}

/** The day bounds of each bucket: today (Beijing) and the last day that counts as "soon". */
export function bucketDays(engine: Engine, today: string): { today: string; soonUntil: string } {
  return { today, soonUntil: engine.calendar.addWorkdays(today, SOON_WORKDAYS).date };
}

export async function todayView(
  db: Kysely<Database>,
  engine: Engine,
  scope: Scope,
  f: TodayFilter,
  now: string,
): Promise<{ items: BoardCase[]; total: number; page: number; pageSize: number; counts: Record<Bucket, number> }> {
  const { today, soonUntil } = bucketDays(engine, now.slice(0, 10));
  const base = scopedOpenCases(db, scope, f);
  const withBucket = (b: Bucket) => {
    const q = base.where("due", "is not", null);
    if (b === "overdue") return q.where("due", "<", today);
    if (b === "today") return q.where("due", "=", today);
    if (b === "soon") return q.where("due", ">", today).where("due", "<=", soonUntil);
    return base;
  };
  const countRow = await base
    .select((eb) => [
      eb.fn.countAll<string | number>().as("all"),
      eb.fn.sum<string | number | null>(sql`case when due < ${today} then 1 else 0 end`).as("overdue"),
      eb.fn.sum<string | number | null>(sql`case when due = ${today} then 1 else 0 end`).as("today"),
      eb.fn
        .sum<string | number | null>(sql`case when due > ${today} and due <= ${soonUntil} then 1 else 0 end`)
        .as("soon"),
    ])
    .executeTakeFirstOrThrow();
  const counts = {
    all: Number(countRow.all ?? 0),
    overdue: Number(countRow.overdue ?? 0),
    today: Number(countRow.today ?? 0),
    soon: Number(countRow.soon ?? 0),
  };
  const rows = await withBucket(f.bucket)
    .selectAll()
    .orderBy(sql`case when due is null then 1 else 0 end`)
    .orderBy("due", f.sort === "-due" ? "desc" : "asc")
    .orderBy("id")
    .limit(PAGE_SIZE)
    .offset((f.page - 1) * PAGE_SIZE)
    .execute();
  const units = new Map(
    (await db.selectFrom("units").select(["id", "name"]).execute()).map((u) => [u.id, u.name] as const),
  );
  const flagRows = rows.length
    ? await scopedFlags(db, scope)
        .select(["id", "status", "rule_id", "case_id"])
        .where(
          "case_id",
          "in",
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const items = rows.map((r): BoardCase => {
    let deadlines: BoardDeadline[] = [];
    let findings: BoardCase["findings"] = [];
    try {
      const ev = engine.evaluate(r.kind, JSON.parse(r.facts), now);
      deadlines = ev.deadlines.map((d) => ({
        ruleId: d.ruleId,
        label: d.label,
        due: d.due,
        status: d.closed || d.met !== undefined ? "done" : d.status,
        workdaysLeft: d.remaining.workdaysLeft,
        overdueWorkdays: d.remaining.overdueWorkdays,
        provisional: d.provisional,
        citation: d.citation,
      }));
      findings = ev.findings
        .filter((x) => x.severity !== "info")
        .map((x) => ({ ruleId: x.ruleId, title: x.message.zh, severity: x.severity, citation: x.citation }));
    } catch {
      // a case stored before a rule change that the evaluator now rejects: shown with its stored due day only
    }
    const def = kindDef(r.kind);
    return {
      id: r.id,
      kind: r.kind,
      kindName: def?.title ?? { zh: r.kind, en: r.kind },
      portal: r.portal,
      externalId: r.external_id,
      unitId: r.unit_id,
      unitName: units.get(r.unit_id) ?? r.unit ?? "",
      clerk: r.updated_by ?? r.created_by,
      due: r.due,
      deadlines,
      findings,
      flags: flagRows.filter((x) => x.case_id === r.id).map((x) => ({ id: x.id, status: x.status, ruleId: x.rule_id })),
    };
  });
  return { items, total: counts[f.bucket], page: f.page, pageSize: PAGE_SIZE, counts };
}

export interface BoardLevels {
  /** Share of the period elapsed at which a unit's card turns yellow (default 0.75). */
  yellowAt: number;
  /** Earlier notice level (default 0.5): counted on the card, does not change its colour. */
  noticeAt: number;
}

export const DEFAULT_LEVELS: BoardLevels = { yellowAt: 0.75, noticeAt: 0.5 };

export interface UnitCard {
  unitId: string;
  name: string;
  light: "red" | "yellow" | "green";
  open: number;
  overdue: number;
  dueToday: number;
  /** Open cases at or past `yellowAt` of their period (not yet due today). */
  pastYellow: number;
  pastNotice: number;
  onTime: { month: string; done: number; late: number; rate: number | null }[];
  topRules: { ruleId: string; count: number }[];
}

/** Elapsed share of a case's period: (today − received) / (due − received), in calendar days (a cheap SQL-free proxy). */
function elapsed(startDay: string, today: string, due: string): number {
  const d = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
  const span = d(due) - d(startDay);
  return span <= 0 ? 1 : (d(today) - d(startDay)) / span;
}

/**
 * 电子监察 cards: red when a unit has an overdue open case, yellow when one is due today or has used ≥ yellowAt of
 * its period, else green; on-time rate of the cases closed in each of the last `months` months; the rules flagged
 * most in the unit.
 */
export async function unitCards(
  db: Kysely<Database>,
  engine: Engine,
  scope: Scope,
  now: string,
  levels: BoardLevels,
  months = 6,
): Promise<UnitCard[]> {
  const today = now.slice(0, 10);
  let unitsQ = db.selectFrom("units").select(["id", "name"]).orderBy("name");
  if (!scope.all) unitsQ = unitsQ.where("id", "in", scopeUnitIds(scope));
  const units = await unitsQ.execute();
  const open = await scopedCases(db, scope)
    .where("status", "=", "open")
    .where("due", "is not", null)
    .select((eb) => [
      "unit_id",
      eb.fn.countAll<string | number>().as("open"),
      eb.fn.sum<string | number | null>(sql`case when due < ${today} then 1 else 0 end`).as("overdue"),
      eb.fn.sum<string | number | null>(sql`case when due = ${today} then 1 else 0 end`).as("today"),
    ])
    .groupBy("unit_id")
    .execute();
  // Elapsed share needs each open case's start: only the cases due in the next month can have reached 50 %.
  const soonUntil = engine.calendar.addWorkdays(today, 22).date;
  const near = await scopedCases(db, scope)
    .where("status", "=", "open")
    .where("due", ">", today)
    .where("due", "<=", soonUntil)
    .select(["unit_id", "due", "created_at"])
    .execute();
  const fromMonth = `${monthsBack(today.slice(0, 7), months - 1)}-01`;
  const closed = await scopedCases(db, scope)
    .where("status", "=", "closed")
    .where("closed_at", ">=", fromMonth)
    .select(["unit_id", "closed_at", "due"])
    .execute();
  const flagged = await scopedFlags(db, scope)
    .select((eb) => ["unit_id", "rule_id", eb.fn.countAll<string | number>().as("n")])
    .groupBy(["unit_id", "rule_id"])
    .execute();
  const monthList = Array.from({ length: months }, (_, i) => monthsBack(today.slice(0, 7), months - 1 - i));
  return units.map((u): UnitCard => {
    const o = open.find((x) => x.unit_id === u.id);
    let pastYellow = 0;
    let pastNotice = 0;
    for (const c of near)
      if (c.unit_id === u.id && c.due) {
        const e = elapsed(c.created_at.slice(0, 10), today, c.due);
        if (e >= levels.yellowAt) pastYellow++;
        if (e >= levels.noticeAt) pastNotice++;
      }
    const overdue = Number(o?.overdue ?? 0);
    const dueToday = Number(o?.today ?? 0);
    const onTime = monthList.map((month) => {
      const inMonth = closed.filter((c) => c.unit_id === u.id && c.closed_at?.startsWith(month));
      // a case closed on or before its earliest due day was in time
      const late = inMonth.filter((c) => c.due !== null && (c.closed_at ?? "").slice(0, 10) > c.due).length;
      const done = inMonth.length;
      return { month, done, late, rate: done ? Math.round(((done - late) / done) * 1000) / 10 : null };
    });
    const topRules = flagged
      .filter((x) => x.unit_id === u.id)
      .map((x) => ({ ruleId: x.rule_id, count: Number(x.n) }))
      .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId))
      .slice(0, 3);
    return {
      unitId: u.id,
      name: u.name,
      light: overdue > 0 ? "red" : dueToday > 0 || pastYellow > 0 ? "yellow" : "green",
      open: Number(o?.open ?? 0),
      overdue,
      dueToday,
      pastYellow,
      pastNotice,
      onTime,
      topRules,
    };
  });
}

/** "2026-12" minus n months. */
export function monthsBack(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const t = y * 12 + (m - 1) - n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;
}

/** Flags per rule within the scope (for the chart), most flagged first. */
export async function flagsPerRule(db: Kysely<Database>, scope: Scope): Promise<{ ruleId: string; count: number }[]> {
  const rows = await scopedFlags(db, scope)
    .select((eb) => ["rule_id", eb.fn.countAll<string | number>().as("n")])
    .groupBy("rule_id")
    .execute();
  return rows.map((r) => ({ ruleId: r.rule_id, count: Number(r.n) })).sort((a, b) => b.count - a.count);
}

export async function boardLevels(db: Kysely<Database>): Promise<BoardLevels> {
  const row = await db.selectFrom("meta").select("value").where("key", "=", "board.levels").executeTakeFirst();
  if (!row) return DEFAULT_LEVELS;
  try {
    const v = JSON.parse(row.value) as Partial<BoardLevels>;
    return { ...DEFAULT_LEVELS, ...v };
  } catch {
    return DEFAULT_LEVELS;
  }
}
