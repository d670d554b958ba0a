// Personal-number masking (shared/privacy): every spelling of a 身份证号 and a mobile number is masked, the
// numbers rules need survive, and masking is idempotent.
import { describe, expect, it } from "vitest";
import {
  containsPersonalNumber,
  MASK_MIN_LENGTH,
  maskPersonalDeep,
  maskPersonalNumbers,
  maskPersonalText,
} from "../../../shared/privacy/index.ts";

const MASKED: [string, string, string][] = [
  ["18 digits", "230502199001011234", "230502********1234"],
  ["check digit X", "23050219900101123X", "230502********123X"],
  ["lower-case x", "23050219900101123x", "230502********123x"],
  ["in Chinese text", "申请人张三，身份证号230502199001011234，男", "申请人张三，身份证号230502********1234，男"],
  ["directly after letters", "ID230502199001011234", "ID230502********1234"],
  ["directly after letters, x", "idno23050219900101123x;", "idno230502********123x;"],
  ["hyphens 6-8-4", "230502-19900101-1234", "230502********1234"],
  ["spaces 6-8-4", "230502 19900101 1234", "230502********1234"],
  ["spaces 6-4-4-4", "230502 1990 0101 1234", "230502********1234"],
  ["U+3000 and NBSP", "230502\u300019900101\u00a01234", "230502********1234"],
  ["full-width dash", "230502－19900101－1234", "230502********1234"],
  ["spaced hyphen", "230502 - 19900101 - 1234", "230502********1234"],
  ["full-width digits", "２３０５０２１９９００１０１１２３４", "230502********1234"],
  ["full-width with Ｘ", "身份证：２３０５０２１９９００１０１１２３Ｘ", "身份证：230502********123X"],
  [
    "in a URL query",
    "https://p.gov.cn/a?sfzh=230502199001011234&t=1",
    "https://p.gov.cn/a?sfzh=230502********1234&t=1",
  ],
  ["URL path", "/detail/230502199001011234/view", "/detail/230502********1234/view"],
  ["twice", "230502199001011234、230502198002029876", "230502********1234、230502********9876"],
  ["15-digit old ID", "230502900101123", "230502******123"],
  ["15-digit in text", "旧证号 230502900101123。", "旧证号 230502******123。"],
  ["15-digit spaced", "230502 900101 123", "230502******123"],
  ["mobile", "电话13800138000", "电话138****8000"],
  ["mobile 3-4-4 spaces", "电话 138 0013 8000", "电话 138****8000"],
  ["mobile 3-4-4 hyphens", "138-0013-8000", "138****8000"],
  ["mobile +86", "+8613800138000", "+86138****8000"],
  ["mobile +86 spaced", "+86 138 0013 8000", "+86 138****8000"],
  ["mobile full-width", "１３８００１３８０００", "138****8000"],
  ["mobile in a note", "已电话联系申请人（19912345678），补正材料", "已电话联系申请人（199****5678），补正材料"],
  ["mobile in JSON text", '{"tel":"13800138000"}', '{"tel":"138****8000"}'],
  ["URL, %20-separated", "/d?sfzh=230502%2019900101%201234&x=1", "/d?sfzh=230502********1234&x=1"],
  ["URL, +-separated", "/d?sfzh=230502+19900101+1234", "/d?sfzh=230502********1234"],
  [
    "URL, full-width percent-encoded",
    "/d?id=%EF%BC%92%EF%BC%93%EF%BC%90%EF%BC%95%EF%BC%90%EF%BC%92%EF%BC%91%EF%BC%99%EF%BC%99%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%90%EF%BC%91%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94",
    "/d?id=230502********1234",
  ],
  ["URL in a note", "见 https://p/d?tel=139%208765%204321 “已联系”", "见 https://p/d?tel=139****4321 “已联系”"],
];

