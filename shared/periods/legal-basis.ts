// Every legal rule the period engine applies, encoded once with its source. Results list the ones they used.
// Frozen: every result that cites one shares the object.
import type { Citation } from "../citation.ts";

const CIVIL_CODE = "中华人民共和国民法典";
const LICENSING_LAW = "中华人民共和国行政许可法";

/** 民法典 第二百零一条: the start day is not counted; counting begins the next day. */
export const CIVIL_CODE_201: Citation = Object.freeze({
  docNo: CIVIL_CODE,
  docTitle: CIVIL_CODE,
  article: "第二百零一条",
  paragraph: "第一款",
  quote: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。",
});

/** 民法典 第二百零二条: month/year periods end on the corresponding day, or the month's last day. */
export const CIVIL_CODE_202: Citation = Object.freeze({
  docNo: CIVIL_CODE,
  docTitle: CIVIL_CODE,
  article: "第二百零二条",
  quote: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
});

/** 民法典 第二百零三条 第一款: a last day on a statutory rest day moves to the day after the rest ends. */
export const CIVIL_CODE_203_HOLIDAY: Citation = Object.freeze({
  docNo: CIVIL_CODE,
  docTitle: CIVIL_CODE,
  article: "第二百零三条",
  paragraph: "第一款",
  quote: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
});

/** 民法典 第二百零三条 第二款: the last day ends at 24:00, or when business stops where there are hours. */
export const CIVIL_CODE_203_CUTOFF: Citation = Object.freeze({
  docNo: CIVIL_CODE,
  docTitle: CIVIL_CODE,
  article: "第二百零三条",
  paragraph: "第二款",
  quote: "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。",
});

/** 行政许可法 第八十二条: licensing periods are counted in working days, statutory holidays excluded. */
export const LICENSING_LAW_82: Citation = Object.freeze({
  docNo: LICENSING_LAW,
  docTitle: LICENSING_LAW,
  article: "第八十二条",
  quote: "本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日。",
});

/** 行政许可法 第四十五条: time for hearings, testing, expert review etc. is not counted. */
export const LICENSING_LAW_45: Citation = Object.freeze({
  docNo: LICENSING_LAW,
  docTitle: LICENSING_LAW,
  article: "第四十五条",
  quote:
    "行政机关作出行政许可决定，依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内。行政机关应当将所需时间书面告知申请人。",
});

/** 行政许可法 第四十二条: an approved extension of the decision period. */
export const LICENSING_LAW_42: Citation = Object.freeze({
  docNo: LICENSING_LAW,
  docTitle: LICENSING_LAW,
  article: "第四十二条",
  paragraph: "第一款",
  quote:
    "二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。但是，法律、法规另有规定的，依照其规定。",
});

/** 《全国年节及纪念日放假办法》 第二条 (2024 revision): the statutory holidays used for unpublished years. */
export const HOLIDAY_MEASURES_2: Citation = Object.freeze({
  docNo: "全国年节及纪念日放假办法",
  docTitle: "全国年节及纪念日放假办法（2024年修订）",
  article: "第二条",
  quote:
    "全体公民放假的节日：（一）新年，放假1天（1月1日）；（二）春节，放假4天（农历除夕、正月初一至初三）；（三）清明节，放假1天（农历清明当日）；（四）劳动节，放假2天（5月1日、2日）；（五）端午节，放假1天（农历端午当日）；（六）中秋节，放假1天（农历中秋当日）；（七）国庆节，放假3天（10月1日至3日）。",
});

/** 双政发〔2026〕3号: task deadlines written as "<m>月底". */
export const TASK_LIST_MONTH_END: Citation = Object.freeze({
  docNo: "双政发〔2026〕3号",
  docTitle: "双鸭山市人民政府关于印发《市〈政府工作报告〉主要目标和重点工作责任分工》的通知",
  quote: "完成时限",
});

/** Decision, written once: how a fixed date (期日) that falls on a rest day is treated. */
export const FIXED_DATE_DECISION = {
  zh: "固定期日（如“5月底”）不是自某日起算的期间，不适用民法典第二百零三条顺延：截止日保持为该日 24 时；该日为休息日的，提示最后一个工作日。",
  en: "A fixed date such as “5月底” is a 期日, not a period counted from a start, so 民法典 Art. 203 roll-over does not apply: the deadline stays that day at 24:00; when it is a rest day the last working day before it is shown.",
} as const;
