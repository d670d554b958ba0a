// /board: the office board, server-rendered (no build step, usable without script, every control a link or a form).
// Pages need a board session (the login form here, or POST /api/session); without one they send the browser to
// /board/login. Every form post is checked like any cookie write (same origin: server/middleware/auth.ts) and
// goes through the same stores, scopes and zod-checked rules as the API. A failed save shows the error and keeps
// what was typed.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Context, Hono } from "hono";
import { documentStatus, getDocument } from "../../shared/documents/index.ts";
import { KIND_LIST } from "../../shared/kinds/index.ts";
import { documentText } from "../../shared/sources/index.ts";
import { logIn, sessionCookie } from "../auth/login.ts";
import type { Principal } from "../auth/scope.ts";
import { deleteSession } from "../auth/sessions.ts";
import type { FlagStatus } from "../db/schema.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { authenticate, sessionSecret } from "../middleware/auth.ts";
import { readSource } from "../sources.ts";
import { assignFlag, commentFlag, flagDetail, transitionFlag } from "../store/flag-workflow.ts";
import { listFlags } from "../store/flags.ts";
import { listUsers } from "../store/people.ts";
import { beijingDay, toBeijingInstant } from "../time.ts";
import { casesXlsx } from "./export.ts";
import { chartsPage } from "./pages/charts.ts";
import { docPage } from "./pages/doc.ts";
import { flagPage, flagsPage } from "./pages/flags.ts";
import { loginPage } from "./pages/login.ts";
import { todayPage } from "./pages/today.ts";
import { BUCKETS, type Bucket, boardLevels, flagsPerRule, monthsBack, todayView, unitCards } from "./queries.ts";
import { overdueTrend } from "./trend.ts";

const here = dirname(fileURLToPath(import.meta.url));
const ECHARTS = join(dirname(createRequire(import.meta.url).resolve("echarts/package.json")), "dist/echarts.min.js");
const assets = {
  "echarts.min.js": () => readFileSync(ECHARTS),
  "charts.js": () => readFileSync(join(here, "assets/charts.js")),
} as const;

type Form = Record<string, string>;

async function form(c: Context): Promise<Form> {
  const body = await c.req.parseBody();
  const out: Form = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === "string") out[k] = v;
  return out;
}

/** The page's principal, or a redirect to the login form. */
async function viewer(deps: AppDeps, c: Context<AppEnv>): Promise<Principal | Response> {
  if (!sessionSecret(c)) return c.redirect(`/board/login?next=${encodeURIComponent(c.req.path)}`);
  try {
    return await authenticate(deps, c);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return c.redirect("/board/login");
    throw e;
  }
}

const isResponse = (x: unknown): x is Response => x instanceof Response;

function versionOf(f: Form): number | undefined {
  const v = Number(f.version);
  return Number.isInteger(v) && v > 0 ? v : undefined;
}

/** A message naming what failed, for a page (zh first). */
function problem(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = e.issues?.map((i) => `${i.path}：${i.message}`).join("；");
    return fields ? `${e.message}（${fields}）` : e.message;
  }
  throw e;
}

