// Hand-written checks for the common, well-formed bodies of the two hot public endpoints (POST /api/evaluate,
// POST /api/deadlines). Each returns exactly what the endpoint's zod schema would return for the value, or
// undefined when the body is anything else (an error, or a rarer shape such as pauses or a fixed date) — zod then
// decides and builds the 400 naming the field. They must never accept what zod refuses:
// tests/server/fast-path.test.ts runs both on the same bodies and compares.
import type { z } from "zod";
import { CUTOFF_RE, type DeadlineRequestSchema, type EvaluateRequestSchema, INSTANT_RE } from "./schemas.ts";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** `text(max)` in schemas.ts: trimmed, 1…max characters. */
function text(v: unknown, max: number): string | undefined {
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? t : undefined;
}

const instant = (v: unknown): v is string => typeof v === "string" && INSTANT_RE.test(v);

/** Facts: a plain object whose keys have at most 100 characters (zod copies it key by key; so do we). */
function facts(v: unknown): Json | undefined {
  if (!isObject(v)) return undefined;
  const out: Json = {};
  for (const k of Object.keys(v)) {
    if (k.length > 100 || k === "__proto__") return undefined;
    out[k] = v[k];
  }
  return out;
}

/** EvaluateRequestSchema: `{ kind, facts, now? }` (other keys dropped, as zod does). */
export function evaluateRequestPrecheck(v: unknown): z.output<typeof EvaluateRequestSchema> | undefined {
  if (!isObject(v)) return undefined;
  const kind = text(v.kind, 64);
  if (kind === undefined) return undefined;
  const f = facts(v.facts);
  if (f === undefined) return undefined;
  const now = v.now;
  if (now === undefined) return { kind, facts: f };
  return instant(now) ? { kind, facts: f, now } : undefined;
}

const PERIOD_UNITS = new Set(["workday", "day", "month", "year"]);
const DEADLINE_KEYS = new Set(["start", "period", "ruleId", "cutoff", "now"]);

/**
 * DeadlineRequestSchema for `{ start, period: { unit: workday|day|month|year, amount } | ruleId, cutoff?, now? }`;
 * bodies with pauses, extensions, a fixed date or any other key go to zod.
 */
export function deadlineRequestPrecheck(v: unknown): z.output<typeof DeadlineRequestSchema> | undefined {
  if (!isObject(v)) return undefined;
  for (const k of Object.keys(v)) if (!DEADLINE_KEYS.has(k)) return undefined;
  const { start, period, ruleId, cutoff, now } = v;
  if (!instant(start)) return undefined;
  if (cutoff !== undefined && !(typeof cutoff === "string" && CUTOFF_RE.test(cutoff))) return undefined;
  if (now !== undefined && !instant(now)) return undefined;
  const out: z.output<typeof DeadlineRequestSchema> = { start };
  if (period !== undefined) {
    if (ruleId !== undefined || !isObject(period)) return undefined;
    const { unit, amount } = period;
    if (typeof unit !== "string" || !PERIOD_UNITS.has(unit)) return undefined;
    if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 0 || amount > 3650) return undefined;
    out.period = { unit: unit as "workday" | "day" | "month" | "year", amount };
  } else {
    const id = text(ruleId, 200);
    if (id === undefined) return undefined;
    out.ruleId = id;
  }
  if (cutoff !== undefined) out.cutoff = cutoff as string;
  if (now !== undefined) out.now = now as string;
  return out;
}
