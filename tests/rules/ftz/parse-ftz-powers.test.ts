import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FTZ_OUTPUT_FILE,
  FTZ_REPAIRS,
  FTZ_SOURCE_FILE,
  parseFtzPowers,
  renderFtzJson,
} from "../../../scripts/parse-ftz-powers.ts";

const source = readFileSync(FTZ_SOURCE_FILE, "utf8");
const lines = source.split("\n");
const data = parseFtzPowers(source);

const tally = (key: "department" | "powerType") =>
  data.rows.reduce<Record<string, number>>((acc, r) => {
    acc[r[key]] = (acc[r[key]] ?? 0) + 1;
    return acc;
  }, {});

describe("牡政办规〔2022〕4号 FTZ powers list parser", () => {
  it("the checked-in JSON is exactly what the parser produces from the source text", () => {
    expect(readFileSync(FTZ_OUTPUT_FILE, "utf8")).toBe(renderFtzJson(data));
  });

  it("integrity: 34 powers, numbered 1–34, all delegated to 绥芬河自贸片区", () => {
    expect(data.rows).toHaveLength(34);
    expect(data.rows.map((r) => r.no)).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
    expect(new Set(data.rows.map((r) => r.delegatedTo))).toEqual(new Set(["绥芬河自贸片区"]));
  });

  it("tallies by delegating department and by power type", () => {
    expect(tally("department")).toEqual({
      牡丹江市金融服务局: 14,
      中共牡丹江市委统一战线工作部: 2,
      牡丹江市文化广电和旅游局: 4,
      牡丹江市司法局: 9,
      牡丹江市水务局: 1,
      牡丹江市交通运输局: 4,
    });
    expect(tally("powerType")).toEqual({ 行政许可: 16, 行政处罚: 13, 行政强制: 1, 其他: 1, 行政奖励: 2, 行政裁决: 1 });
  });

  it("every row is the printed line it claims, cell for cell", () => {
    for (const r of data.rows) {
      const cells = lines[r.line - 1].split("\t").map((c) => c.trim());
      expect(Number(cells[0])).toBe(r.no);
      expect(cells[1].replace(/^<p>|<\/p>$/g, "")).toBe(r.nameAsPrinted);
      expect(cells[2]).toBe(r.department);
      expect(cells[3]).toBe(r.powerType);
    }
  });

  describe("repairs (each listed, each checked against the source)", () => {
    it("running-header: 市政府办公室文件 sits inside the table twice and yields no row", () => {
      const inTable = lines.slice(1648, 1690).filter((l) => l.trim() === "市政府办公室文件");
      expect(inTable).toHaveLength(2);
      expect(data.rows.some((r) => r.name.includes("市政府办公室文件"))).toBe(false);
    });
    it("html-paragraph-tags: rows 21–25 are printed inside <p>…</p> and stored without them", () => {
      for (const no of [21, 22, 23, 24, 25]) {
        const r = data.rows[no - 1];
        expect(lines[r.line - 1]).toContain("<p>");
        expect(r.name).not.toMatch(/<\/?p>/);
      }
    });
    it("catalogue suffixes —1/—2 are printed on rows 28/29 and dropped from the name only", () => {
      for (const rep of FTZ_REPAIRS.filter((x) => x.kind === "strip-suffix")) {
        const r = data.rows[rep.rows[0] - 1];
        expect(lines[r.line - 1]).toContain(rep.printed);
        expect(r.nameAsPrinted).toBe(rep.printed);
        expect(r.name).toBe(rep.repaired);
      }
    });
  });

  it("fails loudly on a damaged table", () => {
    const dropped = lines.filter((_, i) => i !== data.rows[9].line - 1);
    expect(() => parseFtzPowers(dropped.join("\n"))).toThrow(/row number 11, expected 10/);
    const garbled = [...lines];
    garbled[data.rows[4].line - 1] = "小额贷款公司变更住所的许可 牡丹江市金融服务局";
    expect(() => parseFtzPowers(garbled.join("\n"))).toThrow(/expected a table row/);
  });
});
