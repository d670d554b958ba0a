// CSV that Excel opens cleanly with Chinese text: UTF-8 BOM, CRLF line ends, RFC 4180 quoting, and cells
// that start like a formula (= + - @) prefixed with ' so a note cannot run as a formula (CSV injection). Every
// cell passes the personal-number masking first (shared/privacy): an export never carries a 身份证号 in clear.
import { maskPersonalDeep } from "../shared/privacy/index.ts";

export const CSV_BOM = "\uFEFF";

export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((r) => r.map((v) => csvCell(maskPersonalDeep(v))).join(","));
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}
