// GET /api/openapi.json and the human docs page (/api/docs), both generated from one table of endpoints
// that points at the same zod schemas the routes validate with (z.toJSONSchema), so they cannot drift.
// tests/server check that every route the app serves is listed here and vice versa.
import { z } from "zod";
import { PortalAdapterSchema } from "../shared/adapters/schema.ts";
import { escapeHtml } from "../shared/text/escape-html.ts";
import type { Role } from "./db/schema.ts";
import {
  CaseListQuerySchema,
  CaseUpsertSchema,
  DeadlineRequestSchema,
  EvaluateRequestSchema,
  FlagAssignSchema,
  FlagCommentSchema,
  FlagCreateSchema,
  FlagDismissSchema,
  FlagListQuerySchema,
  FlagReopenSchema,
  FlagResolveSchema,
  PasswordChangeSchema,
  SessionCreateSchema,
  SyncItemSchema,
  SyncOpDataSchemas,
  SyncRequestSchema,
  TokenCreateSchema,
  TokenPatchSchema,
  UnitCreateSchema,
  UserCreateSchema,
  UserPatchSchema,
  YearArrangementSchema,
} from "./schemas.ts";
import { SERVER_VERSION } from "./version.ts";

export interface Endpoint {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Hono path syntax (/api/cases/:id). */
  path: string;
  summary: string;
  role?: Role;
  body?: z.ZodType;
  query?: z.ZodObject;
  responses: Record<number, string>;
}

const STALE = "the flag changed since `version`: `{ error, issues, current }` with the current flag";
const E400 = { 400: "Invalid input: `{ error, issues: [{ path, message }] }`" };
const AUTH = {
  401: "No or unknown bearer token / no live session",
  403: "Role too low, or a cookie-authenticated write from another origin (CSRF)",
  429: "Rate limit for this token, or too many failed authentications from this address (Retry-After)",
};

