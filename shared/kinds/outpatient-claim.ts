// 职工医保门诊共济 — 牡政办规〔2022〕3号. The calculators engineer owns and extends these fields.
import { defineKind } from "./field.ts";

export const outpatientClaim = defineKind({
  kind: "outpatient-claim",
  title: { zh: "门诊统筹报销", en: "Outpatient pooling claim" },
  docNos: ["牡政办规〔2022〕3号"],
  fields: {
    expenseDate: {
      type: "date",
      label: { zh: "就诊日期", en: "Visit date" },
      synonyms: ["就诊日期", "费用发生日期", "结算日期"],
    },
    status: {
      type: "enum",
      label: { zh: "人员状态", en: "Status" },
      synonyms: ["人员状态", "在职/退休"],
      values: { "in-service": ["在职"], retired: ["退休"] },
    },
    hospitalLevel: {
      type: "text",
      label: { zh: "医疗机构级别", en: "Hospital level" },
      synonyms: ["医疗机构级别", "医院等级"],
    },
    amount: {
      type: "number",
      label: { zh: "政策范围内费用", en: "In-policy expense" },
      synonyms: ["政策范围内费用", "费用金额"],
    },
    paidThisYear: {
      type: "number",
      label: { zh: "本年度已报销金额", en: "Paid this year" },
      synonyms: ["本年度已报销", "年度累计支付"],
    },
    idNumber: {
      type: "text",
      pii: "id-number",
      label: { zh: "身份证号", en: "ID number" },
      synonyms: ["身份证号", "公民身份号码", "身份证号码"],
    },
  },
});
