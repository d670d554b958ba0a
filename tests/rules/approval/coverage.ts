// Rule coverage for the table-pack tests: every check, hint, deadline, no-match finding and calculator outcome of
// a pack must fire in at least one evaluated case and stay silent in at least one other case of the same kind.
import type { EvaluationResult } from "../../../shared/evaluate/index.ts";
import type { RulePack } from "../../../shared/rules/schema.ts";

export interface Coverage {
  record(r: EvaluationResult): EvaluationResult;
  /** keys that never fired, and keys that fired in every case of their kind */
  gaps(): { neverFired: string[]; neverSilent: string[] };
}

export function trackCoverage(packs: RulePack[]): Coverage {
  const expected = new Map<string, string>(); // key → kind
  for (const p of packs) {
    for (const r of p.rules) {
      for (const c of r.checks ?? []) expected.set(`${r.id}/${c.id}`, r.kind);
      if (r.hint) expected.set(`${r.id}/hint`, r.kind);
      if (r.deadline) expected.set(`${r.id}/deadline`, r.kind);
      if (r.bind?.onMissing) expected.set(`${r.id}/no-match`, r.kind);
    }
    for (const c of (p.calculators ?? []) as { id: string; kind: string; exclusions?: { id: string }[] }[]) {
      expected.set(`${c.id}/ok`, c.kind);
      for (const e of c.exclusions ?? []) expected.set(`${c.id}/${e.id}`, c.kind);
    }
  }
  const fired = new Set<string>();
  const silent = new Set<string>();
  return {
    record(r) {
      const keys = new Set<string>();
      for (const f of r.findings) keys.add(`${f.ruleId}/${f.checkId}`);
      for (const d of r.deadlines) keys.add(`${d.ruleId}/deadline`);
      for (const c of r.calculations ?? []) if (c.status === "ok") keys.add(`${c.calculatorId}/ok`);
      for (const [k, kind] of expected) {
        if (kind !== r.kind) continue;
        if (keys.has(k)) fired.add(k);
        else silent.add(k);
      }
      return r;
    },
    gaps() {
      const all = [...expected.keys()];
      return { neverFired: all.filter((k) => !fired.has(k)), neverSilent: all.filter((k) => !silent.has(k)) };
    },
  };
}
