// Adapters for the demo legacy portal (tests/fixtures/portal/), as plain JSON-serialisable data — the same shape
// the server can send to update adapters. The generic recogniser reads these pages too; the adapters pin the
// columns so that a re-ordered or re-labelled queue still maps (and they make the 5 000-row queue cheaper:
// only the listed columns are read).
import type { PortalAdapter } from "./types.ts";

const DEMO_ORIGIN = "^https?://(?:127\\.0\\.0\\.1|localhost)(?::\\d+)?/";

export const DEMO_ADAPTERS: PortalAdapter[] = [
  {
    id: "demo-request-queue",
    version: "2026.1",
    title: { zh: "演示门户：待办申请队列", en: "Demo portal: request queue" },
    urlPattern: `${DEMO_ORIGIN}(?:.*/)?queue\\.html(?:[?#].*)?$`,
    list: {
      table: "table#queue",
      headerRow: 0,
      externalId: { header: ["申请编号"] },
      kindColumn: { header: ["业务类型"] },
      kindMap: {
        共享申请: "data-share-request",
        数据需求: "data-demand",
        开放申请: "open-data-request",
        校核申请: "data-correction",
      },
      columns: {
        receivedAt: { header: ["收件时间", "收件日期"] },
        shareClass: { header: ["共享类型"] },
        decision: { header: ["审核状态", "办理状态"] },
        // the same column says whether the case is finished (同意 / 不同意 stop the clock)
        caseStatus: { header: ["审核状态", "办理状态"] },
      },
    },
  },
  {
    id: "demo-supervision-tasks",
    version: "2026.1",
    title: { zh: "演示门户：督办任务清单", en: "Demo portal: supervision tasks" },
    urlPattern: `${DEMO_ORIGIN}(?:.*/)?tasks\\.html(?:[?#].*)?$`,
    kind: "supervision-task",
    list: {
      table: "table#tasks",
      headerRow: 0,
      columns: {
        list: { header: ["清单", "任务清单"] },
        taskNo: { header: ["任务编号"] },
        dueText: { header: ["完成时限"] },
        completedAt: { header: ["完成时间"] },
        feedbackAt: { header: ["反馈时间"] },
      },
    },
  },
];
