// Pack: 双政办规〔2017〕13号 《关于利用棚改项目闲置商服用房推动我市创业就业工作实施方案》 (dated 2017-08-05; the
// notes warn the date may be mis-transcribed, W4). Read section by section: 三、 who may move in, 四、（四）（五） the
// 3-year contract and the withdrawal of the free use, 五、（一） free then half-price fees, 五、（三）（六） the
// licence and school-approval time limits promised to occupants. Quotes are verbatim from
// shared/sources/seed-004-sy-2017-2018.txt.
//
// Left out (no request a clerk checks carries them): 一、 the inventory of 1 641 units; 二、 the priority groups
// (同等条件下 — a ranking among applicants, not a condition); 四、（三） the allocation by jobs created (each district
// writes its own 细则); 五、（二）（四）（五） electricity/gas tariffs and free training, which are billed by utilities.
import { definePack, type RulePack } from "../schema.ts";

const DOC = "双政办规〔2017〕13号";
const TITLE = "双鸭山市人民政府办公室关于印发利用棚改项目闲置商服用房推动我市创业就业工作实施方案的通知";
/** 2017 年 8 月 5 日 as printed; no validity or end date is stated. */
const FROM = "2017-08-05";
const cite = (article: string, quote: string, paragraph?: string) => ({
  docNo: DOC,
  docTitle: TITLE,
  article,
  ...(paragraph ? { paragraph } : {}),
  quote,
});
const DATE_DECISION =
  "Applies from the printed date 2017-08-05 (possibly mis-transcribed, seed-004 notes W4); no validity or end date is stated, so the rules have none.";
const WORKDAY_DECISION =
  "2 日 / 三天 are the time limits of a licensing service, counted in working days as 行政许可法 第八十二条 counts licensing periods (statutory holidays excluded); the application day is not counted.";

