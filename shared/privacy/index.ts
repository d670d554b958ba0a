// Personal numbers in free text: the one masking function that the server's database, logs and exports, the
// extension's IndexedDB and everything the extension sends pass through. Pure (no DOM, no Node).
//
// What is masked (every spelling a clerk or a portal writes):
// - 18-digit 公民身份号码 (GB 11643): 6-digit region, birth date YYYYMMDD, 3-digit sequence, check digit 0-9/X/x;
//   directly after letters too ("ID230502199001011234"), with a space, NBSP, U+3000 or hyphen (any dash, 1–3 of
//   them) after the region, the year and the MMDD ("230502-19900101-1234", "230502 1990 0101 1234"),
//   full-width digits ("２３０５０２…"). → 230502********1234 (region and last four kept, the birth date hidden);
// - 15-digit old-style IDs (region, YYMMDD, 3-digit sequence; issued until 2004) → 230502******123;
// - mainland mobile numbers 1[3-9]x xxxx xxxx, with an optional +86 / 0086 / 86 prefix and the same separators
//   → 138****8000 (prefix kept).
//
// False positives, decided: a number is masked only when its shape says it is one of the above, because what is
// masked is gone for good and rules need dates, amounts, 文号 and case numbers intact.
// - An 18-digit run needs a plausible birth date at positions 7–14 (years 1800–2099, month 01–12, day 01–31); the
//   region is not checked, so a mistyped region is still masked. Runs of 17 or 19+ digits are not IDs.
// - A 15-digit run also needs a province code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81–83) and must not
//   touch a letter or digit: "SQ202611180101001" (a case number starting with a date) survives.
// - A mobile number must not touch a letter, a digit, or a decimal point/thousands comma followed by digits, so
//   hex ids, UUIDs and amounts such as "13800138000.50" survive; an 11-digit integer starting 13–19 written alone
//   in text is read as a mobile number (an amount that large is written with separators or 万/亿).
// - Dates ("20261118", "2026-11-18"), 文号 ("双政办规〔2026〕1号"), landlines ("0469-4222222") never match.
// - In JSON values (maskPersonalDeep) numbers are masked only when their digits form an 18- or 15-digit ID;
//   number-typed amounts are never touched.
//
// Idempotent: a masked number holds "*" where digits were, so masking a masked text changes nothing, and no
// pattern may start right after a "*".

/** Single-character separators inside a grouped number: spaces (incl. NBSP, thin spaces, U+3000) and dashes. */
const SEP = "[ \\u00a0\\u2000-\\u200a\\u202f\\u3000\\-\\u2010-\\u2015\\u2212\\ufe63\\uff0d]{1,3}";
const S = `(?:${SEP})?`;
const MMDD = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";
const PROVINCE = "(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])";

const ID18 = `(?<![\\d*])(?<id18r>\\d{6})${S}(?:18|19|20)\\d\\d${S}${MMDD}${S}(?<id18t>\\d{3}[\\dXx])(?!\\d)`;
const ID15 = `(?<![\\dA-Za-z*])(?<id15r>${PROVINCE}\\d{4})${S}\\d\\d${MMDD}${S}(?<id15t>\\d{3})(?![\\dA-Za-z])`;
const MOBILE = `(?<![\\dA-Za-z*]|\\d[.,])(?<mp>(?:\\+|00)?86${S})?(?<ma>1[3-9]\\d)${S}\\d{4}${S}(?<mt>\\d{4})(?![\\dA-Za-z]|[.,]\\d)`;

/** One scan for all three kinds (at one position an 18-digit ID wins over a 15-digit one and a mobile number). */
const PERSONAL = new RegExp(`${ID18}|${ID15}|${MOBILE}`, "g");
/** Used on a whole number's digits (JSON numbers). */
const WHOLE_ID = /^(?:\d{6}(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}|\d{15})$/;

/** Full-width digits and X: folded 1:1 (same UTF-16 length) before matching. */
const FULL_WIDTH = /[\uff10-\uff19\uff38\uff58]/;
const FULL_WIDTH_G = /[\uff10-\uff19\uff38\uff58]/g;
/** Cheap pre-test, one regex: every maskable number holds a 6-digit run (an ID's region, an unseparated mobile
 * number) or is a mobile number grouped 3-4-4, or has full-width digits, or hides in percent-/+-encoding — dates
 * and times ("2026-11-18 09:30") fail it at once. */
