// Flags: a clerk marks a request as noncompliant with a rule (evidence snapshot + note); a supervisor
// resolves it. Creation is idempotent by the client's key (sync item key or idempotencyKey), scoped to the token
// that sent it; the same key with another body is refused (409). A flag belongs to its case's unit (else its
// author's); every read and write goes through `scopedFlags` / `scopedFlagUpdate`, so a flag outside the
// principal's scope is "not found" (server/auth/scope.ts).
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { inScope, type Principal, type Scope, scopeUnitIds } from "../auth/scope.ts";
import type { Database, FlagStatus, FlagsTable } from "../db/schema.ts";
import { ApiError, notFound } from "../errors.ts";
import type { FlagCreate } from "../schemas.ts";
import { toBeijingInstant } from "../time.ts";
import { findCaseByRef, scopedCases } from "./cases.ts";
import { recordFlagEvent } from "./flag-workflow.ts";
import { requestHash, scopedKey } from "./request-key.ts";

export interface FlagDto {
  id: string;
  ruleId: string;
  checkId: string | null;
  caseId: string | null;
  case: { portal: string; externalId: string } | null;
  /** The unit the flag belongs to ('' = none). */
  unitId: string;
  evidence: Record<string, unknown>;
  note: string;
  status: FlagStatus;
  assigneeId: string | null;
  version: number;
  createdAt: string;
  createdBy: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
}

export function toFlagDto(r: FlagsTable): FlagDto {
  return {
    id: r.id,
    ruleId: r.rule_id,
    checkId: r.check_id,
    caseId: r.case_id,
    case: r.portal && r.external_id ? { portal: r.portal, externalId: r.external_id } : null,
    unitId: r.unit_id,
    evidence: JSON.parse(r.evidence),
    note: r.note,
    status: r.status,
    assigneeId: r.assignee_id ?? null,
    version: Number(r.version ?? 1),
    createdAt: r.created_at,
    createdBy: r.created_by,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    resolution: r.resolution,
  };
}

export interface FlagDeps {
  /** 404 when the rule is unknown. */
  assertRule(ruleId: string): void;
  /** Masks 身份证号 (and other personal numbers) in the evidence snapshot. */
  maskEvidence(evidence: Record<string, unknown>): Record<string, unknown>;
}

/** The scoped query helper: flags the scope may see. Every read of flags starts here. */
export function scopedFlags(db: Kysely<Database>, scope: Scope) {
  const q = db.selectFrom("flags");
  return scope.all ? q : q.where("unit_id", "in", scopeUnitIds(scope));
}

/** The scoped update helper: an update that can only touch flags the scope may see. */
export function scopedFlagUpdate(db: Kysely<Database>, scope: Scope) {
  const q = db.updateTable("flags");
  return scope.all ? q : q.where("unit_id", "in", scopeUnitIds(scope));
}

/** A client's idempotency key and the token that sent it (keys are scoped to their token). */
export interface ClientKey {
  tokenId: string;
  key: string;
}

/**
 * The flag first created with this key — only to a principal that may still see it, and only for the same
 * request body (another body with the same key is a 409).
 */
function sameRequest(
  who: Pick<Principal, "scope">,
  prior: FlagsTable,
  key: ClientKey,
  hash: string,
): { flag: FlagDto; created: boolean } {
  if (!inScope(who.scope, prior.unit_id))
    throw new ApiError(409, "this idempotency key is in use already: send a new one", [
      { path: "idempotencyKey", message: "already used" },
    ]);
  if (prior.request_hash !== null && prior.request_hash !== hash)
    throw new ApiError(
      409,
      `idempotency key "${key.key}" was already used by this token for a different flag; send a new key for a new flag`,
      [{ path: "idempotencyKey", message: "already used with a different request body" }],
    );
  return { flag: toFlagDto(prior), created: false };
}

/**
 * Creates a flag (run inside a transaction). A caseId must exist (404); a {portal, externalId} reference is
 * linked when the case is tracked and kept as a plain reference otherwise (offline clerks flag pages that
 * were never tracked). With a client key, a repeat with the same body from the same token returns the first flag
 * with created=false; the same key with another body is a 409; another token's key is another key.
 */
