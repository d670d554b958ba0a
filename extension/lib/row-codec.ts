// Wire format for queue rows between the content script and the background. Chrome serialises extension
// messages value by value; 5 000 small objects each way cost the portal's main thread more than all our
// rendering (measured: ~200 ms of "Receive mojo message"). One JSON string out and one compact text back cost
// almost nothing to pass.
import type { CounterStatus, Facts, RowDeadline } from "./messages.ts";

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
const STATUS: CounterStatus[] = ["ok", "due-soon", "due-today", "overdue", "done"];

/**
 * Background → content: `{ rules, rows }` where `rules` lists the rule ids once and `rows` has one line per row,
 * each deadline as `ruleIndex,due,statusIndex,provisional(0|1),workdays,met(-|0|1)` joined by `;`
 * (an empty line = no deadline for that row).
 */
export function encodeRowResults(results: RowDeadline[][]): { rules: string[]; rows: string } {
  const rules: string[] = [];
  const index = new Map<string, number>();
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
      parts.push(`${i},${d.d},${STATUS.indexOf(d.s)},${d.p ? 1 : 0},${d.w},${d.m === undefined ? "-" : d.m ? 1 : 0}`);
    }
    lines.push(parts.join(";"));
  }
  return { rules, rows: lines.join("\n") };
}

export function decodeRowResults(enc: { rules: string[]; rows: string }): RowDeadline[][] {
  const decodeLine = rowLineDecoder(enc.rules);
  return enc.rows.split("\n").map(decodeLine);
}

const NONE = Object.freeze([]) as unknown as RowDeadline[];

/**
 * A decoder of result lines for one `rules` list. Queue rows repeat a handful of distinct results (same rule, due
 * day and status), so each distinct line is parsed once and its (frozen, shared) array returned for every row that
 * has it: 5 000 rows cost 5 000 map look-ups, not 5 000 parses. Bad lines throw an error naming what was expected.
 */
export function rowLineDecoder(rules: string[]): (line: string) => RowDeadline[] {
  const cache = new Map<string, RowDeadline[]>();
  return (line) => {
    if (!line) return NONE;
    let ds = cache.get(line);
    if (ds) return ds;
    ds = [];
    for (const part of line.split(";")) {
      const [ri, due, si, p, w, m] = part.split(",");
      const r = rules[Number(ri)];
      const s = STATUS[Number(si)];
      if (r === undefined || s === undefined || m === undefined)
        throw new Error(`rows: expected "ruleIndex,due,status,provisional,workdays,met" per deadline, got "${part}"`);
      const d: RowDeadline = { r, d: due, a: "", s, p: p === "1", w: Number(w) };
      if (m !== "-") d.m = m === "1";
      ds.push(Object.freeze(d));
    }
    Object.freeze(ds);
    cache.set(line, ds);
    return ds;
  };
}
