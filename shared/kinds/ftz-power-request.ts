// 自贸片区赋权事项申请 — 牡政办规〔2022〕4号 (34 powers delegated to the Suifenhe FTZ).
// A request (or case) for one of the listed powers: which power (itemName, matched tolerantly against the list),
// which body it was filed with, and whether it concerns the FTZ area at all.
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
      synonyms: ["事项名称", "申请事项", "权力事项", "权力事项名称"],
    },
    filedWith: {
      type: "text",
      label: { zh: "受理机关", en: "Filed with" },
      synonyms: ["受理机关", "受理部门", "申请部门", "办理机关", "受理单位"],
    },
    appliedAt: {
      type: "date",
      label: { zh: "申请日期", en: "Applied at" },
      synonyms: ["申请日期", "申请时间", "受理日期"],
    },
    // The list delegates the powers for matters in the FTZ; a request located elsewhere in the city stays with
    // the city department. Absent = the request is taken to concern the FTZ (see the pack's decision).
    inFtz: {
      type: "boolean",
      label: { zh: "位于绥芬河自贸片区", en: "Located in the Suifenhe FTZ" },
      synonyms: ["是否自贸片区", "位于自贸片区", "自贸片区内"],
    },
  },
});