const KEPT: [string, string][] = [
  ["a date", "20261118"],
  ["an ISO date", "2026-11-18"],
  ["an instant", "2026-11-18T09:30:00+08:00"],
  ["a date range", "2026-11-18至2026-12-01"],
  ["an amount", "金额 138000.50 元"],
  ["a large amount with decimals", "13800138000.50"],
  ["an amount with separators", "13,800,138,000"],
  ["a 文号", "双政办规〔2026〕1号 第二十七条"],
  ["a court case number", "（2026）黑0502行初12号"],
  ["a case number starting with a date", "SQ202611180101001"],
  ["a long serial number", "流水号 1234567890123456789"],
  ["17 digits", "12345678901234567"],
  ["18 digits without a birth date", "202611181234567890"],
  ["a social credit code", "统一社会信用代码 91230500MA1B2C3D4E"],
  ["a landline", "电话 0469-4222222"],
  ["a UUID", "a1b2c3d4-1380-0138-0001-abcdefabcdef"],
  ["a sha256 hex", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  ["12 digits", "138001380001"],
  ["10 digits", "1380013800"],
  ["a full-width article number", "第１２条"],
  ["a masked ID", "230502********1234"],
  ["a masked mobile", "138****8000"],
  ["a percentage in text", "增长 50%以上 2026年"],
  ["an encoded URL without a number", "/s?q=%E5%85%AC%E5%85%B1%E6%95%B0%E6%8D%AE&page=12345"],
];

describe("maskPersonalNumbers: every spelling", () => {
  it.each(MASKED)("%s", (_what, input, expected) => {
    expect(maskPersonalNumbers(input)).toBe(expected);
    expect(containsPersonalNumber(input)).toBe(true);
    expect(containsPersonalNumber(expected)).toBe(false);
  });
});

describe("maskPersonalNumbers: what rules need survives", () => {
  it.each(KEPT)("%s", (_what, input) => {
    expect(maskPersonalNumbers(input)).toBe(input);
  });

  it("full-width digits outside a masked number stay as they were", () => {
    expect(maskPersonalNumbers("第１２条 ２３０５０２１９９００１０１１２３４")).toBe("第１２条 230502********1234");
  });

  it("texts shorter than the shortest maskable number are returned as they are", () => {
    expect(MASK_MIN_LENGTH).toBe(11);
    expect(maskPersonalNumbers("1380013800")).toBe("1380013800");
  });
});

/** Small seeded PRNG (mulberry32), so a failing case can be reproduced. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("masking is idempotent and leaves no clear number (property, 5 000 random texts)", () => {
  const fragments = [
    ...MASKED.map((m) => m[1]),
    ...KEPT.map((k) => k[1]),
    "1",
    "12",
    "138",
    "0",
    "X",
    "x",
    "ID",
    " ",
    "-",
    "－",
    "\u3000",
    "*",
    "，",
    "号",
    ".",
    ",",
    "+86",
    "２",
  ];
  it("mask(mask(s)) = mask(s), and nothing maskable is left after one pass", () => {
    const r = rng(20261118);
    for (let i = 0; i < 5000; i++) {
      let s = "";
      const n = 1 + Math.floor(r() * 6);
      for (let j = 0; j < n; j++) s += fragments[Math.floor(r() * fragments.length)];
      const once = maskPersonalNumbers(s);
      expect(maskPersonalNumbers(once), JSON.stringify(s)).toBe(once);
      expect(containsPersonalNumber(once), JSON.stringify(s)).toBe(false);
    }
  });
});

describe("maskPersonalDeep and maskPersonalText", () => {
  it("masks strings and keys at every depth, numbers only when they are an ID, and copies", () => {
    const input = {
      idNumber: "230502199001011234",
      note: ["见230502199001011234", "电话13800138000"],
      n: 5,
      amount: 13800138000,
      oldId: 230502900101123,
      nested: { "230502199001011234": "x" },
    };
    expect(maskPersonalDeep(input)).toEqual({
      idNumber: "230502********1234",
      note: ["见230502********1234", "电话138****8000"],
      n: 5,
      amount: 13800138000,
      oldId: "230502******123",
      nested: { "230502********1234": "x" },
    });
    expect(input.idNumber).toBe("230502199001011234");
  });

  it("keeps keys that become equal apart, and keeps __proto__ as an own key", () => {
    const parsed = JSON.parse('{"230502199001011234":1,"230502199101011234":2,"__proto__":{"a":"13800138000"}}');
    const m = maskPersonalDeep(parsed) as Record<string, unknown>;
    expect(Object.keys(m)).toEqual(["230502********1234", "230502********1234#2", "__proto__"]);
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(JSON.stringify(m)).toBe('{"230502********1234":1,"230502********1234#2":2,"__proto__":{"a":"138****8000"}}');
  });

  it("JSON text stays valid JSON; other text is masked as text", () => {
    const json = '{"url":"https://p/x?id=230502199001011234","id":230502199001011234}';
    const m = maskPersonalText(json);
    expect(JSON.parse(m)).toEqual({ url: "https://p/x?id=230502********1234", id: "230502********1230" });
    expect(maskPersonalText("{not json 13800138000")).toBe("{not json 138****8000");
    const plain = '{"a": 1}';
    expect(maskPersonalText(plain)).toBe(plain); // nothing to mask: not even re-serialised
  });
});
