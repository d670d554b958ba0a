// 住房公积金提取 — 牡公管规〔2022〕2号 / 牡公管委规〔2022〕3号 (“一城一策”, valid to 2022-12-31).
// Fields are what the 实施细则 makes checkable at the counter: measure 一 (down-payment withdrawal for low-income
// families: 提取范围, 提取条件, 提取时限, 提取额度) and measure 二 (rent withdrawal caps per household and year).
// Applicability is decided by the counter application date (七、执行日期以缴存职工到业务网点申请办理日为准): appliedAt.
import { idNumber } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const providentFundWithdrawal = defineKind({
  kind: "provident-fund-withdrawal",
  title: { zh: "住房公积金提取", en: "Housing provident fund withdrawal" },
  docNos: ["牡公管规〔2022〕2号", "牡公管委规〔2022〕3号"],
  fields: {
    appliedAt: {
      type: "date",
      label: { zh: "申请日期", en: "Applied at" },
      synonyms: ["申请日期", "申请时间", "受理日期", "申请办理日期"],
    },
    /** free text as portals show it (支付首付款提取, 租房提取 …); the pack matches it tolerantly */
    withdrawalReason: {
      type: "text",
      label: { zh: "提取原因", en: "Withdrawal reason" },
      synonyms: ["提取原因", "提取类型", "提取事由"],
    },
    amount: { type: "money", label: { zh: "提取金额", en: "Amount" }, synonyms: ["提取金额", "申请金额"] },
    idNumber,
    // 一(一)3–4: 共同居住唯一住房 共同共有 or not; if so, who the co-owners are
    jointOwnership: {
      type: "boolean",
      label: { zh: "共同共有", en: "Joint ownership (共同共有)" },
      synonyms: ["共同共有", "是否共同共有", "产权共有方式"],
    },
    coOwnersFamily: {
      type: "boolean",
      label: {
        zh: "共有人均为缴存职工及其同户籍直系亲属",
        en: "Co-owners are the contributor and same-register relatives",
      },
      synonyms: ["共有人为同户籍直系亲属", "共有人关系符合"],
    },
    coOwnersBorrowers: {
      type: "boolean",
      label: { zh: "共有人互为借款人或共同借款人", en: "Co-owners are (co-)borrowers of each other" },
      synonyms: ["互为借款人或共同借款人", "共同借款人"],
    },
    // 一(三) 提取凭证: the materials the page lists as submitted, and the facts that decide which are needed
    materials: {
      type: "list",
      label: { zh: "已提交材料", en: "Materials submitted" },
      synonyms: ["已提交材料", "提取凭证", "申请材料", "提交材料"],
    },
    byAgent: {
      type: "boolean",
      label: { zh: "委托办理", en: "Filed by an agent" },
      synonyms: ["委托办理", "是否委托办理", "代办"],
    },
    agentIsFamily: {
      type: "boolean",
      label: { zh: "受托人为配偶或直系亲属", en: "Agent is the spouse or a direct relative" },
      synonyms: ["受托人为配偶或直系亲属", "受托人是否直系亲属"],
    },
    lowIncomeClass: {
      type: "enum",
      label: { zh: "低保户/低收入群体", en: "Minimum-subsistence or low-income" },
      synonyms: ["困难类别", "低保/低收入类别"],
      values: {
        dibao: ["低保户", "低保", "城乡低保", "最低生活保障"],
        "low-income": ["低收入群体", "低收入", "低收入家庭"],
      },
    },
    // 一(一)1: 缴存职工或其同户籍直系亲属其中任意一人须为低保户或低收入群体
    lowIncome: {
      type: "boolean",
      label: { zh: "低保户或低收入群体", en: "Minimum-subsistence or low-income household" },
      synonyms: ["低保户或低收入群体", "是否低保户", "是否低收入群体"],
    },
    // 一: 帮助其直系亲属(配偶、父母、子女)购买 — who buys the home, seen from the contributor
    buyerRelation: {
      type: "enum",
      label: { zh: "购房人与缴存职工关系", en: "Buyer's relation to the contributor" },
      synonyms: ["购房人关系", "与缴存职工关系", "与职工关系"],
      values: {
        self: ["本人"],
        spouse: ["配偶", "夫妻", "丈夫", "妻子"],
        parent: ["父母", "父亲", "母亲"],
        child: ["子女", "儿子", "女儿"],
        other: ["其他", "其它", "兄弟姐妹", "祖父母", "外祖父母", "孙子女"],
      },
    },
    // 一(一)1–2, 4: 同户籍
    sameHouseholdRegister: {
      type: "boolean",
      label: { zh: "同户籍", en: "Same household register" },
      synonyms: ["同户籍", "是否同户籍", "同一户口簿"],
    },
    // 一(一)2: 在牡丹江市行政区域内 … 购买共同居住唯一住房
    homeInMudanjiang: {
      type: "boolean",
      label: { zh: "住房位于牡丹江市行政区域内", en: "Home in the Mudanjiang administrative area" },
      synonyms: ["住房位于牡丹江市", "房屋坐落在本市"],
    },
    onlyHome: {
      type: "boolean",
      label: { zh: "共同居住唯一住房", en: "Only home, lived in together" },
      synonyms: ["唯一住房", "共同居住唯一住房"],
    },
    // 一(一)2: 通过住房公积金贷款或商业银行贷款购买
    purchaseLoanType: {
      type: "enum",
      label: { zh: "购房贷款方式", en: "How the purchase is financed" },
      synonyms: ["贷款方式", "购房方式", "贷款类型"],
      values: {
        "provident-fund": ["住房公积金贷款", "公积金贷款", "公积金"],
        commercial: ["商业银行贷款", "商业贷款", "商贷", "银行贷款"],
        none: ["全款", "一次性付款", "无贷款", "现金"],
      },
    },
    // 一(二)2: 缴存职工近6个月连续欠缴住房公积金的，不得办理
    arrearsMonths: {
      type: "number",
      label: { zh: "连续欠缴月数", en: "Consecutive months in arrears" },
      synonyms: ["连续欠缴月数", "欠缴月数"],
    },
    // 一(二)3
    dishonest: {
      type: "boolean",
      label: { zh: "列为失信人员", en: "On the dishonest list" },
      synonyms: ["失信人员", "是否失信"],
    },
    accountFrozen: {
      type: "boolean",
      label: { zh: "账户被法院强制冻结", en: "Account frozen by a court" },
      synonyms: ["账户冻结", "是否冻结"],
    },
    // 一(二)4: 仅可分别办理一次
    priorDownPaymentWithdrawal: {
      type: "boolean",
      label: { zh: "已办理过支付首付款提取", en: "Down-payment withdrawal already made" },
      synonyms: ["已办理首付款提取", "曾办理首付款提取"],
    },
    // 一(二)1: 尚未还清住房公积金个人住房贷款
    outstandingFundLoan: {
      type: "boolean",
      label: { zh: "尚未还清住房公积金贷款", en: "Provident-fund loan outstanding" },
      synonyms: ["未还清公积金贷款", "公积金贷款未结清"],
    },
    // 一(二)5: 商业银行贷款须在个人征信报告中体现
    loanInCreditReport: {
      type: "boolean",
      label: { zh: "贷款已在个人征信报告中体现", en: "Loan shown in the credit report" },
      synonyms: ["征信报告体现贷款", "征信体现"],
    },
    // 一(四): 借贷合同签订日期 1 年内办理
    loanContractSignedAt: {
      type: "date",
      label: { zh: "借贷合同签订日期", en: "Loan contract signed at" },
      synonyms: ["借款合同签订日期", "借贷合同签订日期", "合同签订日期"],
    },
    // 一(五): 不大于增值税普通发票上标注的支付首付款金额
    invoiceDownPayment: {
      type: "money",
      label: { zh: "发票标注首付款金额", en: "Down payment on the VAT invoice" },
      synonyms: ["首付款金额", "发票首付款金额"],
    },
    // 一(三)4 / 二(二): 本人 … 一类借记卡 of one of 8 named banks
    debitCardBank: {
      type: "text",
      label: { zh: "借记卡开户银行", en: "Bank of the debit card" },
      synonyms: ["开户银行", "银行卡开户行", "收款银行", "借记卡银行"],
    },
    // 二: 市区 19000 元 / 县（市）15500 元 每户每年
    rentArea: {
      type: "enum",
      label: { zh: "租房所在地", en: "Where the rented home is" },
      synonyms: ["租房所在地", "租赁住房所在地", "所属区域"],
      values: {
        urban: ["市区", "牡丹江市区", "城区"],
        county: ["县（市）", "县(市)", "县市", "县", "县级市"],
      },
    },
    // 二: 在我市市区无住房且租赁住房
    ownsHomeInUrbanArea: {
      type: "boolean",
      label: { zh: "在市区有住房", en: "Owns a home in the urban districts" },
      synonyms: ["市区有住房", "是否有房"],
    },
    // 二: 每户、每年 — the household's rent withdrawals this calendar year, this application included
    householdYearTotal: {
      type: "money",
      label: { zh: "本年度家庭租房提取累计（含本次）", en: "Household rent withdrawals this year (incl. this one)" },
      synonyms: ["本年度累计提取", "年度累计提取金额"],
    },
  },
});
