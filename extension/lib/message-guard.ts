// The background's gate for runtime messages: who sent it, and is it the shape we expect? Portal pages are hostile
// and a compromised page context could try to inject flags through the message channel, so every message is
// checked here before lib/messages.ts's handler sees it:
//   - the sender is this extension (`sender.id`);
//   - an extension page (popup, options: `chrome-extension://<our id>/…`) may send every message;
//   - otherwise it must be our content script: in a tab, in a frame whose URL is a configured portal (the build's
//     content-script matches plus the portals granted at run time), and only the messages a content script sends
//     (evaluate, evaluateRows, flag, article, and the page teacher's adapters / saveAdapter) — with no `now` override, and a page URL on the sender's own origin;
//   - the message's shape is validated (zod, with named limits), naming the field and what was expected.
// Zod stays out of the content script bundle: only the background imports this module.
import { z } from "zod";
import { CitationSchema } from "../../shared/rules/schema-parts.ts";
import type { Request } from "./messages.ts";
import { onPortal } from "./portal-match.ts";

export { onPortal };

/** Named limits: generous for real portal pages, small enough that nothing can flood the store. */
export const LIMITS = {
  /** a short identifier: case kind, rule id, check id, case id */
  id: 200,
  /** a case number or 文号 as a portal shows it */
  label: 500,
  url: 8192,
  note: 4000,
  factKey: 200,
  factValue: 100_000,
  factList: 10_000,
  facts: 2_000,
  /** rival case kinds the recogniser names when it is unsure */
  altKinds: 20,
  /** one batch of queue rows as JSON (lib/row-codec.ts; 2 500 rows a batch) */
  rowsJson: 32 * 1024 * 1024,
} as const;

/** The subset of `runtime.MessageSender` the guard reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface GuardContext {
  /** `browser.runtime.id` */
  extensionId: string;
  /** the portals' match patterns: the build's content-script matches and the origins granted at run time */
  portals: readonly string[];
}

export type SenderKind = "extension-page" | "content-script";

export type Verdict = { ok: true; msg: Request; from: SenderKind } | { ok: false; reason: string };

const id = z.string().min(1).max(LIMITS.id);
const label = z.string().max(LIMITS.label);
const pageUrl = z.string().min(1).max(LIMITS.url);
const factValue = z.union([
  z.string().max(LIMITS.factValue),
  z.boolean(),
  z.array(z.string().max(LIMITS.factValue)).max(LIMITS.factList),
]);
const facts = z
  .record(z.string().min(1).max(LIMITS.factKey), factValue)
  .refine((f) => Object.keys(f).length <= LIMITS.facts, `at most ${LIMITS.facts} facts`);
const localized = z.object({ zh: z.string().max(LIMITS.factValue), en: z.string().max(LIMITS.factValue) });
const finding = z.object({
  ruleId: id,
  checkId: id.optional(),
  severity: z.enum(["violation", "warning", "info"]),
  citation: CitationSchema,
  message: localized,
  field: z.string().max(LIMITS.factKey).optional(),
  documentStatus: z.enum(["in-force", "expired", "repealed", "not-yet-effective"]).optional(),
});
const isoInstant = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), "an ISO date-time");

/** What a content script sends. Strict: an unknown key is refused (it would otherwise reach the store). */
const contentMessages = {
  evaluate: z.strictObject({
    type: z.literal("evaluate"),
    kind: id,
    facts,
    url: pageUrl,
    externalId: label.optional(),
    confidence: z.enum(["high", "low"]).optional(),
    altKinds: z.array(id).max(LIMITS.altKinds).optional(),
  }),
  evaluateRows: z.strictObject({
    type: z.literal("evaluateRows"),
    kind: id,
    rows: z.string().max(LIMITS.rowsJson),
  }),
  flag: z.strictObject({
    type: z.literal("flag"),
    caseId: id.optional(),
    kind: id,
    externalId: label.optional(),
    url: pageUrl,
    ruleId: id,
    checkId: id.optional(),
    note: z.string().max(LIMITS.note).optional(),
    evidence: z.strictObject({ facts, finding: finding.optional() }),
  }),
  article: z.strictObject({
    type: z.literal("article"),
    docNo: z.string().min(1).max(LIMITS.label),
    article: label.optional(),
  }),
  /** the page teacher (in the overlay): the adapters for this page, and saving what the clerk taught */
  adapters: z.strictObject({ type: z.literal("adapters"), url: pageUrl }),
  // the adapter itself is validated by the store against shared/adapters' schema (naming the field at fault)
  saveAdapter: z.strictObject({ type: z.literal("saveAdapter"), adapter: z.unknown() }),
};

