// 有条件开放申请 — 《双鸭山市公共数据管理暂行办法》第三十九条.
import { basis, caseStatus, decidedAt, decision, reason, receivedAt } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const openDataRequest = defineKind({
  kind: "open-data-request",
  title: { zh: "有条件开放数据申请", en: "Conditional open-data request" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    receivedAt: { ...receivedAt, required: true },
    decision,
    decidedAt,
    reason,
    basis: { ...basis, label: { zh: "不予开放依据", en: "Basis of refusal" } },
    caseStatus,
  },
});
