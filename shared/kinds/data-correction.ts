// 校核申请 — 《双鸭山市公共数据管理暂行办法》第二十八条.
import { caseStatus, receivedAt } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const dataCorrection = defineKind({
  kind: "data-correction",
  title: { zh: "公共数据校核申请", en: "Data correction request" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    receivedAt: { ...receivedAt, required: true },
    resolvedAt: {
      type: "date",
      label: { zh: "核实更正时间", en: "Resolved at" },
      synonyms: ["核实时间", "更正时间", "处理时间", "完成时间"],
    },
    feedbackAt: {
      type: "date",
      label: { zh: "反馈时间", en: "Feedback at" },
      synonyms: ["反馈时间", "反馈日期", "结果反馈时间"],
    },
    caseStatus,
  },
});
