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
    "受理时间",
    "收件日期时间",
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
  // A decision ends the review: the case is finished even when the page shows no decision time.
  closes: ["approved", "rejected"],
  closesOnly: ["decidedAt"],
};

/**
 * Where a case stands, as portals print it in a status column (状态, 办理状态, 当前环节 …). Only whether it is
 * finished matters to the rules: a finishing word (已办结, 已回复, 不予受理 …) stops the case's clocks, a decision
 * (同意, 驳回 …) the review's clock;
 * anything else — a waiting word or the name of the step it is at (科室初审) — means it is still being handled.
 */
export const caseStatus: FieldDef = {
  type: "enum",
  label: { zh: "办理状态", en: "Case status" },
  synonyms: [
    "办理状态",
    "状态",
    "当前状态",
    "流程状态",
    "审批状态",
    "当前环节",
    "办件状态",
    "处理状态",
    "任务状态",
    "申请状态",
    "完成情况",
    "办理情况",
    // also the decision's labels: a 办理结果 column may say 已办结 instead of 同意 (the recogniser offers the cell
    // to both fields)
    "办理结果",
    "审核状态",
    "审核结果",
    "审批结果",
  ],
  values: {
    done: [
      "已办结",
      "办结",
      "已完成",
      "完成",
      "已审核",
      "审核完成",
      "已审批",
      "审批完成",
      "已回复",
      "已答复",
      "已反馈",
      "已处理",
      "处理完成",
      "已处置",
      "已结案",
      "结案",
      "已归档",
      "归档",
      "不予受理",
      "退回",
      "已退回",
    ],
    // a decision: it ends the review (the clock done by decidedAt), not what must follow it (第三十二条 mounting)
    decided: [
      "同意",
      "已同意",
      "通过",
      "审核通过",
      "审批通过",
      "准予",
      "批准",
      "已批准",
      "驳回",
      "已驳回",
      "不同意",
      "不通过",
      "审核不通过",
      "不予通过",
      "不予批准",
    ],
    open: [
      "待审核",
      "审核中",
      "未审核",
      "待审批",
      "审批中",
      "办理中",
      "待办理",
      "在办",
      "待处理",
      "处理中",
      "待受理",
      "已受理",
      "受理中",
      "待签收",
      "已签收",
      "待反馈",
      "待回复",
      "待答复",
      "未办结",
      "未完成",
      "进行中",
      "推进中",
      "未回复",
      "未反馈",
    ],
  },
  other: "open",
  closes: ["done", { value: "decided", only: ["decidedAt"] }],
};

export const decidedAt: FieldDef = {
  type: "date",
  label: { zh: "审核时间", en: "Decided at" },
  synonyms: [
    "审核时间",
    "审核日期",
    "办结时间",
    "办理时间",
    "答复时间",
    "答复日期",
    "审批时间",
    "回复时间",
    "回复日期",
    "办结日期",
  ],
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
  facet: true,
};

/** 身份证号: masked wherever it is stored or shown (pii). */
export const idNumber: FieldDef = {
  type: "text",
  pii: "id-number",
  label: { zh: "身份证号", en: "ID number" },
  synonyms: ["身份证号", "公民身份号码", "身份证号码"],
};
