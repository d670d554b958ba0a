// Pack 3: 双政发〔2026〕3号 《市〈政府工作报告〉主要目标和重点工作责任分工》 — the 200 work-report tasks (附件1)
// and the 20 livelihood projects (附件2 2026年市政府20件民生实事), as supervision-task (督办任务) rules.
// The task table is generated from the gazette text by scripts/parse-tasks-2026.ts (every OCR repair is listed
// there with its reason); quotes are verbatim from shared/sources/seed-000-sy-gazette-2026-1.txt.
import { definePack, type RulePack, type TableRow } from "../schema.ts";
import tasksFile from "./data/tasks-2026.json";

const DOC = "双政发〔2026〕3号";
const TITLE = "双鸭山市人民政府关于印发《市〈政府工作报告〉主要目标和重点工作责任分工》的通知";
/** 成文日期 of the notice; the tasks are assigned from this day (the document names no other start). */
const ISSUED = "2026-02-24";
/** A task still open this many calendar days before its due date is flagged "due soon" (see the decision). */
const DUE_SOON_DAYS = 30;

/** The table rows the rules need (the parser's provenance columns stay in the JSON file). */
const tasks: TableRow[] = tasksFile.tasks.map((t) => ({
  list: t.list,
  taskNo: t.taskNo,
  listName: t.list === "work-report" ? "政府工作报告重点工作" : "民生实事",
  section: t.section ?? t.part,
  title: t.title,
  lead: t.lead,
  hostUnits: t.hostUnits,
  coUnits: t.coUnits === "" ? "无" : t.coUnits,
  coUnitsEn: t.coUnits === "" ? "none" : t.coUnits,
  dueText: t.dueText === "" ? "未标明" : t.dueText,
  dueKind: t.dueKind,
  dueDate: t.dueDate,
  stars: "★".repeat(t.stars),
  assignedAt: ISSUED,
}));

const NOTICE = {
  docNo: DOC,
  docTitle: TITLE,
  article: "通知正文",
};

const bind = { table: "tasks", match: { list: "list", taskNo: "taskNo" } };

/** One deadline rule per attachment, so that each cites its own table. */
function dueRule(list: "work-report" | "livelihood"): RulePack["rules"][number] {
  const wr = list === "work-report";
  return {
    id: wr ? "sy-tasks-work-report-due" : "sy-tasks-livelihood-due",
    kind: "supervision-task",
    title: wr
      ? { zh: "政府工作报告重点工作完成时限", en: "Work-report task: completion deadline" }
      : { zh: "民生实事完成时限", en: "Livelihood project: completion deadline" },
    citation: {
      docNo: DOC,
      docTitle: TITLE,
      article: wr ? "附件1" : "附件2",
      quote: wr ? "市《政府工作报告》主要目标和重点工作责任分工" : "2026年市政府20件民生实事",
    },
    effective: { from: ISSUED },
    decision:
      "完成时限 '<m>月底' is the last calendar day of month m of 2026 and does NOT move when it is a rest day " +
      "(5月底 = Sunday 2026-05-31, 10月底 = Saturday 2026-10-31): it is a fixed target date set by the document, " +
      "not a period counted from an event, so 民法典 第二百零三条 (a period ending on a holiday ends on the next " +
      "working day) does not apply, and rolling over would push a May task into June (same rule as the period " +
      "engine's FIXED_DATE_DECISION in shared/periods/legal-basis.ts, which also reports the last working day). " +
      `A task still open ${DUE_SOON_DAYS} calendar days or less before that day is flagged due-soon: the document ` +
      "asks hosts to plan 关键节点 milestones for year-long tasks, so a few working days' notice is too late.",
    bind,
    when: { all: [{ eq: ["list", list] }, { present: "row.dueDate" }] },
    deadline: {
      label: wr
        ? {
            zh: "重点工作第{row.taskNo}项 完成时限（{row.dueText}）",
            en: "Work-report task {row.taskNo} due ({row.dueText})",
          }
        : {
            zh: "民生实事第{row.taskNo}项 完成时限（{row.dueText}）",
            en: "Livelihood project {row.taskNo} due ({row.dueText})",
          },
      start: "row.assignedAt",
      period: { unit: "date", dateFrom: "row.dueDate", rollOver: false },
      doneField: "completedAt",
    },
    checks: [
      {
        id: "due-soon",
        severity: "warning",
        when: {
          all: [
            { empty: "completedAt" },
            { overdue: false },
            { daysBetween: ["now", "row.dueDate", "lte", DUE_SOON_DAYS] },
          ],
        },
        field: "completedAt",
        message: {
          zh: "任务将于{row.dueDate}（{row.dueText}）到期，尚未完成：主办 {row.hostUnits}，牵头领导 {row.lead}",
          en: "Task due on {row.dueDate} ({row.dueText}) and not yet completed: host {row.hostUnits}, lead {row.lead}",
        },
      },
    ],
  };
}