export const ENDPOINTS: Endpoint[] = [
  { method: "get", path: "/api/health", summary: "Liveness, versions, database kind", responses: { 200: "ok" } },
  {
    method: "get",
    path: "/api/rulepacks",
    summary: "The rule packs as the shared engine consumes them ({ version, packs }); ETag, 304 on If-None-Match",
    responses: { 200: "bundle", 304: "unchanged" },
  },
  {
    method: "get",
    path: "/api/rules",
    summary: "Rule summaries (id, title, kind, citation, severity); ?kind=",
    responses: { 200: "list" },
  },
  {
    method: "get",
    path: "/api/rules/:id",
    summary: "One rule in full",
    responses: { 200: "rule", 404: "unknown rule" },
  },
  {
    method: "get",
    path: "/api/documents",
    summary: "Document registry (文号, status, dates)",
    responses: { 200: "list" },
  },
  {
    method: "get",
    path: "/api/documents/:docNo",
    summary: "One document: registry entry and its text split into articles",
    responses: { 200: "document", 404: "unknown document" },
  },
  {
    method: "get",
    path: "/api/calendar/:year",
    summary: "Every day of a year: status (work/rest/holiday), holiday name, provisional; the year's source",
    responses: { 200: "year", ...E400 },
  },
  {
    method: "put",
    path: "/api/calendar/:year",
    summary:
      "Load a newly published State Council arrangement (国务院办公厅放假安排); the year stops being provisional",
    role: "admin",
    body: YearArrangementSchema,
    responses: { 200: "year as now served", ...E400, ...AUTH },
  },
  {
    method: "post",
    path: "/api/deadlines",
    summary: "Due day and instant for a start plus a period (or a rule's period); with now also remaining/status",
    body: DeadlineRequestSchema,
    responses: { 200: "deadline", ...E400, 404: "unknown rule" },
  },
  {
    method: "post",
    path: "/api/evaluate",
    summary: "Findings, deadlines and calculations for a case's facts",
    body: EvaluateRequestSchema,
    responses: { 200: "evaluation", ...E400 },
  },
  {
    method: "post",
    path: "/api/cases",
    summary: "Create or update a tracked case, idempotent by (portal, externalId); 身份证号 masked",
    role: "clerk",
    body: CaseUpsertSchema,
    responses: { 200: "updated", 201: "created", ...E400, ...AUTH },
  },
  {
    method: "get",
    path: "/api/cases",
    summary: "List cases (filters: status, dueBefore, unit, kind, portal; limit/offset)",
    role: "clerk",
    query: CaseListQuerySchema,
    responses: { 200: "{ items, total }", ...E400, ...AUTH },
  },
  {
    method: "get",
    path: "/api/cases/:id",
    summary: "One case",
    role: "clerk",
    responses: { 200: "case", 404: "unknown case", ...AUTH },
  },
  {
    method: "post",
    path: "/api/cases/:id/close",
    summary: "Close a case (idempotent)",
    role: "clerk",
    responses: { 200: "case", 404: "unknown case", ...AUTH },
  },
  {
    method: "post",
    path: "/api/flags",
    summary:
      "Flag a request as noncompliant with a rule (case reference, evidence, note); idempotencyKey (per token) dedups",
    role: "clerk",
    body: FlagCreateSchema,
    responses: {
      200: "existing flag (same idempotencyKey and body from this token)",
      201: "created",
      ...E400,
      404: "unknown rule or case",
      409: "idempotencyKey already used by this token with another body",
      ...AUTH,
    },
  },
  {
    method: "get",
    path: "/api/flags",
    summary: "List flags (filters: status, ruleId, caseId)",
    role: "clerk",
    query: FlagListQuerySchema,
    responses: { 200: "{ items, total }", ...E400, ...AUTH },
  },
  {
    method: "get",
    path: "/api/flags/export.csv",
    summary: "The flags of the caller's scope as CSV for Excel (UTF-8 BOM); ?status=open|resolved|dismissed",
    role: "clerk",
    responses: { 200: "text/csv", ...AUTH },
  },
  {
    method: "get",
    path: "/api/flags/:id",
    summary: "One flag with its assignee, comment thread and audit trail",
    role: "clerk",
    responses: { 200: "flag detail", 404: "unknown flag", ...AUTH },
  },
  {
    method: "post",
    path: "/api/flags/:id/resolve",
    summary: "Resolve a flag with a note (idempotent)",
    role: "supervisor",
    body: FlagResolveSchema,
    responses: { 200: "flag detail", ...E400, 404: "unknown flag", 409: STALE, ...AUTH },
  },
  {
    method: "post",
    path: "/api/flags/:id/dismiss",
    summary: "Dismiss a flag with a reason",
    role: "supervisor",
    body: FlagDismissSchema,
    responses: { 200: "flag detail", ...E400, 404: "unknown flag", 409: STALE, ...AUTH },
  },
  {
    method: "post",
    path: "/api/flags/:id/reopen",
    summary: "Open a resolved or dismissed flag again",
    role: "supervisor",
    body: FlagReopenSchema,
    responses: { 200: "flag detail", ...E400, 404: "unknown flag", 409: STALE, ...AUTH },
  },
  {
    method: "post",
    path: "/api/flags/:id/assign",
    summary: "Assign a flag to a person who can see it (userId null: nobody)",
    role: "supervisor",
    body: FlagAssignSchema,
    responses: { 200: "flag detail", ...E400, 404: "unknown flag", 409: STALE, ...AUTH },
  },
  {
    method: "post",
    path: "/api/flags/:id/comments",
    summary: "Add a comment to a flag's thread",
    role: "clerk",
    body: FlagCommentSchema,
    responses: { 201: "comment", ...E400, 404: "unknown flag", ...AUTH },
  },
  {
    method: "post",
    path: "/api/sync",
    summary: "Offline outbox batch (case.upsert, case.close, flag.create, flag.resolve), each with an idempotency key",
    role: "clerk",
    body: SyncRequestSchema,
    responses: {
      200: "{ results: [{ key, op, status: applied|replayed|rejected, httpStatus, result?, error?, issues? }] }",
      ...E400,
      ...AUTH,
    },
  },
  {
    method: "post",
    path: "/api/tokens",
    summary: "Create a token (shown once)",
    role: "admin",
    body: TokenCreateSchema,
    responses: { 201: "{ id, name, role, token }", ...E400, ...AUTH },
  },
  {
    method: "get",
    path: "/api/tokens",
    summary: "List tokens (never the secrets)",
    role: "admin",
    responses: { 200: "list", ...AUTH },
  },
  {
    method: "patch",
    path: "/api/tokens/:id",
    summary: "Bind a token to a unit (unitId; null = office-wide) or make it a user's personal token (userId)",
    role: "admin",
    body: TokenPatchSchema,
    responses: { 200: "token (no secret)", ...E400, 404: "unknown token", ...AUTH },
  },
  {
    method: "delete",
    path: "/api/tokens/:id",
    summary: "Revoke a token",
    role: "admin",
    responses: { 200: "revoked", 404: "unknown token", ...AUTH },
  },
  {
    method: "post",
    path: "/api/units",
    summary: "Create a unit (科室 / 部门)",
    role: "admin",
    body: UnitCreateSchema,
    responses: { 201: "{ id, name, createdAt }", ...E400, 409: "name taken", ...AUTH },
  },
  {
    method: "get",
    path: "/api/units",
    summary: "The units the caller may see (admin and office-wide tokens: all)",
    role: "clerk",
    responses: { 200: "[{ id, name, createdAt }]", ...AUTH },
  },
  {
    method: "patch",
    path: "/api/units/:id",
    summary: "Rename a unit (its cases' unit label follows)",
    role: "admin",
    body: UnitCreateSchema,
    responses: { 200: "unit", ...E400, 404: "unknown unit", 409: "name taken", ...AUTH },
  },
  {
    method: "post",
    path: "/api/users",
    summary: "Create a user: name, password (scrypt-hashed, never returned), role, home unit; a supervisor's unitIds",
    role: "admin",
    body: UserCreateSchema,
    responses: {
      201: "{ id, name, role, unitId, unitIds, mustChangePassword, … }",
      ...E400,
      409: "name taken",
      ...AUTH,
    },
  },
  {
    method: "get",
    path: "/api/users",
    summary: "Users of the units the caller oversees (admin: all); never a password hash",
    role: "supervisor",
    responses: { 200: "list", ...AUTH },
  },
  {
    method: "get",
    path: "/api/users/:id",
    summary: "One user (404 outside the caller's units)",
    role: "supervisor",
    responses: { 200: "user", 404: "unknown user", ...AUTH },
  },
  {
    method: "patch",
    path: "/api/users/:id",
    summary: "Change role, units, reset the password (must change at next login), disable; ends the user's sessions",
    role: "admin",
    body: UserPatchSchema,
    responses: { 200: "user", ...E400, 404: "unknown user", ...AUTH },
  },
  {
    method: "post",
    path: "/api/session",
    summary:
      "Log in with name and password: session cookie (HttpOnly, SameSite=Strict, Path=/, Secure over https); " +
      'with "token": true also a personal API token. Wrong name or password → 401 (one message); locked → 429',
    body: SessionCreateSchema,
    responses: {
      200: "{ user, expiresAt, token? } + Set-Cookie",
      ...E400,
      401: "wrong name or password",
      403: "login from a foreign origin",
      429: "locked after repeated failures (Retry-After)",
    },
  },
  {
    method: "get",
    path: "/api/session",
    summary: "Who am I: user, role, unit and scope of the cookie session or token",
    role: "clerk",
    responses: { 200: "{ via, userId, name, role, unitId, unitName, scope }", ...AUTH },
  },
  {
    method: "delete",
    path: "/api/session",
    summary: "Log out: ends the cookie session (and clears the cookie); with a personal bearer token, revokes it",
    responses: { 200: "{ loggedOut: true }", 400: "a service token", 401: "not logged in", 403: "cross-site" },
  },
  {
    method: "put",
    path: "/api/session/password",
    summary: "Change one's own password ({ current, next }); ends one's other sessions",
    role: "clerk",
    body: PasswordChangeSchema,
    responses: { 200: "{ changed: true }", ...E400, ...AUTH, 429: "locked after repeated wrong current passwords" },
  },
  {
    method: "get",
    path: "/api/adapters",
    summary:
      "The office's portal adapters (taught with the extension's page teacher): { adapters, records: [{ id, createdAt, createdBy, updatedAt, updatedBy }] }; ETag, 304 on If-None-Match",
    role: "clerk",
    responses: { 200: "list", 304: "unchanged", ...AUTH },
  },
  {
    method: "get",
    path: "/api/adapters/:id",
    summary: "One adapter: { adapter, createdAt, createdBy, updatedAt, updatedBy }",
    role: "clerk",
    responses: { 200: "adapter", 404: "unknown adapter", ...E400, ...AUTH },
  },
  {
    method: "get",
    path: "/api/adapters/:id/history",
    summary:
      "Every change of one adapter, oldest first: { id, changes: [{ action, at, by: { name, role }, adapter }] }",
    role: "supervisor",
    responses: { 200: "changes", 404: "never existed", ...E400, ...AUTH },
  },
  {
    method: "put",
    path: "/api/adapters/:id",
    summary:
      "Create or replace an adapter (declarative data, zod-validated; body id = path id); recorded in the audit trail",
    role: "supervisor",
    body: PortalAdapterSchema,
    responses: { 200: "updated", 201: "created", ...E400, ...AUTH },
  },
  {
    method: "delete",
    path: "/api/adapters/:id",
    summary: "Delete an adapter; recorded in the audit trail",
    role: "supervisor",
    responses: { 200: "{ deleted: id }", 404: "unknown adapter", ...E400, ...AUTH },
  },
  { method: "get", path: "/api/openapi.json", summary: "This OpenAPI document", responses: { 200: "OpenAPI 3.1" } },
  { method: "get", path: "/api/docs", summary: "Human-readable API page", responses: { 200: "HTML" } },
];

