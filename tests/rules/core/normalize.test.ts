// Tolerant name matching for table lookups.
import { describe, expect, it } from "vitest";
import { buildNameIndex, CHAR_VARIANTS, editDistance, normalizeName } from "../../../shared/rules/normalize.ts";

describe("normalizeName", () => {
  it("ignores punctuation, whitespace, brackets and width", () => {
    const a = normalizeName("《建设项目 环境影响评价文件》审批");
    expect(normalizeName("建设项目环境影响评价文件审批")).toBe(a);
    expect(normalizeName("建设项目环境影响评价文件（审批）")).toBe(a);
    expect(normalizeName("建设项目环境影响评价文件\u3000审批 ")).toBe(a);
    expect(normalizeName("ＡＢＣ１２３")).toBe("abc123");
  });
  it("folds every listed character variant", () => {
    for (const [from, to] of Object.entries(CHAR_VARIANTS)) expect(normalizeName(`甲${from}乙`)).toBe(`甲${to}乙`);
  });
  it("traditional OCR forms meet their simplified table keys", () => {
    expect(normalizeName("農產品加工轉化率達到")).toBe(normalizeName("农产品加工轉化率达到"));
  });
});

describe("buildNameIndex", () => {
  const rows = [
    { name: "建设项目环境影响评价审批" },
    { name: "建设工程规划许可证核发" },
    { name: "建设用地规划许可证核发" },
    { name: "取水许可" },
  ];
  const idx = buildNameIndex(rows, (r) => r.name);
  it("exact after normalisation", () => {
    expect(idx.lookup("建设项目 环境影响评价 审批")).toBe(rows[0]);
  });
  it("containment (at least 4 characters), unique", () => {
    expect(idx.lookup("环境影响评价")).toBe(rows[0]);
    expect(idx.lookup("关于建设项目环境影响评价审批的申请")).toBe(rows[0]);
  });
  it("ambiguous containment gives nothing rather than a guess", () => {
    expect(idx.lookup("规划许可证核发")).toBeUndefined();
  });
  it("short fragments do not match by containment", () => {
    expect(idx.lookup("审批")).toBeUndefined();
  });
  it("OCR slips: one doubled or dropped character", () => {
    expect(idx.lookup("建设工程规划许可证证核发")).toBe(rows[1]);
    expect(idx.lookup("取水许")).toBeUndefined(); // 3 chars: too short to be told apart safely
    expect(idx.lookup("取水许可可")).toBe(rows[3]);
  });
  it("unrelated names do not match", () => {
    expect(idx.lookup("采矿许可证延续")).toBeUndefined();
  });
  it("editDistance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("abcdef", "x", 2)).toBe(3);
  });
});
