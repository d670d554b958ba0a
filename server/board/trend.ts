// How many cases were overdue on each of the last N days: a case counts on day d when its earliest due day was
// before d and it was still open on d (not closed, or closed after d). One aggregate query per day, each on the
// indexed due column.
import type { Kysely } from "kysely";
import type { Scope } from "../auth/scope.ts";
import type { Database } from "../db/schema.ts";
import { scopedCases } from "../store/cases.ts";

export async function overdueTrend(
  db: Kysely<Database>,
  scope: Scope,
  today: string,
  days: number,
): Promise<{ day: string; count: number }[]> {
  const out: { day: string; count: number }[] = [];
  const t = Date.parse(`${today}T00:00:00Z`);
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(t - i * 86_400_000).toISOString().slice(0, 10);
    const r = await scopedCases(db, scope)
      .where("due", "is not", null)
      .where("due", "<", day)
      .where("created_at", "<=", `${day}T23:59:59+08:00`)
      .where((eb) => eb.or([eb("closed_at", "is", null), eb("closed_at", ">", `${day}T23:59:59+08:00`)]))
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow();
    out.push({ day, count: Number(r.n) });
  }
  return out;
}
