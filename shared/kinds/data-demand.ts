// 数据需求 (供需对接) — 《双鸭山市公共数据管理暂行办法》第三十二、三十三条.
import { basis, caseStatus, decidedAt, decision, reason, receivedAt, scenario } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const dataDemand = defineKind({
  kind: "data-demand",
  title: { zh: "数据需求", en: "Data demand" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    receivedAt: { ...receivedAt, required: true },
    provider: {
      type: "text",
      label: { zh: "数据提供部门", en: "Providing department" },
      synonyms: ["数据提供部门", "提供部门"],
    },
    dataItems: {
      type: "list",
      label: { zh: "数据项", en: "Data items" },
      synonyms: ["数据项", "数据项名称", "需求数据项"],
    },
    scenario,
    basis: { ...basis, label: { zh: "使用依据", en: "Basis of use" } },
    decision,
    decidedAt,
    reason,
    cataloged: {
      type: "boolean",
      label: { zh: "已编目", en: "In the catalogue" },
      synonyms: ["是否已编目", "已有目录", "是否有目录"],
    },
    mountedAt: {
      type: "date",
      label: { zh: "挂载时间", en: "Mounted at" },
      synonyms: ["挂载时间", "数据挂载时间", "目录发布时间"],
    },
    /** 第三十三条: the intended use widens the applied scope/purpose or hands data to a third party. */
    extendedUse: {
      type: "boolean",
      label: { zh: "扩大使用范围/用于其他目的", en: "Wider scope / other purpose" },
      synonyms: ["扩大使用范围", "用于其他目的"],
    },
    thirdParty: {
      type: "text",
      label: { zh: "提供给第三方", en: "Third-party recipient" },
      synonyms: ["第三方", "提供给第三方"],
    },
    providerConsent: {
      type: "boolean",
      label: { zh: "数据提供部门同意", en: "Provider consent" },
      synonyms: ["提供部门同意", "数据提供部门意见"],
    },
    caseStatus,
  },
});
