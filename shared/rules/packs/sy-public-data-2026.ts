// Pack 1: 双政办规〔2026〕1号 《双鸭山市公共数据管理暂行办法》, article by article.
// Quotes are verbatim from the gazette copy (seed 000, shared/sources/seed-000-sy-gazette-2026-1.txt).
import { definePack, type RulePack } from "../schema.ts";

const DOC = "双政办规〔2026〕1号";
const TITLE = "双鸭山市公共数据管理暂行办法";
const FROM = "2026-02-11";

export const syPublicData2026: RulePack = definePack({
  id: "sy-public-data-2026",
  version: "2026.1",
  docNos: [DOC],
  title: { zh: "双鸭山市公共数据管理暂行办法", en: "Shuangyashan interim measures on public data" },
  rules: [
    {
      id: "sy-data-27-review-deadline",
      kind: "data-share-request",
      title: { zh: "有条件共享申请1个工作日内审核", en: "Conditional share request: review within 1 working day" },
      citation: {
        docNo: DOC,
        docTitle: TITLE,
        article: "第二十七条",
        paragraph: "第二款",
        item: "（二）",
        quote:
          "有条件共享类的数据，由数据提供部门自收到数据使用申请的1个工作日内完成审核，不同意共享的，应当说明具体原因。",
      },
      effective: { from: FROM },
      when: { eq: ["shareClass", "conditional"] },
      deadline: {
        label: { zh: "有条件共享审核时限", en: "Conditional share review" },
        start: "receivedAt",
        period: { unit: "workday", amount: 1 },
        doneField: "decidedAt",
      },
      checks: [
        {
          id: "rejected-without-reason",
          severity: "violation",
          when: { all: [{ eq: ["decision", "rejected"] }, { blankReason: "reason" }] },
          field: "reason",
          message: {
            zh: "不同意共享但未说明具体原因（理由：{reason}）",
            en: "Sharing refused without a specific reason (given: {reason})",
          },
        },
      ],
    },
  ],
});
