// 住房公积金提取 — 牡公管规〔2022〕2号 / 牡公管委规〔2022〕3号. The provident-fund pack engineer extends the fields.
import { defineKind } from "./field.ts";

export const providentFundWithdrawal = defineKind({
  kind: "provident-fund-withdrawal",
  title: { zh: "住房公积金提取", en: "Housing provident fund withdrawal" },
  docNos: ["牡公管规〔2022〕2号", "牡公管委规〔2022〕3号"],
  fields: {
    appliedAt: {
      type: "date",
      label: { zh: "申请日期", en: "Applied at" },
      synonyms: ["申请日期", "申请时间", "受理日期"],
    },
    withdrawalReason: {
      type: "text",
      label: { zh: "提取原因", en: "Withdrawal reason" },
      synonyms: ["提取原因", "提取类型", "提取事由"],
    },
    amount: { type: "number", label: { zh: "提取金额", en: "Amount" }, synonyms: ["提取金额", "申请金额"] },
    idNumber: {
      type: "text",
      pii: "id-number",
      label: { zh: "身份证号", en: "ID number" },
      synonyms: ["身份证号", "公民身份号码", "身份证号码"],
    },
  },
});
