// GET /api/calendar/:year (every day's status and the year's source) and PUT /api/calendar/:year (admin):
// load a newly published State Council arrangement; it is stored in the database and reloaded at start.
import { Hono } from "hono";
import { FIRST_YEAR, LAST_YEAR, type YearInfo } from "../../shared/calendar/index.ts";
import { maskPersonalDeep } from "../../shared/privacy/index.ts";
import type { AppDeps, AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { requireRole } from "../middleware/auth.ts";
import { YearArrangementSchema } from "../schemas.ts";
import { toBeijingInstant } from "../time.ts";
import { jsonBody } from "../validate.ts";

/** The years the shared calendar can answer (published 2004–…, provisional up to its lunar table's end). */
export const CALENDAR_MIN_YEAR = FIRST_YEAR;
export const CALENDAR_MAX_YEAR = LAST_YEAR;

function parseYear(raw: string): number {
  const y = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(y >= CALENDAR_MIN_YEAR && y <= CALENDAR_MAX_YEAR))
    throw new ApiError(400, "invalid year", [
      { path: "year", message: `expected a year ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, got "${raw}"` },
    ]);
  return y;
}

/**
 * The year as answered: every day also carries `status` (work / rest / holiday), the name the API contract gives
 * it; `kind` is the same value under the shared calendar's name, kept for clients that read it.
 */
function yearAnswer(y: YearInfo) {
  return { ...y, days: y.days.map(({ date, ...rest }) => ({ date, status: rest.kind, ...rest })) };
}

export function calendarRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/:year", (c) => {
      const year = parseYear(c.req.param("year"));
      return c.json(yearAnswer(deps.engine.calendar.year(year)));
    })
    .put("/:year", requireRole(deps, "admin"), jsonBody(YearArrangementSchema), async (c) => {
      const year = parseYear(c.req.param("year"));
      // masked like everything stored: the engine's calendar answers what the database holds
      const arr = maskPersonalDeep(c.req.valid("json"));
      if (arr.year !== year)
        throw new ApiError(400, "year mismatch", [
          { path: "year", message: `body year ${arr.year} ≠ path year ${year}` },
        ]);
      const now = toBeijingInstant();
      const by = c.get("token").name;
      await deps.db.transaction().execute(async (trx) => {
        const row = { source: arr.source, arrangement: JSON.stringify(arr), loaded_at: now, loaded_by: by };
        await trx
          .insertInto("calendar_years")
          .values({ year, ...row })
          .onConflict((oc) => oc.column("year").doUpdateSet(row))
          .execute();
        // Inside the transaction: if the calendar rejects the arrangement, nothing is stored.
        deps.engine.loadYear(arr);
      });
      return c.json(yearAnswer(deps.engine.calendar.year(year)));
    });
}
