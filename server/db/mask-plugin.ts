// Personal numbers never reach the database in clear: a Kysely plugin that every query of both dialects passes
// (server/db/connect.ts installs it), so masking is a property of the storage boundary, not of each column —
// a new table or column cannot forget it.
// - Every bound value of every query is masked with the one shared function (shared/privacy): inserted and
//   updated values, and the values of WHERE / ON CONFLICT clauses, so that looking a row up by a clear
//   number finds the row stored under its masked form (masking is deterministic and idempotent).
// - JSON text (facts, evidence, sync results) is masked value by value and key by key and serialised again, so
//   the stored JSON stays valid.
// - Rows read back are masked too: rows written before migration 0002, or by an older instance sharing a
//   PostgreSQL database during an upgrade, never reach an API answer or an export in clear.
// Opaque identifiers (UUIDs, sha256 hex) are never changed by the masking rules (see shared/privacy), so ids and
// token hashes keep working. Migrations that must address a row by its clear value use db.withoutPlugins().
import {
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from "kysely";
import { maskPersonalDeep, maskPersonalText } from "../../shared/privacy/index.ts";

/** What a bound value becomes before it is sent to the database. */
export function maskBoundValue(v: unknown): unknown {
  if (typeof v === "string") return maskPersonalText(v);
  if (typeof v === "number") return maskPersonalDeep(v);
  return v;
}

class MaskValues extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = maskBoundValue(node.value);
    return value === node.value ? node : { ...node, value };
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    let changed = false;
    const values = node.values.map((v) => {
      const m = maskBoundValue(v);
      if (m !== v) changed = true;
      return m;
    });
    return changed ? { ...node, values } : node;
  }
}

function maskRow(row: UnknownRow): UnknownRow {
  let out: UnknownRow | undefined;
  for (const k in row) {
    const v = row[k];
    const m = maskBoundValue(v);
    if (m !== v) {
      out ??= { ...row };
      out[k] = m;
    }
  }
  return out ?? row;
}

export class MaskPersonalDataPlugin implements KyselyPlugin {
  readonly #transformer = new MaskValues();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const rows = args.result.rows;
    if (!rows?.length) return args.result;
    let changed = false;
    const masked = rows.map((r) => {
      const m = maskRow(r);
      if (m !== r) changed = true;
      return m;
    });
    return changed ? { ...args.result, rows: masked } : args.result;
  }
}
