// Tracked cases: one row per (portal, externalId). Writes are idempotent upserts; the deadlines and findings
// the evaluator computed are stored with the facts (masked, only what rules need).
import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
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

/**
 * Evaluates outside any transaction (pure, may throw EvaluationError → 400), then upserts in one
 * statement, so concurrent writers of the same (portal, externalId) on PostgreSQL cannot duplicate it.
 */
export async function upsertCase(
  db: Kysely<Database>,
  evaluateCase: EvaluateCase,
  input: CaseUpsert,
  by: string | null,
): Promise<{ case: CaseDto; created: boolean }> {
  const ev = evaluateCase(input.kind, input.facts, input.now);
  const now = toBeijingInstant();
  const id = randomUUID();
  const values = {
    kind: input.kind,
    unit: input.unit ?? null,
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
      status: "open",
      created_at: now,
      closed_at: null,
      created_by: by,
      ...values,
    })
    .onConflict((oc) => oc.columns(["portal", "external_id"]).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return { case: toCaseDto(row), created: row.id === id };
}

export async function getCase(db: Kysely<Database>, id: string): Promise<CaseDto> {
  const row = await db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(`case ${id}`);
  return toCaseDto(row);
}

export async function findCaseByRef(
  db: Kysely<Database>,
  portal: string,
  externalId: string,
): Promise<CasesTable | undefined> {
  return db
    .selectFrom("cases")
    .selectAll()
    .where("portal", "=", portal)
    .where("external_id", "=", externalId)
    .executeTakeFirst();
}

export interface CaseFilter {
  status?: "open" | "closed";
  dueBefore?: string;
  unit?: string;
  kind?: string;
  portal?: string;
  limit: number;
  offset: number;
}

export async function listCases(db: Kysely<Database>, f: CaseFilter): Promise<{ items: CaseDto[]; total: number }> {
  let q = db.selectFrom("cases");
  if (f.status) q = q.where("status", "=", f.status);
  if (f.dueBefore) q = q.where("due", "is not", null).where("due", "<", f.dueBefore);
  if (f.unit) q = q.where("unit", "=", f.unit);
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
export async function closeCase(db: Kysely<Database>, id: string, by: string | null): Promise<CaseDto> {
  const now = toBeijingInstant();
  const row = await db
    .updateTable("cases")
    .set({ status: "closed", closed_at: now, updated_at: now, updated_by: by })
    .where("id", "=", id)
    .where("status", "=", "open")
    .returningAll()
    .executeTakeFirst();
  if (row) return toCaseDto(row);
  return getCase(db, id);
}

export async function closeCaseByRef(
  db: Kysely<Database>,
  portal: string,
  externalId: string,
  by: string | null,
): Promise<CaseDto> {
  const row = await findCaseByRef(db, portal, externalId);
  if (!row) throw notFound(`case ${portal}/${externalId}`);
  return closeCase(db, row.id, by);
}
