// 开放数据异议 — 《双鸭山市公共数据管理暂行办法》第四十条.
import { caseStatus, receivedAt } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const openDataObjection = defineKind({
  kind: "open-data-objection",
  title: { zh: "开放数据异议", en: "Objection to open data" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    receivedAt: { ...receivedAt, required: true },
    evidence: {
      type: "boolean",
      label: { zh: "提交证据材料", en: "Evidence submitted" },
      synonyms: ["证据材料", "相关证据材料", "是否提交证据"],
    },
    datasetOpen: {
      type: "boolean",
      label: { zh: "数据仍在开放", en: "Dataset still open" },
      synonyms: ["开放状态", "是否开放", "数据开放状态"],
    },
    suspendedAt: {
      type: "date",
      label: { zh: "中止开放时间", en: "Suspended at" },
      synonyms: ["中止开放时间", "中止时间"],
    },
    caseStatus,
  },
});