export async function createFlag(
  db: Kysely<Database>,
  deps: FlagDeps,
  input: FlagCreate,
  key: ClientKey | undefined,
  who: Pick<Principal, "scope" | "name" | "unitId"> & Partial<Pick<Principal, "userId">>,
): Promise<{ flag: FlagDto; created: boolean }> {
  deps.assertRule(input.ruleId);
  const by = who.name;
  const { idempotencyKey: _key, ...request } = input;
  const hash = requestHash(request);
  const clientKey = key ? scopedKey(key.tokenId, key.key) : null;
  if (key && clientKey) {
    const prior = await db.selectFrom("flags").selectAll().where("client_key", "=", clientKey).executeTakeFirst();
    if (prior) return sameRequest(who, prior, key, hash);
  }
  let caseId: string | null = null;
  let portal: string | null = null;
  let externalId: string | null = null;
  // the flag's unit: its case's; a flag on an untracked page, the author's
  let unitId = who.unitId ?? "";
  if (input.caseId) {
    const c = await scopedCases(db, who.scope)
      .select(["id", "portal", "external_id", "unit_id"])
      .where("id", "=", input.caseId)
      .executeTakeFirst();
    if (!c) throw notFound(`case ${input.caseId}`);
    caseId = c.id;
    portal = c.portal;
    externalId = c.external_id;
    unitId = c.unit_id;
  } else if (input.case) {
    portal = input.case.portal;
    externalId = input.case.externalId;
    const c = await findCaseByRef(db, who, portal, externalId);
    if (c) {
      caseId = c.id;
      unitId = c.unit_id;
    }
  }
  const id = randomUUID();
  const row = await db
    .insertInto("flags")
    .values({
      id,
      client_key: clientKey,
      request_hash: hash,
      rule_id: input.ruleId,
      check_id: input.checkId ?? null,
      case_id: caseId,
      portal,
      external_id: externalId,
      unit_id: unitId,
      evidence: JSON.stringify(deps.maskEvidence(input.evidence ?? {})),
      note: input.note ?? "",
      status: "open",
      created_at: toBeijingInstant(),
      created_by: by,
      resolved_at: null,
      resolved_by: null,
      resolution: null,
      assignee_id: null,
      version: 1,
    })
    .onConflict((oc) => oc.column("client_key").doNothing())
    .returningAll()
    .executeTakeFirst();
  if (row) {
    await recordFlagEvent(db, {
      flag_id: row.id,
      unit_id: row.unit_id,
      at: row.created_at,
      actor: by,
      actor_id: "userId" in who ? (who.userId ?? null) : null,
      action: "created",
      from_status: null,
      to_status: "open",
      body: row.note || null,
    });
    return { flag: toFlagDto(row), created: true };
  }
  // A concurrent request with the same key won the race: its flag stands.
  const prior = await db
    .selectFrom("flags")
    .selectAll()
    .where("client_key", "=", clientKey ?? "")
    .executeTakeFirst();
  if (!prior || !key) throw new Error("flag insert conflicted but no prior flag found");
  return sameRequest(who, prior, key, hash);
}

export async function getFlag(db: Kysely<Database>, scope: Scope, id: string): Promise<FlagDto> {
  const row = await scopedFlags(db, scope).selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound(`flag ${id}`);
  return toFlagDto(row);
}

/** Resolving is idempotent: resolving a resolved flag returns it unchanged (see flag-workflow.ts). */
export async function resolveFlag(
  db: Kysely<Database>,
  who: Pick<Principal, "scope" | "name"> & Partial<Pick<Principal, "userId" | "role">>,
  id: string,
  resolution: string | undefined,
): Promise<FlagDto> {
  const { transitionFlag } = await import("./flag-workflow.ts");
  const d = await transitionFlag(
    db,
    { scope: who.scope, name: who.name, userId: who.userId ?? null, role: who.role ?? "supervisor" },
    id,
    "resolved",
    { text: resolution },
  );
  const { comments: _c, audit: _a, assigneeName: _n, ...flag } = d;
  return flag;
}

export interface FlagFilter {
  status?: FlagStatus;
  ruleId?: string;
  caseId?: string;
  unitId?: string;
  limit: number;
  offset: number;
}

export async function listFlags(
  db: Kysely<Database>,
  scope: Scope,
  f: FlagFilter,
): Promise<{ items: FlagDto[]; total: number }> {
  let q = scopedFlags(db, scope);
  if (f.status) q = q.where("status", "=", f.status);
  if (f.ruleId) q = q.where("rule_id", "=", f.ruleId);
  if (f.caseId) q = q.where("case_id", "=", f.caseId);
  if (f.unitId !== undefined) q = q.where("unit_id", "=", f.unitId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy("created_at").orderBy("id").limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toFlagDto), total: Number(count.n) };
}

/** Every flag in creation order, for the CSV export. */
export async function allFlags(db: Kysely<Database>, scope: Scope, status?: FlagStatus): Promise<FlagDto[]> {
  let q = scopedFlags(db, scope).selectAll();
  if (status) q = q.where("status", "=", status);
  return (await q.orderBy("created_at").orderBy("id").execute()).map(toFlagDto);
}
