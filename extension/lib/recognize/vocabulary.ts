// What labels mean. The field vocabulary and its portal synonyms come from shared/kinds (issue 3's contract);
// here we add the few labels the recogniser needs beyond it and build, once, a label → field map per kind.
import { type FieldDef, KIND_LIST, type KindDef } from "../../../shared/kinds/index.ts";
import { labelKey } from "./text.ts";

/** Extra portal labels per kind (field → labels), on top of each FieldDef's synonyms and zh label. */
const EXTRA_LABELS: Record<string, Record<string, string[]>> = {
  "data-share-request": {
    reason: ["不予共享理由", "不同意原因"],
    basis: ["履行职责依据", "履行职责和提供公共服务依据"],
  },
  "data-demand": {
    cataloged: ["是否已编制目录", "是否已梳理目录", "已编制目录"],
    provider: ["数据提供单位"],
  },
  "data-correction": {
    resolvedAt: ["核实更正时间", "更正完成时间"],
  },
  "open-data-request": {
    reason: ["不予开放理由", "不可开放理由"],
    basis: ["不予开放依据", "开放依据"],
  },
  "open-data-objection": {
    datasetOpen: ["数据集状态", "开放情况"],
    receivedAt: ["异议收到日期", "提出日期"],
  },
  "approval-application": {
    department: ["主管部门", "市级主管部门"],
  },
  "supervision-task": {
    list: ["任务清单", "所属清单"],
    dueText: ["完成时限", "完成时间要求", "时限要求"],
  },
};

/** Fields the recogniser adds to a kind's vocabulary (documented in docs/ARCHITECTURE.md). */
const EXTRA_FIELDS: Record<string, Record<string, FieldDef>> = {
  "supervision-task": {
    dueText: { type: "text", label: { zh: "完成时限", en: "Due (as printed)" } },
  },
};

/** Labels whose value identifies the case on the portal (externalId), not a rule fact. */
export const ID_LABELS = new Set(
  [
    "申请编号",
    "需求编号",
    "异议编号",
    "校核编号",
    "编号",
    "流水号",
    "受理编号",
    "业务编号",
    "办件编号",
    "申请单号",
    "项目代码",
  ].map(labelKey),
);

/** Labels of a column that names each row's business type (queue pages mixing kinds). */
export const TYPE_LABELS = new Set(["业务类型", "申请类型", "事项类型", "类型", "办件类型"].map(labelKey));

export interface FieldInfo {
  field: string;
  def: FieldDef;
  /** Lower = preferred when two labels on one page map to the same field. */
  rank: number;
}

export interface KindVocabulary {
  kind: string;
  def: KindDef;
  fields: Record<string, FieldDef>;
  byLabel: Map<string, FieldInfo>;
  /**
   * Enum fields that share a label with the field byLabel gives (审核状态 / 办理结果 name both the decision and the
   * case status): the cell is offered to each, and each keeps the value only if it is one of its own.
   */
  alsoByLabel: Map<string, FieldInfo[]>;
  /** Enum fields a page may state once for a whole list (a type column, the list's heading): FieldDef.facet. */
  facets: FieldInfo[];
}

function rankOf(field: string, key: string, index: number): number {
  // For the receipt time the provider's own receipt (收/受理/接收) is the legal start; prefer it over 申请/提交.
  if (field === "receivedAt") return /收|受理/.test(key) ? index : 100 + index;
  if (field === "taskNo") return key === "任务编号" ? 0 : 10 + index;
  return index;
}

function build(def: KindDef): KindVocabulary {
  const fields: Record<string, FieldDef> = { ...def.fields, ...(EXTRA_FIELDS[def.kind] ?? {}) };
  const byLabel = new Map<string, FieldInfo>();
  const alsoByLabel = new Map<string, FieldInfo[]>();
  const facets: FieldInfo[] = [];
  for (const [field, fd] of Object.entries(fields)) {
    const labels = [...(fd.synonyms ?? []), fd.label.zh, ...(EXTRA_LABELS[def.kind]?.[field] ?? [])];
    if (fd.type === "enum" && fd.facet) facets.push({ field, def: fd, rank: 0 });
    labels.forEach((l, i) => {
      const key = labelKey(l);
      if (!key) return;
      const first = byLabel.get(key);
      if (first) {
        // first field to claim a label keeps it; another enum field claiming it too is offered the same cell
        if (first.field !== field && fd.type === "enum" && first.def.type === "enum") {
          const more = alsoByLabel.get(key) ?? [];
          if (!more.some((m) => m.field === field)) more.push({ field, def: fd, rank: rankOf(field, key, i) });
          alsoByLabel.set(key, more);
        }
        return;
      }
      byLabel.set(key, { field, def: fd, rank: rankOf(field, key, i) });
    });
  }
  return { kind: def.kind, def, fields, byLabel, alsoByLabel, facets };
}

export const VOCABULARIES: ReadonlyMap<string, KindVocabulary> = new Map(KIND_LIST.map((d) => [d.kind, build(d)]));

/** Every label any kind knows (for detecting label cells and header rows before the kind is known). */
export const ANY_LABEL: ReadonlySet<string> = new Set(
  [...VOCABULARIES.values()].flatMap((v) => [...v.byLabel.keys()]).concat([...ID_LABELS, ...TYPE_LABELS]),
);

export function vocabulary(kind: string): KindVocabulary | undefined {
  return VOCABULARIES.get(kind);
}
