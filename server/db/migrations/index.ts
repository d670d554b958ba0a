// Versioned schema migrations, applied in name order by Kysely's Migrator (server/db/migrate.ts).
// Add a new file NNNN_<what>.ts and list it here; never edit a migration that has shipped.
import type { Migration } from "kysely";
import * as m0001 from "./0001_initial.ts";
import * as m0002 from "./0002_mask_personal_data.ts";
import * as m0003 from "./0003_scoped_idempotency_keys.ts";
import * as m0004 from "./0004_adapters.ts";
import * as m0005 from "./0005_people.ts";
import * as m0006 from "./0006_flag_workflow.ts";

export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_mask_personal_data": m0002,
  "0003_scoped_idempotency_keys": m0003,
  "0004_adapters": m0004,
  "0005_people": m0005,
  "0006_flag_workflow": m0006,
};
