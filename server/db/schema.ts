// Kysely table types. JSON payloads (facts, deadlines, evidence, arrangements) are stored as TEXT in both
// SQLite and PostgreSQL so that both databases behave identically; instants are +08:00 ISO text.

export type Role = "clerk" | "supervisor" | "admin";

export interface TokensTable {
  id: string;
  name: string;
  role: Role;
  /** sha256 of the bearer token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface CasesTable {
  id: string;
  portal: string;
  external_id: string;
  kind: string;
  unit: string | null;
  status: "open" | "closed";
  /** JSON: only the facts rules need, 身份证号 masked. */
  facts: string;
  /** JSON: the evaluator's deadlines when the case was last written. */
  deadlines: string;
  /** JSON: findings (violations/warnings) when the case was last written. */
  findings: string;
  /** Earliest due day of a deadline not yet met (YYYY-MM-DD), for "due before" filters. */
  due: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  created_by: string | null;
  updated_by: string | null;
}

export interface FlagsTable {
  id: string;
  /** Client idempotency key (sync item key or idempotencyKey); unique when present. */
  client_key: string | null;
  rule_id: string;
  check_id: string | null;
  case_id: string | null;
  portal: string | null;
  external_id: string | null;
  /** JSON evidence snapshot (url, field values, finding) with 身份证号 masked. */
  evidence: string;
  note: string;
  status: "open" | "resolved";
  created_at: string;
  created_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface SyncKeysTable {
  key: string;
  op: string;
  /** JSON: the per-item result first returned; replays return it again. */
  result: string;
  token_id: string | null;
  created_at: string;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  /** JSON YearArrangement as loaded by PUT /api/calendar/:year. */
  arrangement: string;
  loaded_at: string;
  loaded_by: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface AdaptersTable {
  id: string;
  /** JSON PortalAdapter (shared/adapters), validated on the way in. */
  adapter: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** One row per change of an adapter: who (token name, id, role) and when; the adapter as written (null: deleted). */
export interface AdapterAuditTable {
  id: string;
  adapter_id: string;
  action: "create" | "update" | "delete";
  adapter: string | null;
  at: string;
  by_name: string;
  by_token: string;
  by_role: Role;
}

export interface Database {
  tokens: TokensTable;
  cases: CasesTable;
  flags: FlagsTable;
  sync_keys: SyncKeysTable;
  calendar_years: CalendarYearsTable;
  meta: MetaTable;
  adapters: AdaptersTable;
  adapter_audit: AdapterAuditTable;
}
