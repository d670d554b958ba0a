// CSV that Excel opens cleanly with Chinese text: UTF-8 BOM, CRLF line ends, RFC 4180 quoting, and cells
// that start like a formula (= + - @) prefixed with ' so a note cannot run as a formula (CSV injection). Every
// cell passes the personal-number masking first (shared/privacy): an export never carries a 身份证号 in clear.
import { maskPersonalDeep } from "../shared/privacy/index.ts";

export const CSV_BOM = "\uFEFF";

/**
 * A cell a spreadsheet could run as a formula: one starting with a tab or a line break, or with = + - @ after
 * any leading blanks. Blanks are what spreadsheets skip before a formula or what a clerk cannot see: every
 * Unicode space (\s: space, tab, line breaks, NBSP, U+3000 ideographic space, U+2000–U+200A, U+FEFF …) and the
 * zero-width characters \s does not cover (U+200B–U+200D, U+2060, U+180E).
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u200B-\u200D\u2060\u180E]*[=+\-@])/;

export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((r) => r.map((v) => csvCell(maskPersonalDeep(v))).join(","));
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}
