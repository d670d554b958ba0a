// Wire format for queue rows between the content script and the background. Chrome serialises extension
// messages value by value; 5 000 small objects each way cost the portal's main thread more than all our
// rendering (measured: ~200 ms of "Receive mojo message"). One JSON string out and one compact text back cost
// almost nothing to pass.
import type { DeadlineStatus, Facts, RowDeadline } from "./messages.ts";

/** Content → background: the rows' facts as one JSON string. */
export function encodeFacts(rows: Facts[]): string {
  return JSON.stringify(rows);
}

export function decodeFacts(s: string): Facts[] {
  const v = JSON.parse(s) as unknown;
  if (!Array.isArray(v)) throw new Error("rows: expected a JSON array of facts objects");
  return v as Facts[];
}

const STATUS: DeadlineStatus[] = ["ok", "due-soon", "due-today", "overdue"];

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
  const out: RowDeadline[][] = [];
  for (const line of enc.rows.split("\n")) {
    const ds: RowDeadline[] = [];
    if (line)
      for (const part of line.split(";")) {
        const [ri, due, si, p, w, m] = part.split(",");
        const d: RowDeadline = {
          r: enc.rules[Number(ri)],
          d: due,
          a: "",
          s: STATUS[Number(si)],
          p: p === "1",
          w: Number(w),
        };
        if (m !== "-") d.m = m === "1";
        ds.push(d);
      }
    out.push(ds);
  }
  return out;
}
