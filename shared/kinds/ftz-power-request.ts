// 自贸片区赋权事项申请 — 牡政办规〔2022〕4号 (34 powers delegated to the Suifenhe FTZ). The FTZ pack engineer may
// extend the fields.
import { defineKind } from "./field.ts";

export const ftzPowerRequest = defineKind({
  kind: "ftz-power-request",
  title: { zh: "自贸片区赋权事项申请", en: "Request for a power delegated to the FTZ" },
  docNos: ["牡政办规〔2022〕4号"],
  fields: {
    itemName: {
      type: "text",
      required: true,
      label: { zh: "事项名称", en: "Item name" },
      synonyms: ["事项名称", "申请事项", "权力事项"],
    },
    filedWith: {
      type: "text",
      label: { zh: "受理机关", en: "Filed with" },
      synonyms: ["受理机关", "受理部门", "申请部门", "办理机关"],
    },
    appliedAt: {
      type: "date",
      label: { zh: "申请日期", en: "Applied at" },
      synonyms: ["申请日期", "申请时间", "受理日期"],
    },
  },
});
