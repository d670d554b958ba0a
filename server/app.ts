// The Hono app: CORS for configured origins only, body read once with a size limit (413), JSON errors, and the resource
// routes chained so that `hc<AppType>` (server/client.ts) knows every path, body and response.
import { type Context, Hono, type Next } from "hono";
import { cors } from "hono/cors";
import { boardRoutes } from "./board/routes.ts";
import type { AppDeps, AppEnv } from "./env.ts";
import { ApiError, errorResponse } from "./errors.ts";
import { readBodyThen, utf8Decoder } from "./middleware/body.ts";
import { requestHeader } from "./middleware/request-header.ts";
import { docsPage, openApiDocument } from "./openapi.ts";
import { adapterRoutes } from "./routes/adapters.ts";
import { calendarRoutes } from "./routes/calendar.ts";
import { caseRoutes } from "./routes/cases.ts";
import { deadlineRoutes } from "./routes/deadlines.ts";
import { documentRoutes } from "./routes/documents.ts";
import { evaluateRoutes } from "./routes/evaluate.ts";
import { flagRoutes } from "./routes/flags.ts";
import { healthRoutes } from "./routes/health.ts";
import { rulepackRoutes } from "./routes/rulepacks.ts";
import { ruleRoutes } from "./routes/rules.ts";
import { sessionRoutes } from "./routes/session.ts";
import { syncRoutes } from "./routes/sync.ts";
import { tokenRoutes } from "./routes/tokens.ts";
import { unitRoutes } from "./routes/units.ts";
import { userRoutes } from "./routes/users.ts";

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.onError(errorResponse);
  app.notFound((c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404));

  const allowed = new Set(deps.allowedOrigins);
  const corsHeaders = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "If-None-Match"],
    exposeHeaders: ["ETag", "Retry-After"],
    maxAge: 600,
  });
  // One middleware for every request instead of three layers (each layer is a closure, a promise and a
  // dispatch step on every call): CORS only when the request carries Origin (same-origin and extension-background
  // calls skip it; it touches response headers before the handler runs), then for /api/* the NUL check on the
  // URL and the body read with the size limit.
  const limit = deps.bodyLimitBytes;
  const decoder = utf8Decoder();
  const api = (c: Context<AppEnv>, next: Next) => {
    const path = c.req.path;
    if (!(path.startsWith("/api/") || path === "/api")) return next();
    // NUL characters cannot be stored in PostgreSQL text and are never meaningful in a path or query.
    const url = c.req.url;
    if (url.includes("%00") || url.includes("\u0000"))
      throw new ApiError(400, "NUL characters are not allowed in the URL", [
        { path: "(url)", message: "expected no %00 / NUL characters" },
      ]);
    return readBodyThen(c, next, limit, decoder);
  };
  app.use("*", (c, next) => (requestHeader(c, "origin") ? corsHeaders(c, () => api(c, next)) : api(c, next)));

  return app
    .get("/", (c) => c.redirect("/board"))
    .route("/board", boardRoutes(deps))
    .get("/api/openapi.json", (c) => c.json(openApiDocument()))
    .get("/api/docs", (c) => c.html(docsPage()))
    .route("/api/health", healthRoutes(deps))
    .route("/api/rulepacks", rulepackRoutes(deps))
    .route("/api/rules", ruleRoutes(deps))
    .route("/api/documents", documentRoutes(deps))
    .route("/api/calendar", calendarRoutes(deps))
    .route("/api/deadlines", deadlineRoutes(deps))
    .route("/api/evaluate", evaluateRoutes(deps))
    .route("/api/cases", caseRoutes(deps))
    .route("/api/flags", flagRoutes(deps))
    .route("/api/sync", syncRoutes(deps))
    .route("/api/tokens", tokenRoutes(deps))
    .route("/api/units", unitRoutes(deps))
    .route("/api/users", userRoutes(deps))
    .route("/api/session", sessionRoutes(deps))
    .route("/api/adapters", adapterRoutes(deps));
}

export type AppType = ReturnType<typeof createApp>;
