// Privacy helpers used by the server and the extension: mask 18-digit 身份证号 (公民身份号码, GB 11643) wherever they
// appear, and keep only what rules need. Pure.

/** An 18-character 身份证号 (17 digits + digit/X) not embedded in a longer run of digits/letters. */
const ID_RE = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3})([0-9Xx])(?![0-9A-Za-z])/g;
/** The same with optional spaces between groups (6-8-4 as printed on forms: "230502 19800101 1234"). */
const SPACED_ID_RE = /(?<![0-9A-Za-z])(\d{6})[ \u00a0\u3000](\d{8})[ \u00a0\u3000](\d{3}[0-9Xx])(?![0-9A-Za-z])/g;

/**
 * Masks every 18-digit 身份证号 in a text: keeps the first 6 (region) and last 4 characters, replaces the 8
 * in between with *, e.g. 230502198001011234 → 230502********1234. Full-width digits are folded first.
 */
/** Cheap pre-test: no run of 6 digits (half- or full-width) → nothing to mask. */
const QUICK = /[0-9０-９]{6}/;

export function maskIdNumber(s: string): string {
  if (typeof s !== "string" || s.length < 18 || !QUICK.test(s)) return s;
  let t = s;
  if (/[０-９Ｘｘ]/.test(t)) t = t.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return t
    .replace(ID_RE, (_m, a: string, _b: string, c: string, d: string) => `${a}********${c}${d}`)
    .replace(SPACED_ID_RE, (_m, a: string, _b: string, c: string) => `${a}********${c}`);
}

/** True when the text contains an unmasked 18-digit 身份证号. */
export function containsIdNumber(s: string): boolean {
  ID_RE.lastIndex = 0;
  SPACED_ID_RE.lastIndex = 0;
  return ID_RE.test(s) || SPACED_ID_RE.test(s);
}

/** Deep copy of a facts object (or any JSON value) with every 身份证号 in every string masked. */
export function maskFacts<T>(facts: T): T {
  return maskValue(facts) as T;
}

function maskValue(v: unknown): unknown {
  if (typeof v === "string") return maskIdNumber(v);
  if (Array.isArray(v)) return v.map(maskValue);
  if (v !== null && typeof v === "object") {
    if (v instanceof Date) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = maskValue(x);
    return out;
  }
  return v;
}
