// 棚改项目闲置商服用房使用申请 — 双政办规〔2017〕13号 《关于利用棚改项目闲置商服用房推动我市创业就业工作实施方案》:
// who may move in (三、), the 3-year contract and withdrawal (四、（四）（五）), free then half-price fees (五、（一）),
// and the licence / school-approval time limits promised to the occupants (五、（三）（六）).
import { defineKind } from "./field.ts";

export const premisesApplication = defineKind({
  kind: "premises-application",
  title: { zh: "棚改项目闲置商服使用申请", en: "Idle shantytown-redevelopment premises for start-ups" },
  docNos: ["双政办规〔2017〕13号"],
  fields: {
    appliedAt: {
      type: "date",
      required: true,
      label: { zh: "申请日期", en: "Applied at" },
      synonyms: ["申请日期", "申请时间", "受理日期", "填报日期"],
    },
    /** 三、4. 企业注册地址在双鸭山市 … 税收缴纳在双鸭山市 */
    registeredLocally: {
      type: "boolean",
      label: { zh: "注册地址在双鸭山市", en: "Registered in Shuangyashan" },
      synonyms: ["注册地址在双鸭山市", "本市注册", "注册地在本市"],
    },
    taxedLocally: {
      type: "boolean",
      label: { zh: "税收缴纳在双鸭山市", en: "Pays its taxes in Shuangyashan" },
      synonyms: ["税收缴纳在双鸭山市", "本市纳税", "纳税地在本市"],
    },
    /** 三、6. 非双鸭山市区内现有企业转移搬迁 */
    relocation: {
      type: "boolean",
      label: { zh: "市区内现有企业转移搬迁", en: "Relocation of an existing city business" },
      synonyms: ["转移搬迁", "是否转移搬迁", "市区内企业搬迁"],
    },
    /** 三、3. 拿到房屋使用权日起三个月内必须营业 */
    usageGrantedAt: {
      type: "date",
      label: { zh: "取得房屋使用权日期", en: "Right of use granted on" },
      synonyms: ["取得房屋使用权日期", "使用权取得日期", "交房日期"],
    },
    openedAt: {
      type: "date",
      label: { zh: "开业日期", en: "Opened for business on" },
      synonyms: ["开业日期", "营业日期", "开始营业日期"],
    },
    /** 四、（四） 签订合同期限为 3 年; 五、 优惠 自签订合同之日起 */
    contractSignedAt: {
      type: "date",
      label: { zh: "合同签订日期", en: "Contract signed on" },
      synonyms: ["合同签订日期", "签订日期", "入驻合同签订日期"],
    },
    contractYears: {
      type: "number",
      label: { zh: "合同期限（年）", en: "Contract term (years)" },
      synonyms: ["合同期限", "合同期限（年）", "使用期限"],
    },
    /** 四、（五）3. 转租、转借商服 */
    sublet: {
      type: "boolean",
      label: { zh: "转租、转借商服", en: "Sublet or lent out" },
      synonyms: ["转租转借", "是否转租", "转租、转借"],
    },
    /** 五、（一） 房租、水费、供热费、物业费: the fee period charged and the share of the market price charged */
    feePeriodStart: {
      type: "date",
      label: { zh: "收费期起始日期", en: "Fee period starts" },
      synonyms: ["收费期起始日期", "计费起始日期", "收费起始日期"],
    },
    feeRatePercent: {
      type: "number",
      label: { zh: "收费比例（占当年市场价格%）", en: "Fee charged (% of the market price)" },
      synonyms: ["收费比例", "按市场价格比例", "收费标准比例"],
    },
    /** 五、（三） 工商营业执照: 当日即可登记，并于 2 日内发放 */
    licenceAppliedAt: {
      type: "date",
      label: { zh: "营业执照申请日期", en: "Business licence applied for on" },
      synonyms: ["营业执照申请日期", "登记申请日期", "执照申请日期"],
    },
    licenceIssuedAt: {
      type: "date",
      label: { zh: "营业执照发放日期", en: "Business licence issued on" },
      synonyms: ["营业执照发放日期", "执照发放日期", "发照日期"],
    },
    /** 五、（六） 大学生申办民办培训学校: 审批时限…缩短为三天 */
    schoolAppliedAt: {
      type: "date",
      label: { zh: "民办培训学校申办日期", en: "Private training school applied for on" },
      synonyms: ["民办培训学校申办日期", "办学申请日期"],
    },
    schoolApprovedAt: {
      type: "date",
      label: { zh: "民办培训学校审批日期", en: "Private training school approved on" },
      synonyms: ["民办培训学校审批日期", "办学审批日期", "审批日期"],
    },
  },
});
