// The shape of a portal adapter (plain JSON data). Validation lives in schema.ts (zod) and runs where adapters
// arrive (background, server, tests) — not in the content script, which keeps zod out of its bundle.

/** Where one field's value is on a detail page: a CSS selector, or the labels printed next to it. */
export interface SingleFieldSpec {
  selector?: string;
  labels?: string[];
}

/** Where one field is in a list row: the header labels of its column, or its 0-based column index. */
export interface ColumnSpec {
  header?: string[];
  index?: number;
}

export interface PortalAdapter {
  /** Lowercase id, e.g. "demo-request-queue". */
  id: string;
  version: string;
  title?: { zh: string; en: string };
  /** Regular expression (source text) tested against the page URL. */
  urlPattern: string;
  /** Fixed case kind of every case found (else per row from kindColumn, else generic detection). */
  kind?: string;
  /**
   * Every field/column must be found, else the adapter reads nothing and the generic recogniser runs (the clerk is
   * told the page changed). Set by the page teacher: a taught page that lost an anchor must not be half-read.
   */
  requireAll?: boolean;
  single?: {
    /** CSS selector of the element holding the case. */
    root?: string;
    fields: Record<string, SingleFieldSpec>;
    externalId?: SingleFieldSpec;
  };
  list?: {
    /** CSS selector of the list table. */
    table: string;
    /** Index (in table.rows) of the header row; default 0. */
    headerRow?: number;
    columns: Record<string, ColumnSpec>;
    externalId?: ColumnSpec;
    /** Column naming each row's business type, and its values → case kinds. */
    kindColumn?: ColumnSpec;
    kindMap?: Record<string, string>;
  };
}
