// 数据使用授权 (调用) — 《双鸭山市公共数据管理暂行办法》第二十、三十一条.
import { defineKind } from "./field.ts";

export const dataGrant = defineKind({
  kind: "data-grant",
  title: { zh: "数据使用授权", en: "Data-use grant" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    lastCalledAt: {
      type: "date",
      label: { zh: "最近调用时间", en: "Last called at" },
      synonyms: ["最近调用时间", "最后调用时间", "上次调用时间"],
    },
    grantedAt: {
      type: "date",
      label: { zh: "授权时间", en: "Granted at" },
      synonyms: ["授权时间", "开通时间", "审核通过时间"],
    },
    /** 第二十条: how long the use log is kept (years). */
    logRetentionYears: {
      type: "number",
      label: { zh: "日志保存年限", en: "Log retention (years)" },
      synonyms: ["日志保存时间", "日志保存年限"],
    },
    /** 第二十条: the log items recorded (应用场景、应用成效、使用过程、存储情况、销毁情况). */
    logItems: {
      type: "list",
      label: { zh: "日志记录内容", en: "Log items recorded" },
      synonyms: ["日志内容", "日志记录内容"],
    },
    /** 第三十一条: calls beyond the applied scope/purpose detected. */
    outOfScopeCalls: {
      type: "boolean",
      label: { zh: "超范围/超目的调用", en: "Out-of-scope calls" },
      synonyms: ["超范围调用", "超目的调用"],
    },
  },
});