/** What the extension's own pages (popup, options) may send: everything, and `now` for evaluations. */
const pageMessages = {
  ...contentMessages,
  evaluate: contentMessages.evaluate.extend({ now: isoInstant.optional() }),
  evaluateRows: contentMessages.evaluateRows.extend({ now: isoInstant.optional() }),
  syncNow: z.strictObject({ type: z.literal("syncNow") }),
  status: z.strictObject({ type: z.literal("status") }),
  refreshRules: z.strictObject({ type: z.literal("refreshRules") }),
  listAdapters: z.strictObject({ type: z.literal("listAdapters") }),
  deleteAdapter: z.strictObject({ type: z.literal("deleteAdapter"), id }),
  importAdapters: z.strictObject({ type: z.literal("importAdapters"), adapters: z.unknown() }),
};

// Compile-time checks: every schema's output is a Request, and every Request type has a schema here (a message type
// added to lib/messages.ts without one fails type-checking, naming the type).
type Parsed = { [K in keyof typeof pageMessages]: z.infer<(typeof pageMessages)[K]> }[keyof typeof pageMessages];
const _parsedIsRequest = (m: Parsed): Request => m;
type Unchecked = Exclude<Request["type"], keyof typeof pageMessages>;
const _everyTypeHasASchema: [Unchecked] extends [never] ? true : Unchecked = true;
// …and every field of every Request has a place in its schema (a strict schema would refuse the message at run time).
type MissingFields = {
  [K in Request["type"]]: Exclude<keyof Extract<Request, { type: K }>, keyof z.infer<(typeof pageMessages)[K]>>;
}[Request["type"]];
const _everyFieldHasASchema: [MissingFields] extends [never] ? true : MissingFields = true;
void _parsedIsRequest;
void _everyTypeHasASchema;
void _everyFieldHasASchema;

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const o = new URL(url).origin;
    return o === "null" ? undefined : o;
  } catch {
    return undefined;
  }
}

/** Who sent a message: one of our extension pages, our content script on a portal, or a refusal with its reason. */
export function classifySender(
  sender: SenderInfo | undefined,
  ctx: GuardContext,
): { kind: SenderKind; origin: string } | { reason: string } {
  if (!sender) return { reason: "no sender" };
  if (sender.id !== ctx.extensionId) return { reason: `sender id ${JSON.stringify(sender.id)} is not this extension` };
  const urlOrigin = originOf(sender.url);
  const origin = sender.origin ?? urlOrigin;
  if (!origin || origin === "null") return { reason: "sender has no origin" };
  if (urlOrigin && urlOrigin !== origin) return { reason: `sender url (${urlOrigin}) is not on its origin ${origin}` };
  // Extension pages: chrome-extension://<id> (moz-extension://<uuid> in Firefox, where the host is not the id).
  if (/^(chrome|moz|safari-web)-extension:\/\//.test(origin)) {
    if (origin.startsWith("chrome-extension://") && origin !== `chrome-extension://${ctx.extensionId}`)
      return { reason: `extension page of another extension (${origin})` };
    return { kind: "extension-page", origin };
  }
  if (!sender.tab) return { reason: `not from a tab (${origin})` };
  if (!sender.url || !onPortal(sender.url, ctx.portals))
    return { reason: `frame on ${origin} is not on a configured portal` };
  return { kind: "content-script", origin };
}

function describeIssue(type: string, err: z.ZodError): string {
  const i = err.issues[0];
  const path = i.path.length ? i.path.join(".") : "(message)";
  if (i.code === "unrecognized_keys") return `${type}: unexpected field(s) ${i.keys.join(", ")}`;
  return `${type}.${path}: ${i.message}`;
}

/** Checks one runtime message and its sender; the message is returned only when both pass. */
export function checkMessage(msg: unknown, sender: SenderInfo | undefined, ctx: GuardContext): Verdict {
  const who = classifySender(sender, ctx);
  if ("reason" in who) return { ok: false, reason: who.reason };
  if (typeof msg !== "object" || msg === null || Array.isArray(msg))
    return { ok: false, reason: "message: expected an object with a type" };
  const type = (msg as { type?: unknown }).type;
  const table: Record<string, z.ZodType> = who.kind === "extension-page" ? pageMessages : contentMessages;
  if (typeof type !== "string" || !Object.hasOwn(table, type)) {
    const known = Object.hasOwn(pageMessages, String(type));
    return {
      ok: false,
      reason: known
        ? `message type "${String(type)}" is not accepted from a content script`
        : `message type ${JSON.stringify(type)} is unknown; expected one of ${Object.keys(table).join(", ")}`,
    };
  }
  const parsed = table[type].safeParse(msg);
  if (!parsed.success) return { ok: false, reason: describeIssue(type, parsed.error) };
  const m = parsed.data as Request;
  // A content script reports the page it runs in: the URL it sends must be on the sender's own origin.
  if (who.kind === "content-script" && "url" in m && originOf(m.url) !== who.origin)
    return { ok: false, reason: `${type}.url: expected a page on the sender's origin ${who.origin}` };
  return { ok: true, msg: m, from: who.kind };
}