function jsonSchema(s: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}

const openApiPath = (p: string) => p.replace(/:(\w+)/g, "{$1}");

let cached: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const params: unknown[] = [...e.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    if (e.query) {
      const qs = jsonSchema(e.query) as { properties?: Record<string, unknown> };
      for (const [name, schema] of Object.entries(qs.properties ?? {}))
        params.push({ name, in: "query", required: false, schema });
    }
    const op: Record<string, unknown> = {
      summary: e.summary,
      operationId: `${e.method}${e.path.replace(/[^a-zA-Z0-9]+(\w)?/g, (_m, ch: string | undefined) => (ch ?? "").toUpperCase())}`,
      responses: Object.fromEntries(Object.entries(e.responses).map(([code, description]) => [code, { description }])),
    };
    if (params.length) op.parameters = params;
    if (e.body) op.requestBody = { required: true, content: { "application/json": { schema: jsonSchema(e.body) } } };
    if (e.role) {
      op.security = [{ bearer: [] }, { session: [] }];
      op["x-role"] = e.role;
    }
    paths[openApiPath(e.path)] ??= {};
    paths[openApiPath(e.path)][e.method] = op;
  }
  cached = {
    openapi: "3.1.0",
    info: {
      title: "时限 ShiXian API",
      version: SERVER_VERSION,
      description:
        "Rules, working-day (工作日) calendar and deadlines, evaluation, tracked cases and flags. " +
        "Errors: `{ error, issues: [{ path, message }] }`. Roles: clerk < supervisor < admin.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "sx_session" },
      },
      schemas: {
        SyncItem: jsonSchema(SyncItemSchema),
        ...Object.fromEntries(
          Object.entries(SyncOpDataSchemas).map(([op, s]) => [`SyncData_${op.replace(".", "_")}`, jsonSchema(s)]),
        ),
      },
    },
    paths,
  };
  return cached;
}

