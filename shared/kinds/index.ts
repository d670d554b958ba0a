// The case kinds (a public contract: issue 3's vocabulary — extend, never rename). One file per kind; pack engineers
// add a kind with one import and one entry in KIND_LIST.
import { approvalApplication } from "./approval-application.ts";
import { catalogUpdate } from "./catalog-update.ts";
import { civilServantMedicalClaim } from "./civil-servant-medical-claim.ts";
import { dataCorrection } from "./data-correction.ts";
import { dataDemand } from "./data-demand.ts";
import { dataGrant } from "./data-grant.ts";
import { dataProduct } from "./data-product.ts";
import { dataShareRequest } from "./data-share-request.ts";
import { compileNormalizer, type FactsNormalizer, type KindDef } from "./field.ts";
import { ftzPowerRequest } from "./ftz-power-request.ts";
import { openDataObjection } from "./open-data-objection.ts";
import { openDataRequest } from "./open-data-request.ts";
import { outpatientClaim } from "./outpatient-claim.ts";
import { premisesApplication } from "./premises-application.ts";
import { providentFundLoan } from "./provident-fund-loan.ts";
import { providentFundWithdrawal } from "./provident-fund-withdrawal.ts";
import { subsidyApplication } from "./subsidy-application.ts";
import { supervisionTask } from "./supervision-task.ts";

export type { FactIssue, FieldDef, FieldType, KindDef } from "./field.ts";
export { defineKind } from "./field.ts";

export const KIND_LIST: KindDef[] = [
  dataShareRequest,
  dataDemand,
  dataCorrection,
  openDataRequest,
  openDataObjection,
  catalogUpdate,
  dataGrant,
  approvalApplication,
  supervisionTask,
  civilServantMedicalClaim,
  outpatientClaim,
  providentFundWithdrawal,
  providentFundLoan,
  ftzPowerRequest,
  subsidyApplication,
  premisesApplication,
  dataProduct,
];

/** A case kind id such as "data-share-request". Validated at run time against KIND_LIST. */
export type CaseKind = string;

export const KINDS: ReadonlyMap<string, KindDef> = new Map(KIND_LIST.map((k) => [k.kind, k]));
export const CASE_KINDS: readonly string[] = KIND_LIST.map((k) => k.kind);

export function kindDef(kind: string): KindDef | undefined {
  return KINDS.get(kind);
}

const normalizers = new Map<string, FactsNormalizer>();
const indexes = new Map<KindDef, ReadonlyMap<string, number>>();

/** Field → position in the `vals` array that normalizeFacts returns (definition order of the kind). */
export function fieldIndexOf(def: KindDef): ReadonlyMap<string, number> {
  let m = indexes.get(def);
  if (!m) {
    m = new Map(Object.keys(def.fields).map((n, i) => [n, i]));
    indexes.set(def, m);
  }
  return m;
}
/** Normalises a case's facts (Chinese portal values, dates) and lists every field at fault. Compiled once per kind. */
export function normalizeFacts(kind: string, raw: unknown): ReturnType<FactsNormalizer> {
  let n = normalizers.get(kind);
  if (!n) {
    const def = KINDS.get(kind);
    if (!def)
      return {
        facts: {},
        issues: [{ path: "kind", message: `unknown case kind; expected one of ${CASE_KINDS.join(", ")}` }],
        vals: [],
      };
    n = compileNormalizer(def);
    normalizers.set(kind, n);
  }
  return n(raw);
}