export const syShantytownPremises2017: RulePack = definePack({
  id: "sy-shantytown-premises-2017",
  version: "2017.1",
  docNos: [DOC],
  title: {
    zh: "利用棚改项目闲置商服用房推动创业就业工作实施方案",
    en: "Idle shantytown-redevelopment premises for start-ups",
  },
  rules: [
    // ── 三、经营范围: the conditions of moving in ─────────────────────────────────────────────────────────
    {
      id: "sy-premises-2017-eligibility",
      kind: "premises-application",
      title: {
        zh: "入驻条件：本市注册纳税、非转移搬迁",
        en: "Eligibility: registered and taxed locally, not a relocation",
      },
      citation: cite("三、经营范围", "企业注册地址在双鸭山市，具有必要的资金运营能力，税收缴纳在双鸭山市", "4."),
      effective: { from: FROM, dateField: "appliedAt" },
      decision: `${DATE_DECISION} Each condition is checked only when the page states it.`,
      checks: [
        {
          id: "not-registered-locally",
          severity: "violation",
          when: { eq: ["registeredLocally", false] },
          field: "registeredLocally",
          message: {
            zh: "企业注册地址不在双鸭山市，不符合入驻条件",
            en: "Not registered in Shuangyashan: not eligible",
          },
        },
        {
          id: "not-taxed-locally",
          severity: "violation",
          when: { eq: ["taxedLocally", false] },
          field: "taxedLocally",
          message: { zh: "税收不在双鸭山市缴纳，不符合入驻条件", en: "Taxes not paid in Shuangyashan: not eligible" },
        },
        {
          id: "relocation",
          severity: "violation",
          when: { eq: ["relocation", true] },
          field: "relocation",
          citation: cite("三、经营范围", "非双鸭山市区内现有企业转移搬迁", "6."),
          message: {
            zh: "双鸭山市区内现有企业转移搬迁，不符合入驻条件",
            en: "An existing city business relocating: not eligible",
          },
        },
      ],
    },
    {
      id: "sy-premises-2017-open-within-3-months",
      kind: "premises-application",
      title: { zh: "拿到房屋使用权日起三个月内必须营业", en: "Open for business within 3 months of the right of use" },
      citation: cite("三、经营范围", "拿到房屋使用权日起三个月内必须营业", "3."),
      effective: { from: FROM, dateField: "usageGrantedAt" },
      decision: `${DATE_DECISION} 三个月 is a month period (民法典 第二百零一、二百零二条: the grant day is not counted); opening on the last day is in time.`,
      deadline: {
        label: { zh: "开业期限（三个月）", en: "Open within 3 months" },
        start: "usageGrantedAt",
        period: { unit: "month", amount: 3 },
        doneField: "openedAt",
      },
    },
    // ── 四、组织实施 ───────────────────────────────────────────────────────────────────────────────────────
    {
      id: "sy-premises-2017-contract-3-years",
      kind: "premises-application",
      title: { zh: "入驻合同期限为3年", en: "The occupancy contract runs 3 years" },
      citation: cite("四、组织实施", "签订合同期限为 3 年，并报各有关部门公证和备案", "（四）"),
      effective: { from: FROM, dateField: "appliedAt" },
      decision: `${DATE_DECISION} 为 3 年 fixes the term: any other term is a violation.`,
      checks: [
        {
          id: "term-not-3-years",
          severity: "violation",
          when: { all: [{ present: "contractYears" }, { ne: ["contractYears", 3] }] },
          field: "contractYears",
          message: {
            zh: "入驻合同期限为{contractYears}年，应为3年",
            en: "Contract term {contractYears} years; it must be 3",
          },
        },
      ],
    },
    {
      id: "sy-premises-2017-sublet-withdrawal",
      kind: "premises-application",
      title: { zh: "转租、转借商服的，停止并收回免费使用权", en: "Subletting or lending ends the free use" },
      citation: cite("四、组织实施", "如转租、转借商服，擅自更改经营范围等），停止并收回商服的免费使用权", "（五）3."),
      effective: { from: FROM, dateField: "appliedAt" },
      decision: DATE_DECISION,
      checks: [
        {
          id: "sublet",
          severity: "violation",
          when: { eq: ["sublet", true] },
          field: "sublet",
          message: {
            zh: "转租、转借商服：予以退出，停止并收回商服的免费使用权",
            en: "Sublet or lent out: the occupant leaves and the free use is withdrawn",
          },
        },
      ],
    },
    // ── 五、优惠政策 ───────────────────────────────────────────────────────────────────────────────────────
    {
      id: "sy-premises-2017-fees",
      kind: "premises-application",
      title: {
        zh: "房租、水费、供热费、物业费前三年免收，后三年半价",
        en: "Fees: free for 3 years, then half price for 3",
      },
      citation: cite("五、优惠政策", "以下费用前三年免收，后三年半价收取（按当年市场价格计算）", "（一）"),
      effective: { from: FROM, dateField: "contractSignedAt" },
      decision: `${DATE_DECISION} The years run from the contract day (自签订合同之日起): a fee period starting less than 36 whole months after it is in the free years, 36–71 months in the half-price years. Checked only when the page shows the share of the market price charged (feeRatePercent).`,
      when: { all: [{ present: "contractSignedAt" }, { present: "feePeriodStart" }, { present: "feeRatePercent" }] },
      checks: [
        {
          id: "charged-in-free-years",
          severity: "violation",
          when: {
            all: [{ monthsBetween: ["contractSignedAt", "feePeriodStart", "lt", 36] }, { gt: ["feeRatePercent", 0] }],
          },
          field: "feeRatePercent",
          message: {
            zh: "自签订合同之日（{contractSignedAt}）起前三年免收房租、水费、供热费、物业费，{feePeriodStart}起收取{feeRatePercent}%",
            en: "The first 3 years from the contract ({contractSignedAt}) are free; {feeRatePercent}% charged from {feePeriodStart}",
          },
        },
        {
          id: "over-half-price",
          severity: "violation",
          when: {
            all: [
              { monthsBetween: ["contractSignedAt", "feePeriodStart", "gte", 36] },
              { monthsBetween: ["contractSignedAt", "feePeriodStart", "lt", 72] },
              { gt: ["feeRatePercent", 50] },
            ],
          },
          field: "feeRatePercent",
          message: {
            zh: "后三年按当年市场价格半价收取，{feePeriodStart}起收取{feeRatePercent}%",
            en: "Years 4–6 are charged at half the market price; {feeRatePercent}% charged from {feePeriodStart}",
          },
        },
      ],
    },
    {
      id: "sy-premises-2017-licence-2-days",
      kind: "premises-application",
      title: { zh: "工商营业执照2日内发放", en: "Business licence issued within 2 days" },
      citation: cite("五、优惠政策", "当日即可登记，并于 2 日内发放工商营业执照", "（三）"),
      effective: { from: FROM, dateField: "licenceAppliedAt" },
      decision: `${DATE_DECISION} ${WORKDAY_DECISION}`,
      deadline: {
        label: { zh: "营业执照发放时限（2日）", en: "Licence issued (2 days)" },
        start: "licenceAppliedAt",
        period: { unit: "workday", amount: 2 },
        doneField: "licenceIssuedAt",
      },
    },
    {
      id: "sy-premises-2017-school-3-days",
      kind: "premises-application",
      title: {
        zh: "大学生申办民办培训学校审批时限三天",
        en: "Graduates' private training schools: approval in 3 days",
      },
      citation: cite("五、优惠政策", "将审批时限由原来的五天缩短为三天", "（六）"),
      effective: { from: FROM, dateField: "schoolAppliedAt" },
      decision: `${DATE_DECISION} ${WORKDAY_DECISION}`,
      deadline: {
        label: { zh: "民办培训学校审批时限（三天）", en: "School approval (3 days)" },
        start: "schoolAppliedAt",
        period: { unit: "workday", amount: 3 },
        doneField: "schoolApprovedAt",
      },
    },
  ],
});
