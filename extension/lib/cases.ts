// Tracked cases and flags in the extension store; every change also goes to the outbox for the server.
import type { FlagRow, ShiXianDB, TrackedCase } from "./db.ts";
import type { Facts, ViewResult } from "./messages.ts";
import { enqueue, newKey } from "./outbox.ts";
import { maskPersonalDeep, maskPersonalNumbers } from "./privacy.ts";

/** Personal numbers masked in every string (shared/privacy, identical to the server's masking). The database
 * masks every write anyway (db.ts); values compared or returned before they are stored are masked here. */
export const maskFactsDeep = (facts: Facts): Facts => maskPersonalDeep(facts);

/** The local case id, built from masked parts so that it equals the id stored (and looked up) in IndexedDB. */
export function caseIdFor(url: string, externalId?: string): { id: string; portal: string } {
  const u = new URL(url);
  const portal = u.origin;
  const ref = externalId ?? `${u.pathname}${u.search}${u.hash}`;
  return { id: `${portal}|${maskPersonalNumbers(ref)}`, portal };
}

/** Stores (or updates) the case a clerk has open; enqueues a sync item only when something changed. */
export async function trackCase(
  db: ShiXianDB,
  input: { url: string; externalId?: string; kind: string; facts: Facts; result: ViewResult },
  now: Date = new Date(),
): Promise<TrackedCase> {
  const { id, portal } = caseIdFor(input.url, input.externalId);
  const facts = maskFactsDeep(input.facts);
  const running = input.result.deadlines.filter((d) => d.status !== "done" && !d.met && !d.doneAt).map((d) => d.dueAt);
  const record: TrackedCase = {
    id,
    portal,
    externalId: input.externalId === undefined ? undefined : maskPersonalNumbers(input.externalId),
    url: maskPersonalNumbers(input.url),
    kind: input.kind,
    facts,
    deadlines: input.result.deadlines,
    nextDueAt: running.sort()[0] ?? "",
    openFindings: input.result.findings.filter((f) => f.severity !== "info").length,
    closed: 0,
    updatedAt: now.toISOString(),
  };
  await db.transaction("rw", db.cases, db.outbox, async () => {
    const prev = await db.cases.get(id);
    const changed =
      !prev ||
      prev.kind !== record.kind ||
      JSON.stringify(prev.facts) !== JSON.stringify(record.facts) ||
      JSON.stringify(prev.deadlines.map((d) => [d.ruleId, d.dueAt, d.met])) !==
        JSON.stringify(record.deadlines.map((d) => [d.ruleId, d.dueAt, d.met]));
    await db.cases.put(record);
    if (changed)
      await enqueue(
        db,
        "case.upsert",
        {
          portal,
          externalId: record.externalId ?? id.slice(portal.length + 1),
          kind: input.kind,
          url: record.url,
          facts,
          deadlines: record.deadlines.map((d) => ({ ruleId: d.ruleId, due: d.due, dueAt: d.dueAt })),
        },
        now,
      );
  });
  return record;
}

export async function createFlag(
  db: ShiXianDB,
  input: Omit<FlagRow, "id" | "status" | "createdAt">,
  now: Date = new Date(),
): Promise<FlagRow> {
  const flag: FlagRow = {
    ...maskPersonalDeep(input),
    id: newKey(),
    status: "open",
    createdAt: now.toISOString(),
  };
  const portal = new URL(input.url).origin;
  await db.transaction("rw", db.flags, db.outbox, async () => {
    await db.flags.add(flag);
    await enqueue(
      db,
      "flag.create",
      {
        ruleId: flag.ruleId,
        ...(flag.checkId ? { checkId: flag.checkId } : {}),
        ...(flag.note ? { note: flag.note } : {}),
        case: { portal, externalId: flag.externalId ?? caseIdFor(flag.url).id.slice(portal.length + 1) },
        evidence: {
          url: flag.url,
          kind: flag.kind,
          clientFlagId: flag.id,
          createdAt: flag.createdAt,
          ...flag.evidence,
        },
      },
      now,
    );
  });
  return flag;
}