export const syTasks2026: RulePack = definePack({
  id: "sy-tasks-2026",
  version: "2026.1",
  docNos: [DOC],
  title: {
    zh: "市《政府工作报告》主要目标和重点工作责任分工及2026年市政府20件民生实事",
    en: "2026 work-report task assignments and the city's 20 livelihood projects",
  },
  tables: { tasks },
  rules: [
    // 通知正文: who does what. Binding the task row shows lead / host / co-units and the task text; a task number
    // that is not in the attachment is reported rather than thrown, because the number comes from a portal page.
    {
      id: "sy-tasks-assignment",
      kind: "supervision-task",
      title: { zh: "督办任务责任分工", en: "Supervision task: who is responsible" },
      citation: {
        ...NOTICE,
        quote: "现将《市〈政府工作报告〉主要目标和重点工作责任分工》印发给你们，请认真抓好落实。",
      },
      effective: { from: ISSUED },
      decision:
        "An unknown taskNo (not 1–200 in 附件1 or 1–20 in 附件2) is a warning finding on taskNo, not an error: the " +
        "number is read from a portal page, and the clerk must see that it matches no task of the document.",
      bind: {
        ...bind,
        onMissing: {
          severity: "warning",
          field: "taskNo",
          message: {
            zh: "任务编号{taskNo}不在双政发〔2026〕3号的任务清单中（重点工作1–200项，民生实事1–20项）",
            en: "Task no. {taskNo} is not in the lists of 双政发〔2026〕3号 (work report 1–200, livelihood 1–20)",
          },
        },
      },
      hint: {
        zh: "{row.listName}第{row.taskNo}项 {row.stars}：{row.title} 牵头领导：{row.lead}；主办：{row.hostUnits}；协办：{row.coUnits}；完成时限：{row.dueText}",
        en: "{row.listName} no. {row.taskNo} {row.stars}: {row.title} Lead: {row.lead}; host: {row.hostUnits}; co-units: {row.coUnitsEn}; due: {row.dueText}",
      },
      checks: [
        {
          id: "completed-without-feedback",
          severity: "info",
          when: { all: [{ present: "completedAt" }, { empty: "feedbackAt" }] },
          field: "feedbackAt",
          message: {
            zh: "任务已完成（{completedAt}），但未记录在督查督办系统中反馈进展的时间",
            en: "Task completed ({completedAt}) but no feedback to the 督查督办 system is recorded",
          },
          citation: {
            ...NOTICE,
            quote:
              "同时，要积极做好双鸭山市督查督办系统中派发任务签收工作，按照系统确定的反馈时限要求，高标准、高质量反馈相关工作进展情况。",
          },
          decision:
            "The notice leaves feedback deadlines to the 督查督办 system, so no feedback deadline is counted here; " +
            "only a completed task without any recorded feedback gets an info reminder (info, not warning: many " +
            "portal pages do not show the feedback date at all, so its absence is not evidence of a breach).",
        },
        {
          id: "completed-in-future",
          severity: "warning",
          when: { after: ["completedAt", "now"] },
          field: "completedAt",
          message: {
            zh: "完成时间{completedAt}晚于当前时间，请核对",
            en: "Completion date {completedAt} is in the future; please check it",
          },
        },
      ],
    },
    dueRule("work-report"),
    dueRule("livelihood"),
    // A task whose 完成时限 names no date (持续推进 / empty). None of the 220 rows of this document has one, but
    // the parser accepts the marker, and such a task must get an explicit answer instead of a silent absence.
    {
      id: "sy-tasks-ongoing",
      kind: "supervision-task",
      title: { zh: "无固定完成时限的任务", en: "Task without a fixed completion date" },
      citation: {
        ...NOTICE,
        quote: "各主办单位要针对各项工作详细制定工作计划，确定各关键节点的阶段性目标。",
      },
      effective: { from: ISSUED },
      decision:
        "A task whose due is 持续推进 (or empty) gets no deadline counter; an info finding says so and points to the " +
        "milestones the host must set and the feedback deadlines of the 督查督办 system.",
      bind,
      when: { empty: "row.dueDate" },
      checks: [
        {
          id: "no-fixed-date",
          severity: "info",
          when: { true: true },
          field: "taskNo",
          message: {
            zh: "该任务完成时限为“{row.dueText}”，无固定完成日期：按主办单位确定的关键节点和督查督办系统反馈时限推进",
            en: "This task's due is “{row.dueText}” with no fixed date: follow the host's milestones and the 督查督办 system's feedback deadlines",
          },
        },
      ],
    },
  ],
});
