// Fields shared by several kinds, with the labels portals use for them. Reused, never redefined, so that the
// same portal value (同意, 驳回, 有条件共享 …) normalises the same way in every kind.
import type { FieldDef } from "./field.ts";

export const receivedAt: FieldDef = {
  type: "date",
  label: { zh: "收件日期", en: "Received at" },
  synonyms: [
    "收件日期",
    "收到日期",
    "受理日期",
    "申请日期",
    "提交时间",
    "接收时间",
    "收件时间",
    "申请时间",
    "收到时间",
  ],
};

export const decision: FieldDef = {
  type: "enum",
  label: { zh: "审核结果", en: "Decision" },
  synonyms: ["审核结果", "审核意见", "办理结果", "审核状态", "审批结果", "答复结果"],
  values: {
    pending: ["待审核", "审核中", "未审核", "待审批", "审批中", "办理中", "待办理", "待处理", "处理中"],
    approved: ["同意", "通过", "审核通过", "已同意", "同意共享", "同意开放", "准予", "予以开放", "批准"],
    rejected: [
      "不同意",
      "驳回",
      "不予通过",
      "审核不通过",
      "不通过",
      "已驳回",
      "退回",
      "不同意共享",
      "不予开放",
      "不予批准",
    ],
  },
};

export const decidedAt: FieldDef = {
  type: "date",
  label: { zh: "审核时间", en: "Decided at" },
  synonyms: ["审核时间", "审核日期", "办结时间", "办理时间", "答复时间", "答复日期", "审批时间"],
};

export const reason: FieldDef = {
  type: "text",
  label: { zh: "理由", en: "Reason" },
  synonyms: ["理由", "原因", "驳回原因", "不予共享理由", "不同意理由", "驳回理由", "说明"],
};

export const basis: FieldDef = {
  type: "text",
  label: { zh: "依据", en: "Basis" },
  synonyms: ["履职依据", "使用依据", "依据", "法律依据", "政策依据"],
};

export const scenario: FieldDef = {
  type: "text",
  label: { zh: "应用场景", en: "Scenario" },
  synonyms: ["应用场景", "使用场景", "使用用途", "用途"],
};

export const shareClass: FieldDef = {
  type: "enum",
  label: { zh: "共享类型", en: "Share class" },
  synonyms: ["共享类型", "共享属性", "共享类别"],
  values: {
    unconditional: ["无条件共享", "无条件", "无条件共享类", "无条件共享类数据", "无条件共享（类）"],
    conditional: ["有条件共享", "有条件", "有条件共享类", "有条件共享类数据", "有条件共享（类）"],
    none: ["不予共享", "不予共享类", "不共享", "不予共享类数据", "禁止共享"],
  },
};

/** 身份证号: masked wherever it is stored or shown (pii). */
export const idNumber: FieldDef = {
  type: "text",
  pii: "id-number",
  label: { zh: "身份证号", en: "ID number" },
  synonyms: ["身份证号", "公民身份号码", "身份证号码"],
};
