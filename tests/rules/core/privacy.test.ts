// 身份证号 masking (first 6 and last 4 kept).
import { describe, expect, it } from "vitest";
import { containsIdNumber, maskFacts, maskIdNumber } from "../../../shared/privacy/index.ts";

describe("maskIdNumber", () => {
  it("keeps the first 6 and last 4", () => {
    expect(maskIdNumber("230502198001011234")).toBe("230502********1234");
    expect(maskIdNumber("23050219800101123X")).toBe("230502********123X");
  });
  it("masks inside text, several times, full-width digits and spaced groups too", () => {
    expect(maskIdNumber("申请人张三，身份证号230502198001011234，联系人李四 23050219900202567x。")).toBe(
      "申请人张三，身份证号230502********1234，联系人李四 230502********567x。",
    );
    expect(maskIdNumber("２３０５０２１９８００１０１１２３４")).toBe("230502********1234");
    expect(maskIdNumber("230502 19800101 1234")).toBe("230502********1234");
  });
  it("leaves other numbers alone", () => {
    for (const s of ["12345678901234567", "1234567890123456789", "91230500MA1B2C3D4E", "电话 0469-4222222"])
      expect(maskIdNumber(s)).toBe(s);
  });
  it("containsIdNumber", () => {
    expect(containsIdNumber("x230502198001011234")).toBe(false);
    expect(containsIdNumber("号码：230502198001011234")).toBe(true);
    expect(containsIdNumber(maskIdNumber("号码：230502198001011234"))).toBe(false);
  });
});

describe("maskFacts", () => {
  it("masks deep strings and leaves other values", () => {
    const facts = {
      idNumber: "230502198001011234",
      note: ["见230502198001011234"],
      n: 5,
      nested: { a: "230502198001011234" },
    };
    expect(maskFacts(facts)).toEqual({
      idNumber: "230502********1234",
      note: ["见230502********1234"],
      n: 5,
      nested: { a: "230502********1234" },
    });
    expect(facts.idNumber).toBe("230502198001011234"); // a copy, not in place
  });
});