const CANDIDATE = /\d{6}|1[3-9]\d\D{1,3}\d{4}|[\uff10-\uff19]|%[0-9A-Fa-f]{2}|\d\+\d/;
/** A URL part that may hide a number behind percent-encoding or "+" for a space (form encoding). */
const ENCODED = /%[0-9A-Fa-f]{2}|\d\+\d/;
/** A run of the characters a URL part consists of (no delimiter ? & = # / ;, no space, quote or CJK): each is
 * decoded on its own, so text around a URL is never re-encoded. */
const URL_PART = /[\w\-.~%+!*'(),:@]+/g;

/** The shortest text that can hold a maskable number (an 11-digit mobile number); shorter strings skip the scan. */
export const MASK_MIN_LENGTH = 11;

function masked(g: Record<string, string | undefined>): string {
  if (g.id18r !== undefined) return `${g.id18r}********${g.id18t}`;
  if (g.id15r !== undefined) return `${g.id15r}******${g.id15t}`;
  return `${g.mp ?? ""}${g.ma}****${g.mt}`;
}

/**
 * Masks every 身份证号 (18- and 15-digit) and mainland mobile number in a text; everything else is kept as it
 * was (full-width digits outside a masked number stay full-width). Non-strings are returned unchanged.
 */
export function maskPersonalNumbers(s: string): string {
  if (typeof s !== "string" || s.length < MASK_MIN_LENGTH || !CANDIDATE.test(s)) return s;
  const m = maskPlain(s);
  return ENCODED.test(m) ? maskEncodedParts(m) : m;
}

/**
 * Page URLs carry numbers percent-encoded ("sfzh=230502%2019900101%201234", full-width digits as %EF%BC%92 …) or
 * with "+" for spaces: each URL part that holds an escape is decoded, masked, and encoded again when it changed.
 */
function maskEncodedParts(s: string): string {
  return s.replace(URL_PART, (part) => {
    if (!ENCODED.test(part)) return part;
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return part; // not percent-encoding after all
    }
    const m = maskPlain(decoded);
    return m === decoded ? part : encodeURIComponent(m);
  });
}

function maskPlain(s: string): string {
  if (s.length < MASK_MIN_LENGTH) return s;
  const folded = FULL_WIDTH.test(s) ? s.replace(FULL_WIDTH_G, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
  let out = "";
  let last = 0;
  PERSONAL.lastIndex = 0;
  for (let m = PERSONAL.exec(folded); m !== null; m = PERSONAL.exec(folded)) {
    out += s.slice(last, m.index) + masked(m.groups ?? {});
    last = m.index + m[0].length;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** True when the text holds a personal number that maskPersonalNumbers would mask. */
export function containsPersonalNumber(s: string): boolean {
  return maskPersonalNumbers(s) !== s;
}

/**
 * Deep copy of a JSON-like value with every string masked — object keys too — and numbers whose digits form an
 * ID replaced by the masked text. Keys that become equal after masking are kept apart ("…#2"), and a key named
 * "__proto__" stays an own property (never the prototype), so masking loses no entry.
 */
export function maskPersonalDeep<T>(value: T): T {
  return deep(value, 0) as T;
}

function deep(v: unknown, depth: number): unknown {
  if (typeof v === "string") return maskPersonalNumbers(v);
  if (typeof v === "number")
    return Number.isInteger(v) && WHOLE_ID.test(String(v)) ? maskPersonalNumbers(String(v)) : v;
  if (v === null || typeof v !== "object" || depth > 200) return v;
  if (Array.isArray(v)) return v.map((x) => deep(x, depth + 1));
  if (v instanceof Date) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    let key = maskPersonalNumbers(k);
    if (key !== k) for (let n = 2; Object.hasOwn(out, key); n++) key = `${maskPersonalNumbers(k)}#${n}`;
    Object.defineProperty(out, key, {
      value: deep(x, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * A text that may be JSON (a stored facts/evidence/result column): when something must be masked and the text
 * is a JSON object or array, its values and keys are masked and it is serialised again, so masking never breaks
 * the JSON (a number-typed ID becomes a masked string); any other text is masked as text.
 */
export function maskPersonalText(s: string): string {
  const m = maskPersonalNumbers(s);
  if (m === s) return s;
  const c = s.trimStart()[0];
  if (c === "{" || c === "[") {
    try {
      return JSON.stringify(maskPersonalDeep(JSON.parse(s)));
    } catch {
      // not JSON after all: masked as text below
    }
  }
  return m;
}
