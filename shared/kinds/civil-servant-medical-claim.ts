// 公务员医疗补助 — 双政办发〔2026〕3号 《双鸭山市国家公务员医疗补助暂行管理办法》. Fields defined from the text
// (第四、五、九、十、十一、十七条); the calculator is in shared/rules/packs/sy-medical-subsidy-2026.ts.
// Money fields are in 元 (≥ 0, at most 2 decimals); the engine computes in 分.
import { idNumber } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const civilServantMedicalClaim = defineKind({
  kind: "civil-servant-medical-claim",
  title: { zh: "公务员医疗补助", en: "Civil-servant medical subsidy claim" },
  docNos: ["双政办发〔2026〕3号"],
  fields: {
    /** 第九、十条 "一个自然年度内": the date that decides the natural year and the effective date (第十七条).
     *  For an inpatient stay: the discharge/settlement date (decision A10 in the pack). */
    expenseDate: {
      type: "date",
      required: true,
      label: { zh: "费用发生日期", en: "Expense date" },
      synonyms: ["费用发生日期", "就诊日期", "结算日期", "出院日期"],
    },
    /** 第四条 (一)–(六): the category of the employing unit. */
    unitCategory: {
      type: "enum",
      label: { zh: "单位类别", en: "Unit category" },
      synonyms: ["单位类别", "单位性质", "单位类型"],
      values: {
        "admin-organ": ["国家行政机关", "行政机关"],
        "csm-institution": ["参照公务员管理事业单位", "参公事业单位", "参照国家公务员制度管理的事业单位"],
        "csm-organ": [
          "党群机关",
          "人大机关",
          "政协机关",
          "民主党派机关",
          "工商联机关",
          "参公机关",
          "参照公务员管理机关",
        ],
        "court-procuratorate": ["审判机关", "检察机关", "法院", "检察院", "人民法院", "人民检察院"],
        "budget-institution": [
          "财政拨款事业单位",
          "全额拨款事业单位",
          "财政全额拨款事业单位",
          "经费由财政预算拨款的事业单位",
        ],
        "partial-budget-institution": ["差额拨款事业单位", "财政差额拨款事业单位"],
        "central-provincial": ["驻双中省单位", "驻双的中央和省属单位", "中省直单位", "驻双单位"],
        other: ["企业", "自收自支事业单位", "其他"],
      },
    },
    /** 第四条（六）"可参照本办法执行": whether a 驻双中省 unit has opted in. */
    unitOptedIn: {
      type: "boolean",
      label: { zh: "单位已参照执行", en: "Unit opted in" },
      synonyms: ["是否参照执行", "已参照执行"],
    },
    /** 第二、九条: insured under 职工基本医疗保险. */
    employeeInsured: {
      type: "boolean",
      label: { zh: "参加职工基本医疗保险", en: "Insured in employee basic medical insurance" },
      synonyms: ["参加职工医保", "是否参加职工医保", "职工医保参保"],
    },
    /** 第十条: 在职 / 退休 decides the rate. */
    status: {
      type: "enum",
      required: true,
      label: { zh: "人员状态", en: "Status" },
      synonyms: ["人员状态", "在职/退休", "在职状态"],
      values: {
        "in-service": ["在职", "在职人员", "在职职工", "在岗"],
        retired: ["退休", "退休人员", "离退休", "已退休"],
      },
    },
    /** 第五条: 一般人员 / 医疗照顾人员. */
    personClass: {
      type: "enum",
      required: true,
      label: { zh: "人员类别", en: "Person class" },
      synonyms: ["人员类别", "补助类别"],
      values: { general: ["一般人员", "一般", "普通人员"], care: ["医疗照顾人员", "照顾人员", "照顾", "照顾对象"] },
    },
    /** 第五条: why a person is a 医疗照顾人员. */
    careBasis: {
      type: "enum",
      label: { zh: "医疗照顾依据", en: "Care-class basis" },
      synonyms: ["照顾依据", "医疗照顾人员类别"],
      values: {
        "special-allowance": [
          "省级以上政府特贴获得者",
          "政府特贴",
          "政府特殊津贴",
          "享受政府特殊津贴",
          "国务院政府特殊津贴",
          "省政府特殊津贴",
          "政府特贴获得者",
          "特贴专家",
        ],
        "senior-title": [
          "正高级职务",
          "正高级职称",
          "正高",
          "正高级",
          "正高职称",
          "正高级职务人员",
          "专业技术职称为正高级职务人员",
          "正高级专业技术职务",
          "正高级专业技术职称",
        ],
        "department-level": [
          "享受行政正、副厅级待遇",
          "享受行政正、副厅级待遇人员",
          "正厅级待遇",
          "副厅级待遇",
          "厅级待遇",
          "正厅级",
          "副厅级",
          "正、副厅级待遇",
          "享受正厅级待遇",
          "享受副厅级待遇",
        ],
      },
    },
    /** 第十条: which cap applies to a 一般人员. The text's lists end in 等; the aliases below are the mapping
     *  (decision A9 in the pack). */
    expenseKind: {
      type: "enum",
      required: true,
      label: { zh: "费用类别", en: "Expense kind" },
      synonyms: ["费用类别", "就医类型", "医疗类别"],
      values: {
        outpatient: ["门诊", "门诊统筹", "普通门诊", "门诊慢性病", "特殊药品", "门诊医疗费用"],
        inpatient: ["住院", "住院治疗", "门诊特殊疾病", "门诊特殊疾病治疗"],
      },
    },
    /** 第九条: 个人负担的医保支付政策范围内部分 (after 基本医疗保险, and 大额医疗费用补助 for inpatient). */
    amount: {
      type: "money",
      required: true,
      label: { zh: "个人负担政策范围内费用", en: "In-policy personal burden" },
      synonyms: ["个人负担", "政策范围内个人负担", "个人负担政策范围内费用"],
    },
    /** 第十条 "基本医疗保险起付标准以上": the part of the burden at or below the 起付标准 (decision A5). */
    deductiblePart: {
      type: "money",
      label: { zh: "起付标准以下部分", en: "Part at or below the deductible" },
      synonyms: ["起付标准", "起付线以下", "起付标准以下部分"],
    },
    /** 第十条 "医疗保险年度最高支付限额以下": the part above that ceiling (decision A6). */
    aboveMaxPart: {
      type: "money",
      label: { zh: "超过医疗保险年度最高支付限额部分", en: "Part above the insurance annual maximum" },
      synonyms: ["超限额部分", "最高支付限额以上部分"],
    },
    /** 第十四条: treated at a 定点医疗机构 (instant "一单制" settlement). */
    designated: {
      type: "boolean",
      label: { zh: "定点医疗机构", en: "Designated institution" },
      synonyms: ["是否定点", "定点医疗机构", "定点机构"],
    },
    /** 第十一条: where the treatment took place. */
    offsite: {
      type: "enum",
      label: { zh: "异地就医类型", en: "Off-site treatment" },
      synonyms: ["异地就医类型", "就医地类型", "异地就医"],
      values: {
        local: ["本地", "本地就医", "否", "无"],
        registered: ["异地居住备案", "异地居住", "异地安置"],
        referral: ["异地转诊", "转诊"],
        emergency: ["异地急诊抢救", "急诊抢救", "异地急诊"],
        temporary: ["非转诊", "异地临时外出就医", "临时外出就医", "非转诊异地就医"],
      },
    },
    /** 第十一条: 降幅自付部分 (self-paid because of the basic insurance's off-site reduction). */
    reductionSelfPay: {
      type: "money",
      label: { zh: "降幅自付部分", en: "Off-site reduction self-pay" },
      synonyms: ["降幅自付", "降幅自付部分", "降幅自付金额"],
    },
    /** 第十条: subsidy already paid this natural year against the same cap (decisions A2, A3, A8). */
    paidThisYear: {
      type: "money",
      label: { zh: "本年度已补助金额（同一限额）", en: "Subsidy paid this year (same cap)" },
      synonyms: ["本年度已补助", "年度累计补助", "本年度累计补助金额"],
    },
    /** The natural year the already-paid amount belongs to (一个自然年度内). */
    quotaYear: {
      type: "number",
      label: { zh: "累计年度", en: "Year of the paid-to-date amount" },
      synonyms: ["累计年度", "补助年度", "结算年度"],
    },
    /** The amount the unit/clerk proposes to pay; over the computed entitlement → violation. */
    requestedAmount: {
      type: "money",
      label: { zh: "申请补助金额", en: "Amount claimed" },
      synonyms: ["申请补助金额", "拟补助金额", "补助金额"],
    },
    idNumber,
  },
});
