// One valid request body per hot path (POST /api/evaluate, POST /api/deadlines), shared by the server tests and
// bench/api.bench.ts so both exercise the same request.
export const SAMPLE_EVALUATE_REQUEST = {
  kind: "data-share-request",
  facts: {
    receivedAt: "2026-09-30T15:00:00+08:00",
    shareClass: "有条件共享",
    scenario: "社保待遇资格核验",
    decision: "不同意",
    decidedAt: "2026-10-08T10:00:00+08:00",
    reason: "无",
  },
  now: "2026-10-09T09:00:00+08:00",
};

export const SAMPLE_DEADLINE_REQUEST = {
  start: "2026-09-30T15:00:00+08:00",
  period: { unit: "workday", amount: 5 },
  now: "2026-10-09T09:00:00+08:00",
};
