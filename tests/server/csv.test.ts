// CSV injection: a cell a spreadsheet could run as a formula is prefixed with ' (also behind blanks a clerk
// cannot see); everything else is written as is, RFC 4180-quoted when needed.
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../server/csv.ts";

const BLANKS: [string, string][] = [
  ["space", " "],
  ["two spaces", "  "],
  ["tab", "\t"],
  ["CR", "\r"],
  ["LF", "\n"],
  ["CRLF", "\r\n"],
  ["NBSP U+00A0", "\u00A0"],
  ["ideographic space U+3000", "\u3000"],
  ["zero-width space U+200B", "\u200B"],
  ["zero-width joiner U+200D", "\u200D"],
  ["word joiner U+2060", "\u2060"],
  ["BOM U+FEFF", "\uFEFF"],
  ["en space U+2002", "\u2002"],
  ["mixed", " \u3000\u200B\n\u00A0"],
];
const TRIGGERS = ["=", "+", "-", "@"];

describe("csvCell defuses formulas", () => {
  const table = [
    ...TRIGGERS.map((t) => ["no blank", `${t}HYPERLINK("http://evil","点我")`] as const),
    ...BLANKS.flatMap(([name, b]) => TRIGGERS.map((t) => [name, `${b}${t}1+cmd|' /C calc'!A0`] as const)),
    ["line break alone", "\n不同意"] as const,
    ["tab alone", "\t不同意"] as const,
  ];
  it.each(table)("%s before a formula: %j → starts with '", (_name, cell) => {
    const out = csvCell(cell);
    // quoted cells start with " then '; unquoted ones with '
    expect(out.startsWith("'") || out.startsWith(`"'`)).toBe(true);
    // and the value itself is kept, only prefixed
    const unquoted = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out;
    expect(unquoted).toBe(`'${cell}`);
  });

  it.each([
    ["plain Chinese", "不同意共享，未说明原因"],
    ["a number", "12345"],
    ["formula character later", "金额=100"],
    ["space then text", " 备注"],
    ["ideographic space then text", "\u3000备注"],
    ["full-width equals", "＝说明"],
    ["empty", ""],
  ])("%s is left alone: %j", (_name, cell) => {
    const out = csvCell(cell);
    expect(out.startsWith("'") || out.startsWith(`"'`)).toBe(false);
  });

  it("quotes cells with commas, quotes and line breaks; rows end with CRLF after a BOM", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("\n=1")).toBe('"\'\n=1"');
    expect(toCsv(["h"], [["=1"], [null]])).toBe("\uFEFFh\r\n'=1\r\n\r\n");
  });
});
