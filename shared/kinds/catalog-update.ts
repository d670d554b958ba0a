// 公共数据资源目录更新 — 《双鸭山市公共数据管理暂行办法》第十二、十三条.
import { defineKind } from "./field.ts";

export const catalogUpdate = defineKind({
  kind: "catalog-update",
  title: { zh: "公共数据资源目录更新", en: "Data catalogue update" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    changedAt: {
      type: "date",
      label: { zh: "依据或职能变化日期", en: "Basis/function changed at" },
      synonyms: ["变化发生日期", "变化日期", "职能变化日期"],
    },
    submittedAt: {
      type: "date",
      label: { zh: "报送审核时间", en: "Submitted for review at" },
      synonyms: ["报送时间", "提交审核时间", "更新完成时间"],
    },
    reviewReceivedAt: {
      type: "date",
      label: { zh: "主管部门收到时间", en: "Review received at" },
      synonyms: ["收到时间", "收件时间", "主管部门收到时间"],
    },
    publishedAt: {
      type: "date",
      label: { zh: "审核发布时间", en: "Published at" },
      synonyms: ["发布时间", "审核发布时间"],
    },
    /** 第十二条 required catalogue fields that the entry leaves empty (names as on the form). */
    missingFields: {
      type: "list",
      label: { zh: "未填写的目录要素", en: "Missing catalogue fields" },
      synonyms: ["未填写项", "缺失项"],
    },
    /** 第二十六条 share-class change on a catalogue entry. */
    shareClass: {
      type: "enum",
      label: { zh: "共享类型", en: "Share class" },
      synonyms: ["共享类型", "共享属性"],
      values: {
        unconditional: ["无条件共享", "无条件", "无条件共享类"],
        conditional: ["有条件共享", "有条件", "有条件共享类"],
        none: ["不予共享", "不予共享类", "不共享"],
      },
    },
    previousShareClass: {
      type: "enum",
      label: { zh: "原共享类型", en: "Previous share class" },
      synonyms: ["原共享类型", "原共享属性"],
      values: {
        unconditional: ["无条件共享", "无条件", "无条件共享类"],
        conditional: ["有条件共享", "有条件", "有条件共享类"],
        none: ["不予共享", "不予共享类", "不共享"],
      },
    },
    downgradeApproval: {
      type: "text",
      label: { zh: "变更审核记录", en: "Downgrade approval" },
      synonyms: ["变更审核", "审核文号"],
    },
    basis: { type: "text", label: { zh: "共享依据", en: "Basis of the share class" }, synonyms: ["法律依据", "依据"] },
    scope: { type: "text", label: { zh: "共享范围", en: "Sharing scope" }, synonyms: ["共享范围"] },
    purpose: { type: "text", label: { zh: "使用用途", en: "Purpose of use" }, synonyms: ["使用用途", "用途"] },
    /** 第二十条 log retention set on the data-use log (years). */
    logRetentionYears: {
      type: "number",
      label: { zh: "日志保存年限", en: "Log retention (years)" },
      synonyms: ["日志保存时间", "日志保存年限"],
    },
  },
});