/** /api/docs: one self-contained page (no external scripts) from the same table. */
export function docsPage(): string {
  const rows = ENDPOINTS.map((e) => {
    const body = e.body
      ? `<details><summary>请求体 body</summary><pre>${escapeHtml(JSON.stringify(jsonSchema(e.body), null, 2))}</pre></details>`
      : "";
    const query = e.query
      ? `<details><summary>查询参数 query</summary><pre>${escapeHtml(JSON.stringify(jsonSchema(e.query), null, 2))}</pre></details>`
      : "";
    const resp = Object.entries(e.responses)
      .map(([k, v]) => `<code>${k}</code> ${escapeHtml(v)}`)
      .join("<br>");
    return `<tr><td><b>${e.method.toUpperCase()}</b></td><td><code>${escapeHtml(e.path)}</code></td><td>${e.role ? escapeHtml(e.role) : "公开 public"}</td><td>${escapeHtml(e.summary)}${body}${query}</td><td>${resp}</td></tr>`;
  }).join("\n");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>时限 ShiXian API</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;max-width:80rem}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}pre{background:#f6f6f6;padding:.5rem;max-height:24rem;overflow:auto}</style>
</head><body>
<h1>时限 ShiXian API <small>v${escapeHtml(SERVER_VERSION)}</small></h1>
<p>认证：<code>Authorization: Bearer &lt;token&gt;</code> 或登录会话 Cookie（<code>POST /api/session</code>；角色 clerk &lt; supervisor &lt; admin；每个用户只能看到其单位的数据 each user sees only their units' data）。错误格式 Errors:
<code>{ "error": "…", "issues": [{ "path": "facts.receivedAt", "message": "…" }] }</code>。
机器可读 Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>
<table><thead><tr><th>方法</th><th>路径 Path</th><th>角色 Role</th><th>说明 Summary</th><th>响应 Responses</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>`;
}
