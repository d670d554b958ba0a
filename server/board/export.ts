// The 今日 view as an xlsx file (exceljs streaming writer): rows are read from the database in keyset-paged batches
// and written as they come, so a 100 000-row export never holds the whole list in memory. Identity numbers are
// masked here too (export boundary), although cases are stored masked already.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Kysely } from "kysely";
import { kindDef } from "../../shared/kinds/index.ts";
import { maskPersonalNumbers } from "../../shared/privacy/index.ts";
import type { Scope } from "../auth/scope.ts";
import type { Database } from "../db/schema.ts";
import type { Engine } from "../engine.ts";
import { scopedCases } from "../store/cases.ts";
import { type Bucket, bucketDays } from "./queries.ts";

const BATCH = 1000;
const BUCKET_ZH: Record<Bucket, string> = { overdue: "已超期", today: "今日到期", soon: "即将到期", all: "全部在办" };

export function casesXlsx(
  db: Kysely<Database>,
  engine: Engine,
  scope: Scope,
  f: { bucket: Bucket; unitId?: string; kind?: string },
  now: string,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(BUCKET_ZH[f.bucket]);
  ws.columns = [
    { header: "案件编号 Case no.", key: "externalId", width: 22 },
    { header: "门户 Portal", key: "portal", width: 24 },
    { header: "业务类型 Kind", key: "kind", width: 20 },
    { header: "科室 Unit", key: "unit", width: 20 },
    { header: "截止日 Due", key: "due", width: 12 },
    { header: "状态 Status", key: "status", width: 10 },
    { header: "经办人 Clerk", key: "clerk", width: 12 },
    { header: "更新时间 Updated", key: "updatedAt", width: 22 },
  ];
  ws.getRow(1).font = { bold: true };
  const { today, soonUntil } = bucketDays(engine, now.slice(0, 10));
  void (async () => {
    try {
      const units = new Map((await db.selectFrom("units").select(["id", "name"]).execute()).map((u) => [u.id, u.name]));
      let after: { due: string; id: string } | undefined;
      for (;;) {
        let q = scopedCases(db, scope).where("status", "=", "open").where("due", "is not", null);
        if (f.unitId) q = q.where("unit_id", "=", f.unitId);
        if (f.kind) q = q.where("kind", "=", f.kind);
        if (f.bucket === "overdue") q = q.where("due", "<", today);
        else if (f.bucket === "today") q = q.where("due", "=", today);
        else if (f.bucket === "soon") q = q.where("due", ">", today).where("due", "<=", soonUntil);
        if (after) {
          const a = after;
          q = q.where((eb) => eb.or([eb("due", ">", a.due), eb.and([eb("due", "=", a.due), eb("id", ">", a.id)])]));
        }
        const rows = await q
          .select([
            "id",
            "external_id",
            "portal",
            "kind",
            "unit_id",
            "unit",
            "due",
            "updated_by",
            "created_by",
            "updated_at",
          ])
          .orderBy("due")
          .orderBy("id")
          .limit(BATCH)
          .execute();
        for (const r of rows) {
          const status = (r.due ?? "") < today ? "已超期" : r.due === today ? "今日到期" : "在办";
          ws.addRow({
            externalId: maskPersonalNumbers(r.external_id),
            portal: r.portal,
            kind: kindDef(r.kind)?.title.zh ?? r.kind,
            unit: units.get(r.unit_id) ?? r.unit ?? "",
            due: r.due,
            status,
            clerk: r.updated_by ?? r.created_by ?? "",
            updatedAt: r.updated_at.replace("T", " ").slice(0, 19),
          }).commit();
        }
        if (rows.length < BATCH) break;
        const last = rows[rows.length - 1];
        after = { due: last.due ?? "", id: last.id };
      }
      ws.commit();
      await wb.commit();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
