// 企业投资项目审批事项申请 — 双政规〔2017〕7号 (36 items). The approval-items pack engineer may extend the fields.
import { defineKind } from "./field.ts";

export const approvalApplication = defineKind({
  kind: "approval-application",
  title: { zh: "投资项目审批事项申请", en: "Investment-project approval application" },
  docNos: ["双政规〔2017〕7号"],
  fields: {
    itemName: {
      type: "text",
      required: true,
      label: { zh: "事项名称", en: "Item name" },
      synonyms: ["事项名称", "申请事项", "审批事项"],
    },
    department: {
      type: "text",
      label: { zh: "受理部门", en: "Department" },
      synonyms: ["受理部门", "审批部门", "实施部门"],
    },
    appliedAt: {
      type: "date",
      label: { zh: "申请日期", en: "Applied at" },
      synonyms: ["申请日期", "申请时间", "受理日期"],
    },
  },
});
