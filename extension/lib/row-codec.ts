// Wire format for queue rows between the content script and the background. Chrome serialises extension
// messages value by value; 5 000 small objects each way cost the portal's main thread more than all our
// rendering (measured: ~200 ms of "Receive mojo message"). One JSON string out and one compact text back cost
// almost nothing to pass.
import type { Facts, RowDeadline, RowStatus } from "./messages.ts";

/** Content → background: the rows' facts as one JSON string. */
export function encodeFacts(rows: Facts[]): string {
  return JSON.stringify(rows);
}

export function decodeFacts(s: string): Facts[] {
  const v = JSON.parse(s) as unknown;
  if (!Array.isArray(v)) throw new Error("rows: expected a JSON array of facts objects");
  return v as Facts[];
}

// Indices are the wire format: new statuses are appended.
const STATUS: RowStatus[] = ["ok", "due-soon", "due-today", "overdue", "done", "uncertain"];

/** Why a row's counter is uncertain, in both languages (shared/evaluate/honest.ts). */
export type RowNote = { zh: string; en: string };

/** The encoded results of a batch of rows. */
export interface EncodedRows {
  rules: string[];
  rows: string;
  /** Distinct uncertain-state messages, referenced by index from the lines (absent when none). */
  notes?: RowNote[];
}

/**
 * Background → content: `{ rules, rows, notes? }` where `rules` lists the rule ids once and `rows` has one line per
 * row, each deadline as `ruleIndex,due,statusIndex,provisional(0|1),workdays,met(-|0|1)[,noteIndex]` joined by `;`
 * (an empty line = no deadline for that row; the note index, into `notes`, only on uncertain counters).
 */
export function encodeRowResults(results: RowDeadline[][]): EncodedRows {
  const rules: string[] = [];
  const index = new Map<string, number>();
  const notes: RowNote[] = [];
  const noteIndex = new Map<string, number>();
  const lines: string[] = [];
  for (const ds of results) {
    const parts: string[] = [];
    for (const d of ds) {
      let i = index.get(d.r);
      if (i === undefined) {
        i = rules.length;
        rules.push(d.r);
        index.set(d.r, i);
      }
      let part = `${i},${d.d},${STATUS.indexOf(d.s)},${d.p ? 1 : 0},${d.w},${d.m === undefined ? "-" : d.m ? 1 : 0}`;
      if (d.u) {
        const key = `${d.u.zh}\u0000${d.u.en}`;
        let n = noteIndex.get(key);
        if (n === undefined) {
          n = notes.length;
          notes.push({ zh: d.u.zh, en: d.u.en });
          noteIndex.set(key, n);
        }
        part += `,${n}`;
      }
      parts.push(part);
    }
    lines.push(parts.join(";"));
  }
  return notes.length ? { rules, rows: lines.join("\n"), notes } : { rules, rows: lines.join("\n") };
}

export function decodeRowResults(enc: EncodedRows): RowDeadline[][] {
  const decodeLine = rowLineDecoder(enc.rules, enc.notes);
  return enc.rows.split("\n").map(decodeLine);
}

const NONE = Object.freeze([]) as unknown as RowDeadline[];

/**
 * A decoder of result lines for one `rules` list. Queue rows repeat a handful of distinct results (same rule, due
 * day and status), so each distinct line is parsed once and its (frozen, shared) array returned for every row that
 * has it: 5 000 rows cost 5 000 map look-ups, not 5 000 parses. Bad lines throw an error naming what was expected.
 */
export function rowLineDecoder(rules: string[], notes: readonly RowNote[] = []): (line: string) => RowDeadline[] {
  const cache = new Map<string, RowDeadline[]>();
  return (line) => {
    if (!line) return NONE;
    let ds = cache.get(line);
    if (ds) return ds;
    ds = [];
    for (const part of line.split(";")) {
      const [ri, due, si, p, w, m, ni] = part.split(",");
      const r = rules[Number(ri)];
      const s = STATUS[Number(si)];
      const u = ni === undefined ? undefined : notes[Number(ni)];
      if (r === undefined || s === undefined || m === undefined || (ni !== undefined && u === undefined))
        throw new Error(
          `rows: expected "ruleIndex,due,status,provisional,workdays,met[,noteIndex]" per deadline, got "${part}"`,
        );
      const d: RowDeadline = { r, d: due, a: "", s, p: p === "1", w: Number(w) };
      if (m !== "-") d.m = m === "1";
      if (u) d.u = u;
      ds.push(Object.freeze(d));
    }
    Object.freeze(ds);
    cache.set(line, ds);
    return ds;
  };
}
