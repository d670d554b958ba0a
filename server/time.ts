// Instants the API writes (createdAt, updatedAt, …) are ISO strings in Beijing time (+08:00), as every
// instant in the project is. A fixed offset keeps them sortable as plain text in both databases.

import { formatDay, shanghaiDay } from "../shared/time/index.ts";

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2026-09-30T15:00:00.123+08:00` for the given moment (default: now). */
export function toBeijingInstant(d: Date = new Date()): string {
  return `${new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

/** The Beijing calendar day (YYYY-MM-DD) of the given moment. */
export function beijingDay(d: Date = new Date()): string {
  return formatDay(shanghaiDay(d.getTime()));
}
