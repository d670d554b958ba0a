// 数据产品和服务 — 《双鸭山市公共数据管理暂行办法》第四十一条: a data product or service developed from public data
// must state the data's source and the date it was obtained. The page is a product listing / registration entry.
import { defineKind } from "./field.ts";

export const dataProduct = defineKind({
  kind: "data-product",
  title: { zh: "公共数据开发利用产品", en: "Data product built on public data" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    receivedAt: {
      type: "date",
      required: true,
      label: { zh: "登记日期", en: "Registered on" },
      synonyms: ["登记日期", "提交日期", "上架日期", "申报日期"],
    },
    productName: {
      type: "text",
      label: { zh: "数据产品名称", en: "Product name" },
      synonyms: ["数据产品名称", "产品名称", "服务名称"],
    },
    dataSource: {
      type: "text",
      label: { zh: "数据来源", en: "Source of the data" },
      synonyms: ["数据来源", "来源"],
    },
    dataObtainedAt: {
      type: "date",
      label: { zh: "数据获取日期", en: "Data obtained on" },
      synonyms: ["数据获取日期", "获取日期", "数据获取时间"],
    },
  },
});
