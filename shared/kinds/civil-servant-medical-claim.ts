// 公务员医疗补助 — 双政办发〔2026〕3号. The calculators engineer owns and extends these fields.
import { defineKind } from "./field.ts";

export const civilServantMedicalClaim = defineKind({
  kind: "civil-servant-medical-claim",
  title: { zh: "公务员医疗补助", en: "Civil-servant medical subsidy claim" },
  docNos: ["双政办发〔2026〕3号"],
  fields: {
    expenseDate: {
      type: "date",
      label: { zh: "费用发生日期", en: "Expense date" },
      synonyms: ["费用发生日期", "就诊日期", "结算日期"],
    },
    status: {
      type: "enum",
      label: { zh: "人员状态", en: "Status" },
      synonyms: ["人员状态", "在职/退休"],
      values: { "in-service": ["在职"], retired: ["退休"] },
    },
    personClass: {
      type: "enum",
      label: { zh: "人员类别", en: "Person class" },
      synonyms: ["人员类别"],
      values: { general: ["一般人员"], care: ["医疗照顾人员", "照顾人员"] },
    },
    expenseKind: {
      type: "enum",
      label: { zh: "费用类别", en: "Expense kind" },
      synonyms: ["费用类别", "就医类型"],
      values: {
        outpatient: ["门诊", "门诊统筹", "门诊慢性病", "特殊药品"],
        inpatient: ["住院", "门诊特殊疾病", "住院治疗"],
      },
    },
    amount: {
      type: "number",
      label: { zh: "个人负担政策范围内费用", en: "In-policy personal burden" },
      synonyms: ["个人负担", "政策范围内个人负担"],
    },
    paidThisYear: {
      type: "number",
      label: { zh: "本年度已补助金额", en: "Subsidy paid this year" },
      synonyms: ["本年度已补助", "年度累计补助"],
    },
    idNumber: {
      type: "text",
      pii: "id-number",
      label: { zh: "身份证号", en: "ID number" },
      synonyms: ["身份证号", "公民身份号码", "身份证号码"],
    },
  },
});
