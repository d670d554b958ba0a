// 共享申请 — 《双鸭山市公共数据管理暂行办法》第二十四至二十七条.
import { basis, caseStatus, decidedAt, decision, reason, receivedAt, scenario, shareClass } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const dataShareRequest = defineKind({
  kind: "data-share-request",
  title: { zh: "公共数据共享申请", en: "Public-data sharing request" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    receivedAt: { ...receivedAt, required: true },
    shareClass,
    scenario,
    method: { type: "text", label: { zh: "共享方式", en: "Sharing method" }, synonyms: ["共享方式", "获取方式"] },
    scope: { type: "text", label: { zh: "共享范围", en: "Sharing scope" }, synonyms: ["共享范围", "使用范围"] },
    basis: { ...basis, label: { zh: "履职依据", en: "Basis (duty / public service)" } },
    decision,
    decidedAt,
    reason,
    caseStatus,
  },
});
