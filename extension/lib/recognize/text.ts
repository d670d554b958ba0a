// Text helpers for what legacy portals put in cells: &nbsp;, full-width colons and spaces, required-field stars.
import { toHalfWidth } from "../../../shared/kinds/values.ts";

/** Cell text as shown: &nbsp; and runs of whitespace → one space, trimmed. */
export function cleanText(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b]+/g, " ").trim();
}

/**
 * A label as a lookup key: half-width, no whitespace (收&nbsp;件&nbsp;日&nbsp;期 → 收件日期), no trailing colon,
 * no required-field star or brackets around it.
 */
export function labelKey(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0\u3000\u200b]+/g, "")
    .replace(/^[*＊※【[(（]+/, "")
    .replace(/[*＊※】\])）]+$/, "")
    .replace(/[:：]+$/, "")
    .replace(/^[*＊]+/, "");
}

/** True when raw label text ends with a colon (a label whose field we do not know). */
export function looksLikeLabel(s: string): boolean {
  return /[:：]\s*$/.test(s.replace(/\u00a0/g, " "));
}
