// 督办任务 — 双政发〔2026〕3号 附件1 (市《政府工作报告》主要目标和重点工作责任分工, 200 tasks) and 附件2
// (2026年市政府20件民生实事, 20 projects). The task row (lead, host and co-units, 完成时限, stars) comes from the
// pack table; the case carries only which task it is and when it was completed / reported.
import { caseStatus } from "./common-fields.ts";
import { defineKind } from "./field.ts";

export const supervisionTask = defineKind({
  kind: "supervision-task",
  title: { zh: "督办任务", en: "Supervision task" },
  docNos: ["双政发〔2026〕3号"],
  fields: {
    list: {
      type: "enum",
      required: true,
      label: { zh: "任务清单", en: "Task list" },
      synonyms: ["任务类别", "任务来源", "清单"],
      values: {
        "work-report": [
          "政府工作报告",
          "重点工作",
          "工作报告",
          "主要目标和重点工作",
          "主要目标",
          "政府工作报告重点工作",
          "附件1",
        ],
        livelihood: ["民生实事", "20件民生实事", "市政府20件民生实事", "民生实事项目", "附件2"],
      },
      // a 督办 table often says which list it is only in its heading
      facet: true,
    },
    taskNo: {
      type: "number",
      required: true,
      label: { zh: "任务编号", en: "Task no." },
      synonyms: ["任务编号", "任务序号", "序号", "编号"],
    },
    completedAt: { type: "date", label: { zh: "完成时间", en: "Completed at" }, synonyms: ["完成时间", "办结时间"] },
    feedbackAt: {
      type: "date",
      label: { zh: "反馈时间", en: "Feedback at" },
      synonyms: ["反馈时间", "报送时间", "进展反馈时间"],
    },
    caseStatus,
  },
});