export function boardRoutes(deps: AppDeps) {
  const { db, engine } = deps;
  const ruleTitle = (id: string) => (engine.hasRule(id) ? engine.rule(id).rule.title.zh : id);
  const nowIso = () => toBeijingInstant(new Date(deps.clock()));

  const flagView = async (
    c: Context<AppEnv>,
    actor: Principal,
    id: string,
    extra: { message?: string; error?: string; typed?: Form } = {},
  ) => {
    const flag = await flagDetail(db, actor, id);
    const people = actor.role === "clerk" ? [] : (await listUsers(db, actor.scope)).filter((u) => !u.disabled);
    return c.html(
      flagPage({ actor, flag, ruleTitle: ruleTitle(flag.ruleId), people, ...extra }),
      extra.error ? 409 : 200,
    );
  };

  const flagAction =
    (act: (actor: Principal, id: string, f: Form) => Promise<unknown>, done: string) => async (c: Context<AppEnv>) => {
      const actor = await viewer(deps, c);
      if (isResponse(actor)) return actor;
      const id = c.req.param("id") ?? "";
      const f = await form(c);
      try {
        await act(actor, id, f);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) throw e;
        const error = problem(e);
        const res = await flagView(c, actor, id, { error, typed: f });
        return new Response(res.body, { status: e instanceof ApiError ? e.status : 400, headers: res.headers });
      }
      return flagView(c, actor, id, { message: done });
    };

  const needsSupervisor = (actor: Principal) => {
    if (actor.role === "clerk") throw new ApiError(403, "this needs the supervisor role (经办人不能处理标记)");
  };

  return new Hono<AppEnv>()
    .get("/assets/:name", (c) => {
      const name = c.req.param("name") as keyof typeof assets;
      if (!(name in assets)) return c.json({ error: `no such asset ${name}` }, 404);
      return c.body(assets[name](), 200, {
        "Content-Type": "text/javascript; charset=utf-8",
        "Cache-Control": "public, max-age=3600",
      });
    })
    .get("/login", (c) => c.html(loginPage({ next: c.req.query("next") })))
    .post("/login", async (c) => {
      const f = await form(c);
      const next = f.next?.startsWith("/board") ? f.next : "/board";
      try {
        await logIn(deps, c, f.name ?? "", f.password ?? "");
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        return c.html(loginPage({ error: e.message, name: f.name, next }), e.status === 429 ? 429 : 401);
      }
      return c.redirect(next, 303);
    })
    .post("/logout", async (c) => {
      const secret = sessionSecret(c);
      if (secret) {
        const actor = await viewer(deps, c); // same-origin check for a cookie write
        if (!isResponse(actor)) await deleteSession(db, secret);
      }
      sessionCookie(c, "", 0);
      return c.redirect("/board/login", 303);
    })
    .get("/", async (c) => {
      const actor = await viewer(deps, c);
      if (isResponse(actor)) return actor;
      const q = c.req.query();
      const bucket = (BUCKETS as readonly string[]).includes(q.bucket ?? "") ? (q.bucket as Bucket) : "overdue";
      const page = Math.max(1, Math.min(100_000, Number.parseInt(q.page ?? "1", 10) || 1));
      const filter = {
        bucket,
        unitId: q.unit || undefined,
        kind: q.kind || undefined,
        q: q.q?.slice(0, 60) || undefined,
        sort: q.sort === "-due" ? ("-due" as const) : ("due" as const),
        page,
      };
      const now = nowIso();
      const [view, cards] = await Promise.all([
        todayView(db, engine, actor.scope, filter, now),
        boardLevels(db).then((l) => unitCards(db, engine, actor.scope, now, l)),
      ]);
      return c.html(
        todayPage({
          actor,
          filter,
          cards,
          units: cards.map((u) => ({ id: u.unitId, name: u.name })),
          kinds: KIND_LIST.map((k) => ({ id: k.kind, name: k.title.zh })),
          view,
          asOf: now,
          ruleTitle,
        }),
      );
    })
    .get("/export.xlsx", async (c) => {
      const actor = await viewer(deps, c);
      if (isResponse(actor)) return actor;
      const q = c.req.query();
      const bucket = (BUCKETS as readonly string[]).includes(q.bucket ?? "") ? (q.bucket as Bucket) : "overdue";
      const stream = casesXlsx(
        db,
        engine,
        actor.scope,
        { bucket, unitId: q.unit || undefined, kind: q.kind || undefined },
        nowIso(),
      );
      return new Response(stream, {
        headers: {
          "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "Content-Disposition": `attachment; filename="cases-${bucket}.xlsx"; filename*=UTF-8''${encodeURIComponent(`在办案件-${beijingDay()}.xlsx`)}`,
        },
      });
    })
    .get("/flags", async (c) => {
      const actor = await viewer(deps, c);
      if (isResponse(actor)) return actor;
      const s = c.req.query("status");
      const status = s === "open" || s === "resolved" || s === "dismissed" ? (s as FlagStatus) : "";
      const { items, total } = await listFlags(db, actor.scope, { status: status || undefined, limit: 200, offset: 0 });
      const units = new Map((await db.selectFrom("units").select(["id", "name"]).execute()).map((u) => [u.id, u.name]));
      // open first, newest first within a status
      const order = { open: 0, resolved: 1, dismissed: 2 } as const;
      items.sort((a, b) => order[a.status] - order[b.status] || b.createdAt.localeCompare(a.createdAt));
      return c.html(flagsPage({ actor, status, items, total, ruleTitle, unitName: (id) => units.get(id) ?? "" }));
    })
    .get("/flags/:id", async (c) => {
      const actor = await viewer(deps, c);
      if (isResponse(actor)) return actor;
      return flagView(c, actor, c.req.param("id"));
    })
    .post(
      "/flags/:id/resolve",
      flagAction(async (a, id, f) => {
        needsSupervisor(a);
        await transitionFlag(db, a, id, "resolved", { text: f.resolution, version: versionOf(f) });
      }, "已处理完毕 Resolved"),
    )
    .post(
      "/flags/:id/dismiss",
      flagAction(async (a, id, f) => {
        needsSupervisor(a);
        await transitionFlag(db, a, id, "dismissed", { text: f.reason, version: versionOf(f) });
      }, "已驳回 Dismissed"),
    )
    .post(
      "/flags/:id/reopen",
      flagAction(async (a, id, f) => {
        needsSupervisor(a);
        await transitionFlag(db, a, id, "open", { text: f.note, version: versionOf(f) });
      }, "已重新打开 Reopened"),
    )
    .post(
      "/flags/:id/assign",
      flagAction(async (a, id, f) => {
        needsSupervisor(a);
        await assignFlag(db, a, id, { userId: f.userId || null, version: versionOf(f) });
      }, "已指派 Assigned"),
    )
    .post(
      "/flags/:id/comment",
      flagAction(async (a, id, f) => {
        await commentFlag(db, a, id, f.body ?? "");
      }, "已发表评论 Comment posted"),
    )
    .get("/charts", async (c) => {
      const actor = await viewer(deps, c);
      if (isResponse(actor)) return actor;
      const now = nowIso();
      const cards = await unitCards(db, engine, actor.scope, now, await boardLevels(db), 12);
      const months =
        cards[0]?.onTime.map((m) => m.month) ??
        Array.from({ length: 12 }, (_, i) => monthsBack(now.slice(0, 7), 11 - i));
      const rules = (await flagsPerRule(db, actor.scope))
        .slice(0, 15)
        .map((r) => ({ ...r, title: ruleTitle(r.ruleId) }));
      const trend = await overdueTrend(db, actor.scope, now.slice(0, 10), 30);
      return c.html(
        chartsPage({
          actor,
          data: {
            months,
            onTime: cards.map((u) => ({
              name: u.name,
              rates: u.onTime.map((m) => m.rate),
              done: u.onTime.map((m) => m.done),
              late: u.onTime.map((m) => m.late),
            })),
            rules,
            trend,
          },
        }),
      );
    })
    .get("/doc", async (c) => {
      const actor = await viewer(deps, c);
      if (isResponse(actor)) return actor;
      const entry = getDocument(c.req.query("no") ?? "");
      if (!entry) throw new ApiError(404, `document ${c.req.query("no") ?? ""} not found`);
      const text = documentText(entry.docNo, readSource);
      const st = documentStatus(entry.docNo, beijingDay());
      return c.html(
        docPage({
          actor,
          docNo: entry.docNo,
          title: entry.title,
          status: st?.status ?? "",
          articles: text?.articles ?? [],
          cited: c.req.query("article"),
          quote: c.req.query("quote"),
        }),
      );
    });
}
