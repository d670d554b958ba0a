// Tracked cases: one row per (unit, portal, externalId). Writes are idempotent upserts; the deadlines and findings
// the evaluator computed are stored with the facts (masked, only what rules need). Every read and write goes
// through `scopedCases` / `scopedCaseUpdate`: a principal sees and changes only the cases of the units in its
// scope (server/auth/scope.ts); a case outside it is "not found", exactly like one that does not exist.
import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { type Principal, type Scope, scopeUnitIds } from "../auth/scope.ts";
import type { CasesTable, Database } from "../db/schema.ts";
import { notFound } from "../errors.ts";
import type { CaseUpsert } from "../schemas.ts";
import { toBeijingInstant } from "../time.ts";

/** What the server needs from the shared engine to store a case (see server/engine.ts). */
export interface CaseEvaluation {
  facts: Record<string, unknown>;
  deadlines: { due: string; met?: boolean; doneAt?: string }[];
  findings: unknown[];
}
export type EvaluateCase = (kind: string, facts: Record<string, unknown>, now?: string) => CaseEvaluation;

export interface CaseDto {
  id: string;
  portal: string;
  externalId: string;
  kind: string;
  unit: string | null;
  /** The unit the case belongs to ('' = none: written by an office-wide token). */
  unitId: string;
  status: "open" | "closed";
  facts: Record<string, unknown>;
  deadlines: unknown[];
  findings: unknown[];
  due: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export function toCaseDto(r: CasesTable): CaseDto {
  return {
    id: r.id,
    portal: r.portal,
    externalId: r.external_id,
    kind: r.kind,
    unit: r.unit,
    unitId: r.unit_id,
    status: r.status,
    facts: JSON.parse(r.facts),
    deadlines: JSON.parse(r.deadlines),
    findings: JSON.parse(r.findings),
    due: r.due,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
}

/** Earliest due day among deadlines not yet met: what "due before" filters and sorts on. */
function earliestOpenDue(deadlines: CaseEvaluation["deadlines"]): string | null {
  const open = deadlines.filter((d) => !d.met && !d.doneAt).map((d) => d.due);
  return open.length ? open.sort()[0] : null;
}

/** The scoped query helper: cases the scope may see. Every read of cases starts here. */
export function scopedCases(db: Kysely<Database>, scope: Scope) {
  const q = db.selectFrom("cases");
  return scope.all ? q : q.where("unit_id", "in", scopeUnitIds(scope));
}

/** The scoped update helper: an update that can only touch cases the scope may see. */
export function scopedCaseUpdate(db: Kysely<Database>, scope: Scope) {
  const q = db.updateTable("cases");
  return scope.all ? q : q.where("unit_id", "in", scopeUnitIds(scope));
}

/**
 * The unit a principal's write goes to. A user or a unit-bound token: always its own unit (a `unit` in the body is
 * ignored). An office-wide principal (admin, a token from before units): the unit named by the body's `unit`
 * label when a unit has that name, else its own unit, else none ('') — and the label is kept as sent.
 */
export async function writeUnit(
  db: Kysely<Database>,
  who: Principal,
  label: string | undefined,
): Promise<{ unitId: string; unit: string | null }> {
  if (!who.scope.all) return { unitId: who.unitId ?? "", unit: who.unitName };
  if (label) {
    const u = await db.selectFrom("units").select("id").where("name", "=", label).executeTakeFirst();
    return { unitId: u?.id ?? "", unit: label };
  }
  return { unitId: who.unitId ?? "", unit: who.unitName };
}

/**
 * Evaluates outside any transaction (pure, may throw EvaluationError → 400), then upserts in one
 * statement, so concurrent writers of the same (portal, externalId) on PostgreSQL cannot duplicate it.
 */
export async function upsertCase(
  db: Kysely<Database>,
  evaluateCase: EvaluateCase,
  input: CaseUpsert,
  who: Principal,
): Promise<{ case: CaseDto; created: boolean }> {
  const ev = evaluateCase(input.kind, input.facts, input.now);
  const by = who.name;
  const now = toBeijingInstant();
  const id = randomUUID();
  const target = await writeUnit(db, who, input.unit);
  const values = {
    kind: input.kind,
    unit: target.unit,
    facts: JSON.stringify(ev.facts),
    deadlines: JSON.stringify(ev.deadlines),
    findings: JSON.stringify(ev.findings),
    due: earliestOpenDue(ev.deadlines),
    updated_at: now,
    updated_by: by,
  };
  const row = await db
    .insertInto("cases")
    .values({
      id,
      portal: input.portal,
      external_id: input.externalId,
      unit_id: target.unitId,
      status: "open",
      created_at: now,
      closed_at: null,
      created_by: by,
      ...values,
    })
    .onConflict((oc) => oc.columns(["unit_id", "portal", "external_id"]).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return { case: toCaseDto(row), created: row.id === id };
}

export async function getCase(db: Kysely<Database>, scope: Scope, id: string): Promise<CaseDto> {
  const row = await scopedCases(db, scope).selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(`case ${id}`);
  return toCaseDto(row);
}

/**
 * The case a principal means by (portal, externalId): within its scope, its own unit's first (a supervisor
 * overseeing several units that track the same portal case), then the office-wide row ('').
 */
export async function findCaseByRef(
  db: Kysely<Database>,
  who: Pick<Principal, "scope" | "unitId">,
  portal: string,
  externalId: string,
): Promise<CasesTable | undefined> {
  const rows = await scopedCases(db, who.scope)
    .selectAll()
    .where("portal", "=", portal)
    .where("external_id", "=", externalId)
    .execute();
  const rank = (r: CasesTable) => (r.unit_id === (who.unitId ?? "") ? 0 : r.unit_id === "" ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || a.created_at.localeCompare(b.created_at))[0];
}

export interface CaseFilter {
  status?: "open" | "closed";
  dueBefore?: string;
  unit?: string;
  unitId?: string;
  kind?: string;
  portal?: string;
  limit: number;
  offset: number;
}

export async function listCases(
  db: Kysely<Database>,
  scope: Scope,
  f: CaseFilter,
): Promise<{ items: CaseDto[]; total: number }> {
  let q = scopedCases(db, scope);
  if (f.status) q = q.where("status", "=", f.status);
  if (f.dueBefore) q = q.where("due", "is not", null).where("due", "<", f.dueBefore);
  if (f.unit) q = q.where("unit", "=", f.unit);
  if (f.unitId !== undefined) q = q.where("unit_id", "=", f.unitId);
  if (f.kind) q = q.where("kind", "=", f.kind);
  if (f.portal) q = q.where("portal", "=", f.portal);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      // NULL due last on both databases (SQLite sorts NULL first, PostgreSQL last)
      .orderBy(sql`case when due is null then 1 else 0 end`)
      .orderBy("due")
      .orderBy("created_at")
      .orderBy("id")
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toCaseDto), total: Number(count.n) };
}

/** Closing is idempotent: closing a closed case returns it unchanged. */
export async function closeCase(
  db: Kysely<Database>,
  who: Pick<Principal, "scope" | "name">,
  id: string,
): Promise<CaseDto> {
  const now = toBeijingInstant();
  const row = await scopedCaseUpdate(db, who.scope)
    .set({ status: "closed", closed_at: now, updated_at: now, updated_by: who.name })
    .where("id", "=", id)
    .where("status", "=", "open")
    .returningAll()
    .executeTakeFirst();
  if (row) return toCaseDto(row);
  return getCase(db, who.scope, id);
}

export async function closeCaseByRef(
  db: Kysely<Database>,
  who: Pick<Principal, "scope" | "name" | "unitId">,
  portal: string,
  externalId: string,
): Promise<CaseDto> {
  const row = await findCaseByRef(db, who, portal, externalId);
  if (!row) throw notFound(`case ${portal}/${externalId}`);
  return closeCase(db, who, row.id);
}
