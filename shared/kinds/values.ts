// Normalisation of values as they arrive from portals: Chinese labels (有条件共享, 不同意, 是/否), full-width digits,
// and the many ways clerks and 2008-era pages write dates. Pure: no DOM, no Node APIs.

/** Full-width ASCII (！-～) → half-width, ideographic space → space. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

/** Trim, half-width, collapse inner whitespace (incl. &nbsp; U+00A0) to nothing: used for enum/boolean matching. */
export function compactToken(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0\u200b]+/g, "")
    .toLowerCase();
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; expected: string };

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[m - 1];
}

const DATE_EXPECTED =
  "a date or date-time such as 2026-09-30, 2026-09-30T15:00:00+08:00, 2026/9/30, 2026-09-30 15:20 or 2026年9月30日 15时20分";

// y-m-d with - / . or 年月日 separators, optional time hh:mm[:ss] or h时m分[s秒], optional offset Z / ±hh:mm.
const DATE_RE =
  /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:(?:\s*T\s*|\s+|\s*)(\d{1,2})\s*(?::|时|點|点)\s*(\d{1,2})\s*(?:分)?\s*(?:(?::)?\s*(\d{1,2})(?:\.\d+)?\s*秒?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Parses a date or date-time. A bare day stays a day ("YYYY-MM-DD"); a date-time becomes an instant written in
 * Beijing time ("YYYY-MM-DDTHH:MM:SS+08:00"). Input without an offset is read as Beijing time; input with an
 * offset is converted to +08:00. Everything we emit has the same shape, so instants compare as strings.
 */
export function parseDateValue(v: unknown): ParseResult<string> {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { ok: false, expected: DATE_EXPECTED };
    return { ok: true, value: instantToBeijing(v.getTime()) };
  }
  if (typeof v !== "string") return { ok: false, expected: DATE_EXPECTED };
  const s = toHalfWidth(v)
    .replace(/\u00a0/g, " ")
    .trim();
  const m = DATE_RE.exec(s);
  if (!m) return { ok: false, expected: DATE_EXPECTED };
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (!validDay(y, mo, d)) return { ok: false, expected: DATE_EXPECTED };
  if (m[4] === undefined) return { ok: true, value: `${y}-${pad2(mo)}-${pad2(d)}` };
  const h = +m[4];
  const mi = +m[5];
  const se = m[6] === undefined ? 0 : +m[6];
  if (h > 24 || mi > 59 || se > 59 || (h === 24 && (mi > 0 || se > 0))) return { ok: false, expected: DATE_EXPECTED };
  let offsetMin = 8 * 60;
  if (m[7] !== undefined) {
    const off = m[7].toUpperCase();
    if (off === "Z") offsetMin = 0;
    else {
      const sign = off[0] === "-" ? -1 : 1;
      const digits = off.slice(1).replace(":", "");
      offsetMin = sign * (+digits.slice(0, 2) * 60 + +digits.slice(2, 4));
    }
  }
  const utc = Date.UTC(y, mo - 1, d, h, mi, se) - offsetMin * 60_000;
  return { ok: true, value: instantToBeijing(utc) };
}

/** Epoch milliseconds → "YYYY-MM-DDTHH:MM:SS+08:00". */
export function instantToBeijing(ms: number): string {
  const t = new Date(ms + 8 * 3_600_000);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}T${pad2(t.getUTCHours())}:${pad2(
    t.getUTCMinutes(),
  )}:${pad2(t.getUTCSeconds())}+08:00`;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "是", "有", "已", "对", "√", "✓"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "否", "无", "没有", "未", "不是", "×", "✗"]);

export function parseBooleanValue(v: unknown): ParseResult<boolean> {
  if (typeof v === "boolean") return { ok: true, value: v };
  if (v === 1 || v === 0) return { ok: true, value: v === 1 };
  if (typeof v === "string") {
    const t = compactToken(v);
    if (TRUE_WORDS.has(t)) return { ok: true, value: true };
    if (FALSE_WORDS.has(t)) return { ok: true, value: false };
  }
  return { ok: false, expected: "a boolean: true/false or 是/否 (有/无)" };
}

/** Numbers, numeric strings with thousands separators, full-width digits, a trailing 元/个月/月/人 unit. */
export function parseNumberValue(v: unknown): ParseResult<number> {
  if (typeof v === "number" && Number.isFinite(v)) return { ok: true, value: v };
  if (typeof v === "string") {
    const t = toHalfWidth(v)
      .replace(/[\s,\u00a0]/g, "")
      .replace(/(元|万元|个月|月|人|次|年|天|日|%)$/, "");
    if (/^-?\d+(\.\d+)?$/.test(t)) {
      const n = Number(t);
      return { ok: true, value: v.trim().endsWith("万元") ? n * 10_000 : n };
    }
  }
  return { ok: false, expected: "a number (e.g. 1200 or 1,200.50元)" };
}

export function parseTextValue(v: unknown): ParseResult<string> {
  // (no-break spaces are rare: test before running the regex)
  if (typeof v === "string") return { ok: true, value: (v.includes("\u00a0") ? v.replace(/\u00a0/g, " ") : v).trim() };
  if (typeof v === "number" && Number.isFinite(v)) return { ok: true, value: String(v) };
  return { ok: false, expected: "text" };
}

/** A list given as an array or as one string separated by 、 ， , ； ; / or new lines. */
export function parseListValue(v: unknown): ParseResult<string[]> {
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const x of v) {
      const t = parseTextValue(x);
      if (!t.ok) return { ok: false, expected: "a list of text values" };
      if (t.value !== "") out.push(t.value);
    }
    return { ok: true, value: out };
  }
  if (typeof v === "string")
    return {
      ok: true,
      value: v
        .split(/[、，,；;/\n]+/)
        .map((x) => x.replace(/\u00a0/g, " ").trim())
        .filter((x) => x !== ""),
    };
  return { ok: false, expected: "a list (array, or text separated by 、 or ，)" };
}
