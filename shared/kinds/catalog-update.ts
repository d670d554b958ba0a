// 公共数据资源目录 / 开放目录 条目更新 — 《双鸭山市公共数据管理暂行办法》第十二、十三、二十五、二十六、三十六、三十七条.
// A catalogue-update form shows the entry itself, so the entry's elements (第十二条 / 第三十六条) are fields here.
import { defineKind, type FieldDef } from "./field.ts";

const text = (zh: string, en: string, synonyms: string[] = []): FieldDef => ({
  type: "text",
  label: { zh, en },
  synonyms: [zh, ...synonyms],
});

const shareClassValues = {
  unconditional: ["无条件共享", "无条件", "无条件共享类", "无条件共享类数据", "无条件共享（类）"],
  conditional: ["有条件共享", "有条件", "有条件共享类", "有条件共享类数据", "有条件共享（类）"],
  none: ["不予共享", "不予共享类", "不共享", "不予共享类数据", "禁止共享"],
};
const openClassValues = {
  unconditional: ["无条件开放", "无条件开放类"],
  conditional: ["有条件开放", "有条件开放类"],
  none: ["不予开放", "不予开放类"],
};

export const catalogUpdate = defineKind({
  kind: "catalog-update",
  title: { zh: "公共数据资源目录更新", en: "Data catalogue update" },
  docNos: ["双政办规〔2026〕1号"],
  fields: {
    // ---- 第十三条 timeline ----
    changedAt: {
      type: "date",
      label: { zh: "依据或职能变化日期", en: "Basis/function changed at" },
      synonyms: ["变化发生日期", "变化日期", "职能变化日期", "依据变化日期"],
    },
    submittedAt: {
      type: "date",
      label: { zh: "报送审核时间", en: "Submitted for review at" },
      synonyms: ["报送时间", "提交审核时间", "更新完成时间", "报送审核时间"],
    },
    reviewReceivedAt: {
      type: "date",
      label: { zh: "主管部门收到时间", en: "Review received at" },
      synonyms: ["收到时间", "收件时间", "主管部门收到时间"],
    },
    publishedAt: {
      type: "date",
      label: { zh: "审核发布时间", en: "Published at" },
      synonyms: ["发布时间", "审核发布时间"],
    },
    // ---- 第十四条 a fiscally funded information-system project: catalogue at 立项, updated before 验收 ----
    fiscallyFunded: {
      type: "boolean",
      label: { zh: "使用财政性资金建设的信息系统项目", en: "Fiscally funded information-system project" },
      synonyms: ["使用财政性资金", "财政资金项目", "是否财政投资", "财政性资金建设"],
    },
    projectApprovalAt: {
      type: "date",
      label: { zh: "项目立项报批日期", en: "Project approval filed on" },
      synonyms: ["立项报批日期", "立项日期", "项目立项日期"],
    },
    catalogFiledAt: {
      type: "date",
      label: { zh: "项目目录提交日期", en: "Project catalogue submitted on" },
      synonyms: ["目录提交日期", "资源目录提交日期", "项目目录提交日期"],
    },
    projectAcceptedAt: {
      type: "date",
      label: { zh: "竣工验收日期", en: "Project acceptance on" },
      synonyms: ["竣工验收日期", "验收日期", "项目验收日期"],
    },
    catalogUpdatedAt: {
      type: "date",
      label: { zh: "验收前目录更新日期", en: "Catalogue updated (before acceptance) on" },
      synonyms: ["目录更新日期", "资源目录更新日期"],
    },
    /** which catalogue: 公共数据资源目录 (第十二条, default) or 公共数据资源开放目录 (第三十六条) */
    catalog: {
      type: "enum",
      label: { zh: "目录类型", en: "Catalogue" },
      synonyms: ["目录类型", "目录类别"],
      values: { resource: ["资源目录", "公共数据资源目录"], open: ["开放目录", "公共数据资源开放目录"] },
    },
    // ---- 第十二条 elements of a resource-catalogue entry ----
    resourceName: text("数据资源名称", "Resource name", ["资源名称"]),
    resourceSummary: text("数据资源摘要", "Resource summary", ["资源摘要"]),
    dataFormat: text("数据格式", "Data format"),
    industry: text("行业分类", "Industry class"),
    coverageTime: text("数据覆盖时间", "Time coverage"),
    coverageArea: text("数据覆盖地域", "Area coverage"),
    updateFrequency: text("更新频率", "Update frequency"),
    providerName: text("数据资源提供方名称", "Provider name", ["提供方名称"]),
    providerCode: text("数据资源提供方代码", "Provider code", ["提供方代码"]),
    shareClass: {
      type: "enum",
      label: { zh: "共享类型", en: "Share class" },
      synonyms: ["共享类型", "共享属性"],
      values: shareClassValues,
    },
    shareCondition: text("共享条件", "Sharing conditions"),
    shareMethod: text("共享方式", "Sharing method"),
    openToPublic: {
      type: "boolean",
      label: { zh: "是否向社会开放", en: "Open to the public" },
      synonyms: ["是否向社会开放", "是否开放"],
    },
    openCondition: text("开放条件", "Opening conditions"),
    operationStatus: text("授权运营状态", "Authorised-operation status"),
    operationScenario: text("授权运营应用场景", "Authorised-operation scenario"),
    itemNames: { type: "list", label: { zh: "数据项名称", en: "Data item names" }, synonyms: ["数据项名称", "数据项"] },
    itemFormats: text("数据项格式", "Data item formats"),
    // ---- 第二十五、二十六条 share class and its change ----
    previousShareClass: {
      type: "enum",
      label: { zh: "原共享类型", en: "Previous share class" },
      synonyms: ["原共享类型", "原共享属性", "变更前共享类型"],
      values: shareClassValues,
    },
    basis: text("共享属性依据", "Basis of the share class", ["法律依据", "依据", "法律、行政法规或有关规定依据"]),
    scope: text("共享范围", "Sharing scope"),
    purpose: text("使用用途", "Purpose of use", ["用途"]),
    downgradeApproval: text("变更审核记录", "Approval of the change", ["变更审核", "审核文号", "主管部门审核意见"]),
    // ---- 第三十六、三十七条 elements of an open-catalogue entry ----
    openScope: text("数据开放范围", "Opening scope", ["开放范围"]),
    openContent: text("开放内容", "Opened content"),
    openClass: {
      type: "enum",
      label: { zh: "开放类型", en: "Open class" },
      synonyms: ["开放类型", "开放属性"],
      values: openClassValues,
    },
    previousOpenClass: {
      type: "enum",
      label: { zh: "原开放类型", en: "Previous open class" },
      synonyms: ["原开放类型", "原开放属性", "变更前开放类型"],
      values: openClassValues,
    },
    dataForm: text("数据形式", "Data form"),
  },
});
