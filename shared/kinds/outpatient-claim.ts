// 职工医保普通门诊统筹 (门诊共济) — 牡政办规〔2022〕3号 《牡丹江市职工基本医疗保险门诊共济保障机制实施办法》.
// Fields defined from the text (第二、八、九、十一、十五、十七、十八、十九、二十三条); the calculator is in
// shared/rules/packs/mdj-outpatient-2022.ts. Money fields are in 元 (≥ 0, at most 2 decimals).
// Only the visit date is required of every case: a claim that only spends the personal account (第十二条: 体育健身,
// 养生保健, 公共卫生 …) involves no hospital and no pooling amount. What the pooling calculation needs (level, status,
// amount) is asked for by the calculator itself when it runs (missing amount → 400 naming facts.amount; missing
// level or status → "undefined" with an info finding naming the field).
import { idNumber } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const outpatientClaim = defineKind({
  kind: "outpatient-claim",
  title: { zh: "门诊统筹报销", en: "Outpatient pooling claim" },
  docNos: ["牡政办规〔2022〕3号"],
  fields: {
    /** 第八条 "一个自然年度内…就医": the visit date (natural year; 第二十三条 effective 2023-01-01). */
    expenseDate: {
      type: "date",
      required: true,
      label: { zh: "就诊日期", en: "Visit date" },
      synonyms: ["就诊日期", "费用发生日期", "结算日期"],
    },
    /** 第二条: 参加我市职工医保的职工和灵活就业人员. */
    insurance: {
      type: "enum",
      label: { zh: "参保类型", en: "Insurance scheme" },
      synonyms: ["参保类型", "参保身份", "险种"],
      values: {
        employee: [
          "职工",
          "职工医保",
          "在职职工",
          "职工基本医疗保险",
          "城镇职工",
          "城镇职工基本医疗保险",
          "职工医疗保险",
        ],
        flexible: ["灵活就业人员", "灵活就业", "灵活就业人员参保"],
        resident: ["城乡居民", "居民医保", "城乡居民基本医疗保险", "居民"],
      },
    },
    /** 第十一条: insured at 5.5% (unit) / 5% (flexible) and not switched under 第十一条. */
    reducedRate: {
      type: "boolean",
      label: { zh: "按5.5%/5%参保未调整", en: "Reduced-rate contributor, not switched" },
      synonyms: ["按5.5%参保", "按5%参保", "低费率参保"],
    },
    /** 第八条: 退休人员 +5 个百分点. */
    status: {
      type: "enum",
      label: { zh: "人员状态", en: "Status" },
      synonyms: ["人员状态", "在职/退休", "在职状态"],
      values: {
        "in-service": ["在职", "在职人员", "在职职工", "在岗"],
        retired: ["退休", "退休人员", "离退休", "已退休"],
      },
    },
    /** 第八条: 定点医疗机构. */
    designated: {
      type: "boolean",
      label: { zh: "定点医疗机构", en: "Designated institution" },
      synonyms: ["是否定点", "定点医疗机构", "定点机构"],
    },
    /** 第八条: 一级及以下基层医疗机构 / 二级 / 三级. */
    hospitalLevel: {
      type: "enum",
      label: { zh: "医疗机构级别", en: "Hospital level" },
      synonyms: ["医疗机构级别", "医院等级", "医院级别", "机构级别"],
      values: {
        level1: [
          "1",
          "一级",
          "一级及以下",
          "一级及以下基层医疗机构",
          "基层医疗机构",
          "一级甲等",
          "一级乙等",
          "一甲",
          "一级医院",
          "一级医疗机构",
          "社区卫生服务中心",
          "乡镇卫生院",
          "未定级",
        ],
        level2: ["2", "二级", "二级医院", "二级甲等医院", "二级医疗机构", "二级甲等", "二级乙等", "二甲", "二乙"],
        level3: ["3", "三级", "三级医院", "三级甲等医院", "三级医疗机构", "三级甲等", "三级乙等", "三甲", "三乙"],
      },
    },
    /** 第九条: 异地就医 — standards 另行制定, not in this text. */
    outOfArea: {
      type: "boolean",
      label: { zh: "异地就医", en: "Out-of-area treatment" },
      synonyms: ["异地就医", "是否异地就医"],
    },
    /** 第十九条: 门诊慢性病 / 门诊特殊疾病 keep their old payment policy. */
    diseaseClass: {
      type: "enum",
      label: { zh: "门诊类别", en: "Outpatient class" },
      synonyms: ["门诊类别", "病种类别", "就医类别"],
      values: {
        general: ["普通门诊", "普通门诊统筹", "门诊统筹"],
        chronic: ["门诊慢性病", "慢性病", "慢病"],
        special: ["门诊特殊疾病", "特殊疾病", "门特", "门诊特殊疾病治疗"],
      },
    },
    /** 第八条: 基本医保基金支付范围内费用 of this visit. */
    amount: {
      type: "money",
      label: { zh: "政策范围内费用", en: "In-policy expense" },
      synonyms: ["政策范围内费用", "费用金额", "基金支付范围内费用"],
    },
    /** 第八条 年度累计起付标准: how much of the 600 元 was already met this year by earlier visits. */
    deductibleMetThisYear: {
      type: "money",
      label: { zh: "本年度已累计起付金额", en: "Deductible met this year" },
      synonyms: ["已累计起付金额", "本年度累计起付", "起付线已累计"],
    },
    /** 第八条 年度最高支付限额: what the pooling fund already paid this year. */
    paidThisYear: {
      type: "money",
      label: { zh: "本年度统筹基金已支付金额", en: "Pooling fund paid this year" },
      synonyms: ["本年度已报销", "年度累计支付", "统筹基金已支付"],
    },
    /** 第十五条: the natural year whose quota is being used. */
    quotaYear: {
      type: "number",
      label: { zh: "使用限额年度", en: "Quota year" },
      synonyms: ["结算年度", "限额年度", "累计年度"],
    },
    /** 第十五条 "不能转让他人使用", 第十七条 "出具本人…凭证": the quota/credential is the patient's own. */
    ownCredential: {
      type: "boolean",
      label: { zh: "本人凭证就医", en: "Patient's own credential" },
      synonyms: ["本人就医", "是否本人", "人证相符"],
    },
    /** 第十七条: 医保电子凭证 or 社会保障卡. */
    credential: {
      type: "enum",
      label: { zh: "参保凭证", en: "Insurance credential" },
      synonyms: ["参保凭证", "就医凭证", "凭证类型"],
      values: {
        "e-voucher": ["医保电子凭证", "电子凭证", "医保码", "医保电子凭证（医保码）"],
        "ss-card": ["社会保障卡", "社保卡", "医保卡", "电子社保卡"],
        none: ["无", "未出具", "未提供"],
      },
    },
    /** 第十八条 "看病有登记、用药有处方、收费有单据、转诊有记录". */
    hasRegistration: {
      type: "boolean",
      label: { zh: "看病有登记", en: "Visit registered" },
      synonyms: ["就诊登记", "看病有登记"],
    },
    drugsPrescribed: {
      type: "boolean",
      label: { zh: "是否用药", en: "Drugs dispensed" },
      synonyms: ["是否用药", "用药"],
    },
    hasPrescription: {
      type: "boolean",
      label: { zh: "用药有处方", en: "Prescription on file" },
      synonyms: ["处方", "用药有处方"],
    },
    hasReceipt: {
      type: "boolean",
      label: { zh: "收费有单据", en: "Receipt on file" },
      synonyms: ["收费单据", "收费有单据", "票据"],
    },
    referred: {
      type: "boolean",
      label: { zh: "是否转诊", en: "Referred" },
      synonyms: ["是否转诊", "转诊"],
    },
    hasReferralRecord: {
      type: "boolean",
      label: { zh: "转诊有记录", en: "Referral record on file" },
      synonyms: ["转诊记录", "转诊有记录"],
    },
    /** 第十二条: when the personal account (个人账户) pays — for whom. */
    accountBeneficiary: {
      type: "enum",
      label: { zh: "个人账户支付对象", en: "Personal account paid for" },
      synonyms: ["个人账户支付对象", "使用人关系", "与参保人关系"],
      values: {
        self: ["本人", "参保人本人"],
        spouse: ["配偶", "妻子", "丈夫"],
        parent: ["父母", "父亲", "母亲"],
        child: ["子女", "儿子", "女儿"],
        other: ["其他", "兄弟姐妹", "祖父母", "外祖父母", "孙子女", "岳父母", "公婆", "其他亲属"],
      },
    },
    /** 第十二条: what the personal account pays for. */
    accountUse: {
      type: "enum",
      label: { zh: "个人账户支出类别", en: "Personal account spending" },
      synonyms: ["个人账户支出类别", "个人账户用途", "支出类别"],
      values: {
        medical: ["医疗费用", "就医", "药品", "医疗器械", "医用耗材", "购药"],
        "major-medical-premium": ["大额医疗补助费用", "大额医疗补助"],
        "resident-premium": ["城乡居民基本医疗保险缴费", "居民医保缴费", "代缴居民医保"],
        "public-health": ["公共卫生费用", "公共卫生", "疫苗"],
        fitness: ["体育健身", "健身"],
        wellness: ["养生保健", "养生保健消费", "保健品"],
      },
    },
    /** The amount the fund is asked to pay; over the computed entitlement → violation. */
    requestedAmount: {
      type: "money",
      label: { zh: "申请统筹支付金额", en: "Amount claimed from the fund" },
      synonyms: ["统筹支付金额", "申请报销金额", "报销金额"],
    },
    idNumber,
  },
});
