import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  APPROVAL_OUTPUT_FILE,
  APPROVAL_REPAIRS,
  APPROVAL_SOURCE_FILE,
  MERGED_CELLS,
  PAIRING_DECISIONS,
  parseApprovalItems,
  renderApprovalJson,
} from "../../../scripts/parse-approval-items.ts";

const source = readFileSync(APPROVAL_SOURCE_FILE, "utf8");
const lines = source.split("\n");
const compact = (s: string) => s.replace(/\s+/g, "");
const data = parseApprovalItems(source);

describe("双政规〔2017〕7号 annex table parser", () => {
  it("the checked-in JSON is exactly what the parser produces from the source text", () => {
    expect(readFileSync(APPROVAL_OUTPUT_FILE, "utf8")).toBe(renderApprovalJson(data));
  });

  it("integrity: 36 items, 保留 21 / 下放 2 / 暂停实施 8 / 事后备案 5, as the notice says", () => {
    const count = (d: string) => data.rows.filter((r) => r.disposition === d).length;
    expect(data.rows).toHaveLength(36);
    expect(data.rows.map((r) => r.no)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(count("retained")).toBe(21);
    expect(count("delegated")).toBe(2);
    expect(count("suspended")).toBe(8);
    expect(count("post-filing")).toBe(5);
    expect(data.notice).toMatchObject({ reviewed: 36, retained: 21, delegated: 2, suspended: 8, postFiling: 5 });
  });

  it("the status of each row is the one the notes rebuild (Table A1)", () => {
    const byStatus = (d: string) => data.rows.filter((r) => r.disposition === d).map((r) => r.no);
    expect(byStatus("delegated")).toEqual([2, 34]);
    expect(byStatus("suspended")).toEqual([3, 6, 8, 11, 20, 29, 32, 33]);
    expect(byStatus("post-filing")).toEqual([12, 17, 18, 19, 23]);
  });

  it("the merged items (21 → 8) are known only by their totals and are not invented", () => {
    expect(data.notice).toMatchObject({
      mergedFrom: 21,
      mergedInto: 8,
      mergedRetained: 6,
      mergedSuspended: 1,
      mergedRoutineSupervision: 1,
      remainingAfterCleanup: 27,
    });
    expect(data.mergedItems.present).toBe(false);
    // 21 retained + 6 retained merged items = 27 remaining (l.54–56)
    expect(data.notice.retained + data.notice.mergedRetained).toBe(data.notice.remainingAfterCleanup);
  });

  it("every cell value is printed in the annex (after undoing the listed repairs)", () => {
    const table = compact(lines.slice(114, 533).join(""));
    for (const r of data.rows) {
      let name = r.name;
      let authority = r.authority;
      for (const rep of APPROVAL_REPAIRS.filter((x) => x.rows.includes(r.no))) {
        name = name.replace(rep.repaired, rep.printed);
        authority = authority.replace(rep.repaired, rep.printed);
      }
      // rows 24/25 join the shared printed heading 防雷装置设计审核: with their own sub-item text
      for (const part of name.split(/(?<=防雷装置设计审核:)/)) expect(table, `row ${r.no} name`).toContain(part);
      expect(table, `row ${r.no} authority`).toContain(authority);
      expect(table, `row ${r.no} department`).toContain(r.department);
      for (const b of r.basis.split("；")) expect(table, `row ${r.no} basis`).toContain(b);
    }
  });

  describe("OCR repairs (each listed, each checked against the source)", () => {
    for (const rep of APPROVAL_REPAIRS) {
      it(`${rep.id}: '${rep.printed}' is printed at l.${rep.line} and becomes '${rep.repaired}'`, () => {
        const around = compact(lines.slice(rep.line - 1, rep.line + 3).join(""));
        expect(around).toContain(rep.printed);
        for (const no of rep.rows) {
          const row = data.rows.find((r) => r.no === no);
          expect(`${row?.name}|${row?.authority}`).toContain(rep.repaired);
          if (!rep.repaired.includes(rep.printed)) {
            expect(`${row?.name}|${row?.authority}`).not.toContain(rep.printed);
          } else {
            expect([row?.name, row?.authority]).not.toContain(rep.printed);
          }
        }
      });
    }
    it("section-header-glyphs: the repaired header's tallies are the notice's", () => {
      expect(APPROVAL_REPAIRS[0].repaired).toBe("一、清理事项（保留21项、下放2项、暂停实施8项、事后备案5项）");
    });
  });

  it("merged cells copy the printed cell of the named row", () => {
    for (const mc of MERGED_CELLS) {
      const from = data.rows.find((r) => r.no === mc.fromRow);
      for (const no of mc.rows) expect(data.rows.find((r) => r.no === no)?.[mc.column]).toBe(from?.[mc.column]);
    }
    expect(data.rows.find((r) => r.no === 17)?.department).toBe("市水务局");
    expect(data.rows.find((r) => r.no === 25)?.basis).toContain("《气象灾害防御条例》");
  });

  it("pairing decisions: rows 1/2, 13/14 and 15 as documented", () => {
    expect(PAIRING_DECISIONS.map((p) => p.rows)).toEqual([
      [1, 2],
      [13, 14],
      [15, 16],
    ]);
    expect(data.rows[0]).toMatchObject({
      no: 1,
      disposition: "retained",
      name: "建设用地（含临时用地）规划许可证核发",
    });
    expect(data.rows[1]).toMatchObject({ no: 2, disposition: "delegated", name: "乡村建设规划许可证核发" });
    expect(data.rows[12]).toMatchObject({ no: 13, name: "权限内矿产资源采矿许可" });
    expect(data.rows[14]).toMatchObject({ no: 15, name: "临时用地审批" });
  });

  it("keeps the source's own erratum 《中华人民共和国防空法》 verbatim (a citation is not an OCR error)", () => {
    expect(data.rows.find((r) => r.no === 30)?.basis).toContain("《中华人民共和国防空法》");
  });

  it("fails loudly when the source does not say what the table claims", () => {
    // flip row 2's 下放 (l.134) to 保留: the tallies no longer match the notice
    const flipped = [...lines];
    flipped[133] = "保留";
    expect(() => parseApprovalItems(flipped.join("\n"))).toThrow(/found 0 times|tally/);
    // drop the printed row number 36 (l.533)
    const noNumber = [...lines];
    noNumber[532] = "";
    expect(() => parseApprovalItems(noNumber.join("\n"))).toThrow(/row 36 number/);
    // an extra opinion word in the body that no row claims
    const extra = [...lines];
    extra[281] = `${extra[281]} 暂停实施`;
    expect(() => parseApprovalItems(extra.join("\n"))).toThrow(/opinion words in the table/);
  });
});
