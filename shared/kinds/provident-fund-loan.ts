// 住房公积金贷款 — 牡公管规〔2022〕2号 三、四 / 牡公管委规〔2022〕3号 一、四 (valid to 2022-12-31): loan cap 80 万元
// per family; 阶段性担保 abolished. Other loan conditions stay with 牡公管委发〔2020〕16号 (not in the seeds).
import { idNumber } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const providentFundLoan = defineKind({
  kind: "provident-fund-loan",
  title: { zh: "住房公积金贷款", en: "Housing provident fund loan" },
  docNos: ["牡公管规〔2022〕2号", "牡公管委规〔2022〕3号"],
  fields: {
    appliedAt: {
      type: "date",
      label: { zh: "申请日期", en: "Applied at" },
      synonyms: ["申请日期", "申请时间", "受理日期"],
    },
    loanAmount: {
      type: "money",
      label: { zh: "贷款金额", en: "Loan amount" },
      synonyms: ["贷款金额", "申请贷款额度"],
    },
    contributionMonths: {
      type: "number",
      label: { zh: "连续缴存月数", en: "Months contributed" },
      synonyms: ["缴存月数", "连续缴存月数"],
    },
    idNumber,
    // 四、优化企业资金监管，取消住房公积金阶段性担保业务
    stageGuaranteeRequired: {
      type: "boolean",
      label: { zh: "要求阶段性担保", en: "Interim (stage) guarantee required" },
      synonyms: ["阶段性担保", "是否需阶段性担保"],
    },
  },
});
