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
  /** Personal token: acts as this user (role and scope are the user's). */
  user_id: string | null;
  /** Unit-bound service token (no user): scoped to this unit. No user and no unit = office-wide. */
  unit_id: string | null;
}

export interface UnitsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  name: string;
  /** The login name folded (NFKC, trimmed, lower case); unique. */
  name_key: string;
  role: Role;
  /** Home unit: where the user's cases and flags go. Admins may have none. */
  unit_id: string | null;
  /** `scrypt$<N>$<r>$<p>$<salt b64>$<key b64>`; null = cannot log in with a password. */
  password_hash: string | null;
  /** 1 after an admin set the password (first start, reset): the board asks for a new one. */
  must_change_password: number;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

/** Further units a supervisor oversees (besides the home unit). */
export interface UserUnitsTable {
  user_id: string;
  unit_id: string;
}

export interface SessionsTable {
  /** sha256 of the cookie's secret. */
  id: string;
  user_id: string;
  created_at: string;
  /** Epoch ms (bigint: PostgreSQL answers it as a string). */
  expires_at: number | string;
  last_seen_at: number | string;
}

export interface LoginThrottleTable {
  /** "name:<folded login name>" or "addr:<client address>". */
  key: string;
  failures: number;
  window_start: number | string;
  locked_until: number | string | null;
}

export interface CasesTable {
  id: string;
  portal: string;
  external_id: string;
  kind: string;
  /** The unit's name (or, from an office-wide token, the label it sent). */
  unit: string | null;
  /** The unit the case belongs to; '' = none (visible to office-wide principals only). */
  unit_id: string;
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
  /** `<token id>/<client key>` (sync item key or idempotencyKey, scoped to its token); unique when present. */
  client_key: string | null;
  /** sha256 of the canonical request that created the flag (without its key): a reuse with another body → 409. */
  request_hash: string | null;
  rule_id: string;
  check_id: string | null;
  case_id: string | null;
  portal: string | null;
  external_id: string | null;
  /** The unit the flag belongs to (its case's, else its author's); '' = none. */
  unit_id: string;
  /** JSON evidence snapshot (url, field values, finding) with 身份证号 masked. */
  evidence: string;
  note: string;
  status: FlagStatus;
  created_at: string;
  created_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  /** The resolution note (resolved) or the reason (dismissed). */
  resolution: string | null;
  /** The person the flag is assigned to (a user id), or null. */
  assignee_id: string | null;
  /** Bumped by every change: a write naming an older version is refused (409). */
  version: number;
}

export type FlagStatus = "open" | "resolved" | "dismissed";

/** The audit trail and comment thread of flags: insert-only. */
export interface FlagEventsTable {
  id: string;
  flag_id: string;
  unit_id: string;
  at: string;
  actor: string;
  actor_id: string | null;
  action: "created" | "resolved" | "dismissed" | "reopened" | "assigned" | "commented";
  from_status: FlagStatus | null;
  to_status: FlagStatus | null;
  /** The note, reason, comment text or assignee named. */
  body: string | null;
}

export interface SyncKeysTable {
  /** `<token id>/<item key>`: each token's keys are its own. */
  key: string;
  op: string;
  /** JSON: the per-item result first returned; replays return it again. */
  result: string;
  token_id: string | null;
  /** sha256 of the canonical item ({ op, data }): the same key with another item → rejected with 409. */
  request_hash: string | null;
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
  flag_events: FlagEventsTable;
  sync_keys: SyncKeysTable;
  calendar_years: CalendarYearsTable;
  meta: MetaTable;
  units: UnitsTable;
  users: UsersTable;
  user_units: UserUnitsTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  adapters: AdaptersTable;
  adapter_audit: AdapterAuditTable;
}
