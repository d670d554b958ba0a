// /api/flags: clerks create flags (rule, case reference, evidence snapshot, note) and list them; supervisors
// resolve them and export them as CSV for Excel (UTF-8 BOM). Everything within the principal's scope: a flag of a
// unit outside it is 404 and never in a list or an export.
import { Hono } from "hono";
import { toCsv } from "../csv.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import {
  FlagAssignSchema,
  FlagCommentSchema,
  FlagCreateSchema,
  FlagDismissSchema,
  FlagListQuerySchema,
  FlagReopenSchema,
  FlagResolveSchema,
} from "../schemas.ts";
import { assignFlag, commentFlag, flagDetail, transitionFlag } from "../store/flag-workflow.ts";
import { allFlags, createFlag, listFlags } from "../store/flags.ts";
import { jsonBody, queryParams } from "../validate.ts";

const STATUS_ZH = { open: "待处理", resolved: "已处理", dismissed: "已驳回" } as const;

export function flagRoutes(deps: AppDeps) {
  return (
    new Hono<AppEnv>()
      .use(requireRole(deps, "clerk"))
      .post("/", jsonBody(FlagCreateSchema), async (c) => {
        const body = c.req.valid("json");
        const token = c.get("token");
        const key = body.idempotencyKey ? { tokenId: token.id, key: body.idempotencyKey } : undefined;
        const r = await deps.db.transaction().execute((trx) => createFlag(trx, deps.engine, body, key, c.get("actor")));
        return c.json(r.flag, r.created ? 201 : 200);
      })
      .get("/", queryParams(FlagListQuerySchema), async (c) =>
        c.json(await listFlags(deps.db, c.get("actor").scope, c.req.valid("query"))),
      )
      // A clerk exports their own unit's flags, a supervisor the units they oversee: the scope decides, not the role.
      .get("/export.csv", async (c) => {
        const status = c.req.query("status");
        const flags = await allFlags(
          deps.db,
          c.get("actor").scope,
          status === "open" || status === "resolved" || status === "dismissed" ? status : undefined,
        );
        const header = [
          "编号 ID",
          "规则 Rule",
          "规则名称 Rule title",
          "依据 Citation",
          "检查项 Check",
          "门户 Portal",
          "案件编号 Case no.",
          "状态 Status",
          "备注 Note",
          "证据 Evidence",
          "标记时间 Flagged at",
          "标记人 Flagged by",
          "处理时间 Resolved at",
          "处理人 Resolved by",
          "处理说明 Resolution",
        ];
        const rows = flags.map((f) => {
          const rule = deps.engine.hasRule(f.ruleId) ? deps.engine.rule(f.ruleId).rule : undefined;
          const cit = rule
            ? [rule.citation.docNo, rule.citation.article, rule.citation.paragraph].filter(Boolean).join(" ")
            : "";
          return [
            f.id,
            f.ruleId,
            rule?.title.zh ?? "",
            cit,
            f.checkId ?? "",
            f.case?.portal ?? "",
            f.case?.externalId ?? "",
            STATUS_ZH[f.status],
            f.note,
            Object.keys(f.evidence).length ? f.evidence : "",
            f.createdAt,
            f.createdBy ?? "",
            f.resolvedAt ?? "",
            f.resolvedBy ?? "",
            f.resolution ?? "",
          ];
        });
        return c.body(toCsv(header, rows), 200, {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="flags.csv"; filename*=UTF-8''${encodeURIComponent("标记.csv")}`,
        });
      })
      .get("/:id", async (c) => c.json(await flagDetail(deps.db, c.get("actor"), c.req.param("id"))))
      .post("/:id/resolve", requireRole(deps, "supervisor"), jsonBody(FlagResolveSchema), async (c) => {
        const { resolution, version } = c.req.valid("json");
        return c.json(
          await transitionFlag(deps.db, c.get("actor"), c.req.param("id"), "resolved", { text: resolution, version }),
        );
      })
      .post("/:id/dismiss", requireRole(deps, "supervisor"), jsonBody(FlagDismissSchema), async (c) => {
        const { reason, version } = c.req.valid("json");
        return c.json(
          await transitionFlag(deps.db, c.get("actor"), c.req.param("id"), "dismissed", { text: reason, version }),
        );
      })
      .post("/:id/reopen", requireRole(deps, "supervisor"), jsonBody(FlagReopenSchema), async (c) => {
        const { note, version } = c.req.valid("json");
        return c.json(
          await transitionFlag(deps.db, c.get("actor"), c.req.param("id"), "open", { text: note, version }),
        );
      })
      .post("/:id/assign", requireRole(deps, "supervisor"), jsonBody(FlagAssignSchema), async (c) =>
        c.json(await assignFlag(deps.db, c.get("actor"), c.req.param("id"), c.req.valid("json"))),
      )
      .post("/:id/comments", jsonBody(FlagCommentSchema), async (c) =>
        c.json(await commentFlag(deps.db, c.get("actor"), c.req.param("id"), c.req.valid("json").body), 201),
      )
  );
}
