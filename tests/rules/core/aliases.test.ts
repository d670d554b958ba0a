// Enum aliases: every value of every enum field is read from the words of its source text and from the way portals
// write it. Each alias listed maps to its value (through normalizeFacts, as a page's value arrives), no alias is
// claimed by two values of one field, and the spellings met on real pages (issue 14: 正高级 was refused while
// 正高 and 正高级职务 passed) are tested one by one.
import { describe, expect, it } from "vitest";
import { KIND_LIST, normalizeFacts } from "../../../shared/kinds/index.ts";
import { compactToken } from "../../../shared/kinds/values.ts";

const enums = KIND_LIST.flatMap((k) =>
  Object.entries(k.fields)
    .filter(([, f]) => f.type === "enum")
    .map(([field, f]) => ({ kind: k.kind, field, values: f.values ?? {} })),
);

/** The value a page's text normalises to for this field (undefined when refused). */
function read(kind: string, field: string, text: string): unknown {
  const n = normalizeFacts(kind, { [field]: text });
  return n.issues.some((i) => i.path === `facts.${field}`) ? undefined : (n.facts as Record<string, unknown>)[field];
}

describe("every listed alias of every enum maps to its value", () => {
  it("there are enums to check", () => expect(enums.length).toBeGreaterThan(30));
  for (const e of enums)
    it(`${e.kind}.${e.field}`, () => {
      const owner = new Map<string, string>();
      for (const [canon, aliases] of Object.entries(e.values)) {
        expect(read(e.kind, e.field, canon), canon).toBe(canon);
        for (const a of aliases) {
          const key = compactToken(a);
          expect(owner.get(key) ?? canon, `alias ${a} listed under ${owner.get(key)} and ${canon}`).toBe(canon);
          owner.set(key, canon);
          expect(read(e.kind, e.field, a), `${a} → ${canon}`).toBe(canon);
          // the same words with portal spacing / full-width characters
          expect(read(e.kind, e.field, ` ${a.split("").join(" ")} `), `spaced ${a}`).toBe(canon);
        }
      }
    });
});

/** [kind, field, as printed on a portal or in the text, value] */
const PORTAL_SPELLINGS: [string, string, string, string][] = [
  // 双政办发〔2026〕3号 第五条: 省级以上政府特贴获得者、专业技术职称为正高级职务人员和享受行政正、副厅级待遇人员
  ["civil-servant-medical-claim", "careBasis", "正高级", "senior-title"],
  ["civil-servant-medical-claim", "careBasis", "正高", "senior-title"],
  ["civil-servant-medical-claim", "careBasis", "正高级职务", "senior-title"],
  ["civil-servant-medical-claim", "careBasis", "正高级职务人员", "senior-title"],
  ["civil-servant-medical-claim", "careBasis", "专业技术职称为正高级职务人员", "senior-title"],
  ["civil-servant-medical-claim", "careBasis", "正高级职称", "senior-title"],
  ["civil-servant-medical-claim", "careBasis", "政府特殊津贴", "special-allowance"],
  ["civil-servant-medical-claim", "careBasis", "享受政府特殊津贴", "special-allowance"],
  ["civil-servant-medical-claim", "careBasis", "国务院政府特殊津贴", "special-allowance"],
  ["civil-servant-medical-claim", "careBasis", "享受行政正、副厅级待遇人员", "department-level"],
  ["civil-servant-medical-claim", "careBasis", "副厅级", "department-level"],
  ["civil-servant-medical-claim", "status", "离退休", "retired"],
  ["civil-servant-medical-claim", "personClass", "照顾对象", "care"],
  // 牡政办规〔2022〕3号 第二、八、十七条
  ["outpatient-claim", "hospitalLevel", "一级及以下基层医疗机构", "level1"],
  ["outpatient-claim", "hospitalLevel", "三甲", "level3"],
  ["outpatient-claim", "hospitalLevel", "二级甲等医院", "level2"],
  ["outpatient-claim", "insurance", "城镇职工基本医疗保险", "employee"],
  ["outpatient-claim", "credential", "医保码", "e-voucher"],
  ["outpatient-claim", "credential", "电子社保卡", "ss-card"],
  ["outpatient-claim", "accountUse", "养生保健消费", "wellness"],
  ["outpatient-claim", "accountUse", "体育健身", "fitness"],
  // 双政办规〔2026〕1号 第二十五条
  ["data-share-request", "shareClass", "有条件共享类", "conditional"],
  ["data-share-request", "shareClass", "无条件共享类数据", "unconditional"],
  ["data-share-request", "shareClass", "不予共享类", "none"],
  ["catalog-update", "openClass", "有条件开放类", "conditional"],
  // 双政办发〔2023〕29号 附件
  ["subsidy-application", "certificateLevel", "四级/中级工", "intermediate"],
  ["subsidy-application", "certificateLevel", "高级技师", "senior-technician"],
  ["subsidy-application", "traineeCategory", "“两后生”中的农村学员", "rural-two-after"],
  ["subsidy-application", "prize", "优秀奖", "excellence"],
  ["subsidy-application", "competitionLevel", "省级", "provincial"],
  ["subsidy-application", "scheme", "一次性吸纳就业补贴", "hiring-subsidy"],
  ["subsidy-application", "scheme", "生活费补贴", "living-allowance"],
  ["subsidy-application", "employerSize", "微型企业", "micro"],
  // 牡公管规〔2022〕2号
  ["provident-fund-withdrawal", "lowIncomeClass", "低保户", "dibao"],
  ["provident-fund-withdrawal", "lowIncomeClass", "低收入群体", "low-income"],
  ["provident-fund-withdrawal", "rentArea", "县（市）", "county"],
];

describe("spellings met in the texts and on portals", () => {
  it.each(PORTAL_SPELLINGS)("%s.%s: %s → %s", (kind, field, text, value) => {
    expect(read(kind, field, text)).toBe(value);
  });
  it("a value outside the list is still refused, naming the field", () => {
    expect(read("civil-servant-medical-claim", "careBasis", "副高级")).toBeUndefined();
    expect(read("outpatient-claim", "hospitalLevel", "四级")).toBeUndefined();
  });
});
