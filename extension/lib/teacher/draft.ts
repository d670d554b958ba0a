// The teacher's working state (what the clerk picked so far) and the adapter it becomes: plain declarative data in
// the existing adapter format (shared/adapters), never code. Also the warnings the editor shows.
import type { PortalAdapter } from "../adapters/types.ts";
import type { ColumnAnchor, FieldAnchor } from "./anchors.ts";

export interface Draft {
  /** The page's URL (the adapter applies to this path, whatever its query). */
  url: string;
  /** The page's title, for the adapter's name. */
  title: string;
  mode: "single" | "list";
  kind: string;
  /** Detail page: field → the anchor of its value. */
  fields: Record<string, FieldAnchor>;
  externalId?: FieldAnchor;
  /** List page: field → the anchor of its column's header. */
  columns: Record<string, ColumnAnchor>;
  idColumn?: ColumnAnchor;
}

export function emptyDraft(url: string, title: string, kind: string, mode: Draft["mode"] = "single"): Draft {
  return { url, title, mode, kind, fields: {}, columns: {} };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** ^<origin><path>(?:[?#].*)?$ — the page whatever its query string (detail pages differ by ?id=…). */
export function urlPatternFor(url: string): string {
  const u = new URL(url);
  return `^${escapeRegExp(`${u.origin}${u.pathname}`)}(?:[?#].*)?$`;
}

/** A stable id per page path ("taught-<path words>-<hash>"): teaching the same page again replaces its adapter. */
export function adapterIdFor(url: string): string {
  const u = new URL(url);
  const key = `${u.host}${u.pathname}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  const words = u.pathname
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(-40)
    .replace(/^-+/, "");
  return `taught-${words ? `${words}-` : ""}${h.toString(36)}`;
}

/** The adapter the draft describes (undefined while nothing is picked). */
export function buildAdapter(d: Draft, now: Date = new Date()): PortalAdapter | undefined {
  const base = {
    id: adapterIdFor(d.url),
    version: now.toISOString(),
    title: { zh: `教学：${d.title || new URL(d.url).pathname}`, en: `Taught: ${d.title || new URL(d.url).pathname}` },
    urlPattern: urlPatternFor(d.url),
    kind: d.kind,
    requireAll: true,
  };
  if (d.mode === "single") {
    const fields = Object.fromEntries(Object.entries(d.fields).map(([f, a]) => [f, a.spec]));
    if (!Object.keys(fields).length) return undefined;
    return { ...base, single: { fields, ...(d.externalId ? { externalId: d.externalId.spec } : {}) } };
  }
  const cols = Object.entries(d.columns);
  if (!cols.length) return undefined;
  const first = cols[0][1];
  return {
    ...base,
    list: {
      table: first.table,
      headerRow: first.headerRow,
      columns: Object.fromEntries(cols.map(([f, a]) => [f, a.column])),
      ...(d.idColumn ? { externalId: d.idColumn.column } : {}),
    },
  };
}

export type WarningCode = "none" | "many" | "position" | "other-table";

export interface DraftWarning {
  /** The field ("externalId" for the case number). */
  field: string;
  code: WarningCode;
  /** Matches found, for "many". */
  n?: number;
}

/** What the editor warns about: anchors that match nothing or several things, or rest on a position. */
export function draftWarnings(d: Draft): DraftWarning[] {
  const out: DraftWarning[] = [];
  if (d.mode === "single") {
    const all: [string, FieldAnchor][] = Object.entries(d.fields);
    if (d.externalId) all.push(["externalId", d.externalId]);
    for (const [field, a] of all) {
      if (a.matches === 0) out.push({ field, code: "none" });
      else if (a.matches > 1) out.push({ field, code: "many", n: a.matches });
      if (a.quality === "position") out.push({ field, code: "position" });
    }
    return out;
  }
  const all: [string, ColumnAnchor][] = Object.entries(d.columns);
  if (d.idColumn) all.push(["externalId", d.idColumn]);
  const table = all[0]?.[1].table;
  for (const [field, a] of all) {
    if (a.table !== table || a.headerRow !== all[0][1].headerRow) out.push({ field, code: "other-table" });
    if (a.tableMatches === 0) out.push({ field, code: "none" });
    else if (a.tableMatches > 1) out.push({ field, code: "many", n: a.tableMatches });
    if (a.matches > 1) out.push({ field, code: "many", n: a.matches });
    if (a.quality === "position" || a.tableQuality === "position") out.push({ field, code: "position" });
  }
  return out;
}
