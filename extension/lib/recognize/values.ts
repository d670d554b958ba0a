// Cell text → fact value, by the field's type. Dates become ISO (day, or +08:00 instant); enum values become the
// portal alias they contain (normalised later by shared/kinds); booleans accept the phrases portals print
// (已提交, 开放中, 否 …). Unreadable values are kept as text so the evaluator can name the field at fault.
import type { FieldDef } from "../../../shared/kinds/index.ts";
import { compactToken, parseDateValue, parseListValue, toHalfWidth } from "../../../shared/kinds/values.ts";
import { maskPersonalNumbers } from "../privacy.ts";
import { cleanText } from "./text.ts";

export type FactValue = string | boolean | string[];

const DATE_IN_TEXT =
  /\d{4}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}\s*日?(?:(?:\s*T\s*|\s+|\s*)\d{1,2}\s*(?::|时|点)\s*\d{1,2}\s*分?(?:\s*:?\s*\d{1,2}\s*秒?)?)?/;

// The common shape "YYYY-MM-DD[ HH:MM[:SS]]" read by character codes (the queue reads thousands of them); anything
// else goes to the full parser of shared/kinds.
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(t: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function fastDate(text: string): string | undefined {
  const t = text.trim();
  const len = t.length;
  if ((len !== 10 && len !== 16 && len !== 19) || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return undefined;
  const y = digits(t, 0, 4);
  const mo = digits(t, 5, 2);
  const d = digits(t, 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH[mo - 1]) return undefined;
  if (mo === 2 && d === 29) return undefined; // leap years: leave to the full parser
  const day = t.slice(0, 10);
  if (len === 10) return day;
  const sep = t.charCodeAt(10);
  if ((sep !== 32 && sep !== 84) || t.charCodeAt(13) !== 58) return undefined;
  const h = digits(t, 11, 2);
  const mi = digits(t, 14, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  let sec = "00";
  if (len === 19) {
    const se = digits(t, 17, 2);
    if (t.charCodeAt(16) !== 58 || se < 0 || se > 59) return undefined;
    sec = t.slice(17, 19);
  }
  return `${day}T${t.slice(11, 16)}:${sec}+08:00`;
}

// Spellings the shared parser does not take, rewritten to one it does (see respell):
// "20261118" / "20261118 102533" / "20261118102533" (back ends that store yyyyMMdd and print it as is);
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/;
// "二〇二六年十一月十八日" (the way official documents write dates);
const CN_DATE_RE =
  /^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const CN_DIGITS: Record<string, number> = {
  〇: 0,
  "○": 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
// "2026/11/18 下午 3:20:00", "2026-11-18 上午10:05" (12-hour clocks of Windows and .NET zh-CN formats).
const HALF_DAY_RE = /(上午|中午|下午|晚上)\s*(\d{1,2})(\s*[:：时点])/;

/** 十一 → 11, 十八 → 18, 二十 → 20, 三十一 → 31, 九 → 9. */
function cnSmallNumber(s: string): number {
  const i = s.indexOf("十");
  if (i < 0) return CN_DIGITS[s] ?? Number.NaN;
  const tens = i === 0 ? 1 : (CN_DIGITS[s.slice(0, i)] ?? Number.NaN);
  const ones = i === s.length - 1 ? 0 : (CN_DIGITS[s.slice(i + 1)] ?? Number.NaN);
  return tens * 10 + ones;
}

/** A date spelling the shared parser does not read, rewritten as one it does; undefined when there is none. */
function respell(t: string): string | undefined {
  const h = toHalfWidth(t).trim();
  const c = COMPACT_RE.exec(h);
  if (c) return `${c[1]}-${c[2]}-${c[3]}${c[4] ? ` ${c[4]}:${c[5]}${c[6] ? `:${c[6]}` : ""}` : ""}`;
  const n = CN_DATE_RE.exec(h);
  if (n) {
    const y = [...n[1]].map((d) => CN_DIGITS[d]).join("");
    return `${y}-${cnSmallNumber(n[2])}-${cnSmallNumber(n[3])}`;
  }
  const m = HALF_DAY_RE.exec(h);
  if (m) {
    const hour = Number(m[2]);
    const pm = (m[1] === "下午" || m[1] === "晚上") && hour < 12;
    return h.replace(HALF_DAY_RE, ` ${pm ? hour + 12 : hour}$3`).replace(/\s+/g, " ");
  }
  return undefined;
}

/**
 * Cell text → ISO day ("2026-11-18") or Beijing instant ("2026-11-18T10:25:33+08:00"). Reads what portals print:
 * 2026-11-18 10:25:33, 2026/11/18, 2026.11.18, 2026年11月18日 9时05分, full-width digits (２０２６－１１－１８),
 * 20261118, 二〇二六年十一月十八日, 上午/下午 clocks, and a date inside other text (2026年11月18日 星期三).
 */
export function toDate(text: string): string {
  const f = fastDate(text);
  if (f !== undefined) return f;
  const t = cleanText(text);
  if (t === "") return "";
  const p = parseDateValue(t);
  if (p.ok) return p.value;
  const r = respell(t);
  if (r !== undefined) {
    const q = parseDateValue(r);
    if (q.ok) return q.value;
  }
  const m = DATE_IN_TEXT.exec(toHalfWidth(t).replace(/\u00a0/g, " "));
  if (m) {
    const q = parseDateValue(m[0]);
    if (q.ok) return q.value;
  }
  return t; // kept as printed: the evaluator reports what it expected
}

// Negative phrases are checked first: 已中止开放 contains 开放, 未提交 contains 提交.
const FALSE_RE =
  /^(否|无|没有|未|不是|false|no|n|0)$|未提交|未编制|未编目|未梳理|无证据|没有|已中止|中止开放|已暂停|暂停开放|已撤回|已关闭|已下线|不开放|^×/i;
const TRUE_RE = /^(是|有|已|对|true|yes|y|1)$|已提交|已上传|已编制|已编目|已梳理|开放中|正在开放|已开放|^√/i;

export function toBoolean(text: string): boolean | string {
  const t = compactToken(text);
  if (t === "") return "";
  if (FALSE_RE.test(t)) return false;
  if (TRUE_RE.test(t)) return true;
  return cleanText(text);
}

const enumAliasCache = new WeakMap<FieldDef, { key: string; alias: string }[]>();

function aliasesOf(def: FieldDef): { key: string; alias: string }[] {
  let a = enumAliasCache.get(def);
  if (!a) {
    a = [];
    for (const [canon, names] of Object.entries(def.values ?? {})) {
      a.push({ key: compactToken(canon), alias: canon });
      for (const n of names) a.push({ key: compactToken(n), alias: n });
    }
    a.sort((x, y) => y.key.length - x.key.length); // longest first: 不同意 before 同意
    enumAliasCache.set(def, a);
  }
  return a;
}

/** The alias printed in the cell (exact, else the longest alias the text contains), or the text itself. */
export function toEnum(text: string, def: FieldDef): string {
  const t = compactToken(text);
  if (t === "") return "";
  const list = aliasesOf(def);
  for (const a of list) if (a.key === t) return a.alias;
  for (const a of list) if (a.key.length >= 2 && t.includes(a.key)) return a.alias;
  return maskPersonalNumbers(cleanText(text));
}

export function toFact(text: string, def: FieldDef): FactValue {
  switch (def.type) {
    case "date":
      return toDate(text);
    case "boolean":
      return toBoolean(text);
    case "enum":
      return toEnum(text, def);
    case "list": {
      const p = parseListValue(cleanText(text));
      return p.ok ? p.value.map(maskPersonalNumbers) : [];
    }
    case "number":
      return cleanText(text).replace(/^第|号$/g, "");
    default:
      return maskPersonalNumbers(cleanText(text));
  }
}

/** The canonical enum value for a printed alias (有条件共享 → conditional), or undefined. */
export function enumCanonical(text: string, def: FieldDef): string | undefined {
  const t = compactToken(text);
  for (const [canon, names] of Object.entries(def.values ?? {})) {
    if (compactToken(canon) === t) return canon;
    for (const n of names) if (compactToken(n) === t) return canon;
  }
  return undefined;
}
