// The bundled rule packs (one file per document). Pack engineers register a pack with one import and one entry.
import type { RulePack } from "../schema.ts";
import { mdjFtzPowers2022 } from "./mdj-ftz-powers-2022.ts";
import { mdjOutpatient2022 } from "./mdj-outpatient-2022.ts";
import { mdjProvidentFund2022 } from "./mdj-provident-fund-2022.ts";
import { syApprovalItems2017 } from "./sy-approval-items-2017.ts";
import { syMedicalSubsidy2026 } from "./sy-medical-subsidy-2026.ts";
import { syPublicData2026 } from "./sy-public-data-2026.ts";
import { syShantytownPremises2017 } from "./sy-shantytown-premises-2017.ts";
import { syEmployment2018, syEmployment2023, syListingRewards2018 } from "./sy-subsidies.ts";
import { syTasks2026 } from "./sy-tasks-2026.ts";

const PACKS: RulePack[] = [
  syPublicData2026,
  syMedicalSubsidy2026,
  mdjOutpatient2022,
  syApprovalItems2017,
  mdjFtzPowers2022,
  mdjProvidentFund2022,
  syEmployment2023,
  syEmployment2018,
  syListingRewards2018,
  syTasks2026,
  syShantytownPremises2017,
];

/** The bundled packs, in a stable order. The same array (identity) every call, so compiled packs can be cached. */
export function allPacks(): RulePack[] {
  return PACKS;
}

export interface RulePackBundle {
  /** changes whenever any pack's content changes: "<n packs>-<fnv1a hash of the JSON>" */
  version: string;
  packs: RulePack[];
}

let bundle: RulePackBundle | undefined;

/** `{ version, packs }` exactly as served by GET /api/rulepacks and stored by the extension. */
export function rulePackBundle(): RulePackBundle {
  if (!bundle) bundle = { version: `${PACKS.length}-${fnv1a(JSON.stringify(PACKS))}`, packs: PACKS };
  return bundle;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
