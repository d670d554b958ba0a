// 有条件开放申请 — 《双鸭山市公共数据管理暂行办法》第三十九条.
import { basis, decidedAt, decision, reason, receivedAt } from "./common-fields.ts";
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
    /** 第三十七条: open class before/after a catalogue change. */
    openClass: {
      type: "enum",
      label: { zh: "开放类型", en: "Open class" },
      synonyms: ["开放类型", "开放属性"],
      values: {
        unconditional: ["无条件开放", "无条件开放类"],
        conditional: ["有条件开放", "有条件开放类"],
        none: ["不予开放", "不予开放类"],
      },
    },
    previousOpenClass: {
      type: "enum",
      label: { zh: "原开放类型", en: "Previous open class" },
      synonyms: ["原开放类型", "原开放属性"],
      values: {
        unconditional: ["无条件开放", "无条件开放类"],
        conditional: ["有条件开放", "有条件开放类"],
        none: ["不予开放", "不予开放类"],
      },
    },
    downgradeApproval: {
      type: "text",
      label: { zh: "变更审核记录", en: "Downgrade approval" },
      synonyms: ["变更审核", "审核文号"],
    },
  },
});
