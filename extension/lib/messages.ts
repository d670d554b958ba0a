// Messages between the content script / popup / options and the background service worker.
// The content script never touches IndexedDB or the network: it asks the background (ARCHITECTURE.md).
import type { PortalAdapter } from "../../shared/adapters/types.ts";
import type { UncertainDeadline, UnreadableFact } from "../../shared/evaluate/honest.ts";
import type { DeadlineResult, Finding } from "../../shared/evaluate/types.ts";
import type { DeadlineStatus } from "../../shared/periods/types.ts";
import type { Severity } from "../../shared/rules/schema.ts";
import type { AdapterLists, ServerOutcome } from "./teacher/store.ts";

export type Lang = "zh-CN" | "en";

export type { DeadlineStatus, Severity };

/**
 * What a counter shows: the evaluator's status while the clock runs, `done` once it stopped (a completion time
 * on the page — then `met` says whether in time — or a finished status such as 已办结 / 同意 / 驳回). A finished case
 * is never `overdue`.
 */
export type CounterStatus = DeadlineStatus | "done";
export type FactValue = string | boolean | string[];
export type Facts = Record<string, FactValue>;

/** A deadline as the overlay needs it (a compact copy of the evaluator's DeadlineResult). */
export type ViewDeadline = Pick<
  DeadlineResult,
  "ruleId" | "label" | "start" | "due" | "dueAt" | "provisional" | "citation" | "met" | "doneAt"
> & {
  status: CounterStatus;
  workdaysLeft: number;
  overdueWorkdays: number;
  hoursLeft: number;
  /** What was read and how it was computed: "收件时间 2026-11-18 10:25 → 1个工作日 → 截止 2026-11-19". */
  explain?: { zh: string; en: string };
};

/** A finding as the overlay needs it (the evaluator's Finding without its pack id). */
export type ViewFinding = Omit<Finding, "packId"> & {
  /** The values the finding's rule read ("读取：共享类型 有条件共享；理由 （空）"). */
  explain?: { zh: string; en: string };
};

/** A deadline the page does not give enough to compute (no counter is shown for it). */
export type ViewUncertain = UncertainDeadline;
export type ViewUnreadable = UnreadableFact;

/** A calculator's result (e.g. 医疗补助 amounts), each step with its arithmetic and article. */
export interface ViewCalculation {
  id: string;
  title: { zh: string; en: string };
  status: "ok" | "excluded" | "undefined";
  amount: string | null;
  display: { zh: string; en: string };
  capped: boolean;
  steps: { label: { zh: string; en: string }; display: { zh: string; en: string }; formula: string; cite: string }[];
}

export interface ViewResult {
  kind: string;
  deadlines: ViewDeadline[];
  findings: ViewFinding[];
  calculations?: ViewCalculation[];
  /** Deadlines that may apply but cannot be computed from what the page shows ("未能确定…"), never guessed. */
  uncertain?: ViewUncertain[];
  /** Values the page showed that are not valid for their field (set aside, each with what was found). */
  unreadable?: ViewUnreadable[];
  /** Set when the evaluator rejected the facts (names the field and what was expected). */
  error?: string;
  /** Id of the tracked case in the extension's store (single-case pages). */
  caseId?: string;
}

/** One queue row's counters: only what the row counter needs. */
/**
 * A queue row's counter status: a CounterStatus, or `uncertain` — the rule applies or may apply but a fact it needs
 * is missing or unreadable in the row (shared/evaluate/honest.ts): the row says so instead of showing no counter.
 */
export type RowStatus = CounterStatus | "uncertain";

export interface RowDeadline {
  r: string; // ruleId
  d: string; // due YYYY-MM-DD ("" when uncertain)
  a: string; // dueAt
  s: RowStatus;
  p: boolean; // provisional
  w: number; // workdays left (≥0) or overdue workdays (when s = overdue, or done late)
  m?: boolean; // met (clock stopped)
  u?: { zh: string; en: string }; // why it is uncertain ("未能确定收件时间：无法计算…（页面显示“待补录”）")
}

/** A clerk's flag on a rule or finding, as the pages send it (stored as a FlagRow in lib/db.ts). */
export interface FlagRequest {
  caseId?: string;
  kind: string;
  externalId?: string;
  url: string;
  ruleId: string;
  checkId?: string;
  note?: string;
  evidence: { facts: Facts; finding?: ViewFinding };
}

export type Request =
  | {
      type: "evaluate";
      kind: string;
      facts: Facts;
      url: string;
      externalId?: string;
      now?: string;
      /** The recogniser's confidence in `kind`; "low" holds every counter back (with the rival kinds). */
      confidence?: "high" | "low";
      altKinds?: string[];
    }
  /** rows: the facts of each row as one JSON string (lib/row-codec.ts) */
  | { type: "evaluateRows"; kind: string; rows: string; now?: string }
  | ({ type: "flag" } & FlagRequest)
  | { type: "article"; docNo: string; article?: string }
  | { type: "syncNow" }
  | { type: "status" }
  | { type: "refreshRules" }
  /** The taught adapters (local and office) whose URL pattern matches the page. */
  | { type: "adapters"; url: string }
  /** The page teacher's result: validated, saved locally at once, then to the server when the token allows. */
  | { type: "saveAdapter"; adapter: unknown }
  /** Extension pages only (options): the stored adapters, deleting one, importing a JSON file's adapters. */
  | { type: "listAdapters" }
  | { type: "deleteAdapter"; id: string }
  | { type: "importAdapters"; adapters: unknown };

export type { PortalAdapter };

export interface SaveAdapterReply {
  id: string;
  /** Where it was saved beyond this computer (server outcome). */
  server: ServerOutcome;
  error?: string;
}

export interface ArticleText {
  docNo: string;
  article?: string;
  title?: string;
  text: string;
  source: "api" | "bundled";
}

export interface SyncState {
  state: "idle" | "syncing" | "offline" | "error" | "unconfigured";
  pending: number;
  lastSyncAt?: string;
  lastError?: string;
  nextAttemptAt?: string;
}

export interface StatusReply {
  sync: SyncState;
  openFlags: number;
  rulePackVersion: string;
  /** The API the background talks to (settings, possibly set by IT policy). */
  apiUrl: string;
}

export type Reply<T extends Request["type"]> = T extends "evaluate"
  ? ViewResult
  : T extends "evaluateRows"
    ? {
        rules: string[];
        rows: string;
        /** Uncertain-state messages the lines refer to (row-codec.ts). */
        notes?: { zh: string; en: string }[];
        /** Per rule: the start fact, its label and the period in words, for the counters' hover explanation. */
        explain?: Record<
          string,
          { field: string; label: { zh: string; en: string }; period: { zh: string; en: string } }
        >;
        error?: string;
      }
    : T extends "flag"
      ? { flagId: string }
      : T extends "article"
        ? ArticleText
        : T extends "syncNow" | "status" | "refreshRules"
          ? StatusReply
          : T extends "adapters"
            ? { adapters: PortalAdapter[] }
            : T extends "saveAdapter"
              ? SaveAdapterReply
              : T extends "listAdapters"
                ? AdapterLists
                : T extends "deleteAdapter"
                  ? { removed: boolean; server: ServerOutcome }
                  : T extends "importAdapters"
                    ? { imported: string[]; server: ServerOutcome }
                    : never;
