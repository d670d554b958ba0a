// A portal adapter is data (JSON), validated here, so adapters can be updated from the server like rule packs.
// It says which pages it applies to (a URL regular expression) and where each field is on them.
import { z } from "zod";
import { KIND_LIST } from "../kinds/index.ts";
import type { PortalAdapter } from "./types.ts";

function isRegExp(s: string): boolean {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}

const regexString = z.string().min(1).refine(isRegExp, { message: "expected a valid regular expression" });

/** Where one field's value is on a detail page: a CSS selector, or the labels printed next to it. */
export const SingleFieldSchema = z
  .object({
    selector: z.string().min(1).optional(),
    labels: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((f) => f.selector !== undefined || f.labels !== undefined, {
    message: "a field needs selector or labels",
  });

/** Where one field is in a list row: the header labels of its column, or its 0-based column index. */
export const ColumnSchema = z
  .object({
    header: z.array(z.string().min(1)).min(1).optional(),
    index: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((c) => c.header !== undefined || c.index !== undefined, { message: "a column needs header or index" });

const AdapterObject = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lowercase id such as demo-queue"),
    version: z.string().min(1),
    title: z.object({ zh: z.string(), en: z.string() }).strict().optional(),
    /** Regular expression tested against the page URL. */
    urlPattern: regexString,
    /** Fixed case kind of every case the adapter finds (else per row from kindColumn, else generic detection). */
    kind: z.string().min(1).optional(),
    /** Every field/column must be found, else nothing is read (generic recogniser, clerk told). */
    requireAll: z.boolean().optional(),
    single: z
      .object({
        /** CSS selector of the element holding the case (default: the first document's body). */
        root: z.string().min(1).optional(),
        fields: z.record(z.string(), SingleFieldSchema),
        externalId: SingleFieldSchema.optional(),
      })
      .strict()
      .optional(),
    list: z
      .object({
        /** CSS selector of the list table. */
        table: z.string().min(1),
        /** Index (in table.rows) of the header row. */
        headerRow: z.number().int().min(0).optional(),
        columns: z.record(z.string(), ColumnSchema),
        externalId: ColumnSchema.optional(),
        /** Column naming each row's business type, and its values → case kinds. */
        kindColumn: ColumnSchema.optional(),
        kindMap: z.record(z.string(), z.string()).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((a) => a.single !== undefined || a.list !== undefined, { message: "an adapter needs single or list" })
  .superRefine((a, ctx) => {
    // Kinds and field names must be ones the rules know: a typo would silently read nothing.
    if (a.kind !== undefined && !KNOWN_KINDS.has(a.kind))
      ctx.addIssue({ code: "custom", path: ["kind"], message: `unknown case kind "${a.kind}"` });
    for (const [v, k] of Object.entries(a.list?.kindMap ?? {}))
      if (!KNOWN_KINDS.has(k))
        ctx.addIssue({ code: "custom", path: ["list", "kindMap", v], message: `unknown case kind "${k}"` });
    const kinds = a.kind ? [a.kind] : Object.values(a.list?.kindMap ?? {});
    const known = (f: string) =>
      (kinds.length ? kinds : [...KNOWN_KINDS.keys()]).some((k) => KNOWN_KINDS.get(k)?.has(f));
    for (const f of Object.keys(a.single?.fields ?? {}))
      if (!known(f))
        ctx.addIssue({ code: "custom", path: ["single", "fields", f], message: `not a field of ${kinds.join("/")}` });
    for (const f of Object.keys(a.list?.columns ?? {}))
      if (!known(f))
        ctx.addIssue({ code: "custom", path: ["list", "columns", f], message: `not a field of ${kinds.join("/")}` });
  });

/** Case kind → its field names (plus the recogniser's extra supervision-task.dueText). */
const KNOWN_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  KIND_LIST.map((d) => [
    d.kind,
    new Set([...Object.keys(d.fields), ...(d.kind === "supervision-task" ? ["dueText"] : [])]),
  ]),
);

// The zod schema and the plain interface (types.ts) describe the same data: checked both ways at compile time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.output<typeof AdapterObject>, PortalAdapter> = true;
void sameShape;

export const PortalAdapterSchema: z.ZodType<PortalAdapter> = AdapterObject;

export class AdapterError extends Error {
  constructor(public issues: { path: string; message: string }[]) {
    super(`invalid portal adapter: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "AdapterError";
  }
}

function issuesOf(e: z.ZodError): { path: string; message: string }[] {
  return e.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
}

/** Validates one adapter (an import, a teacher's result, a PUT body). Throws AdapterError naming each field. */
export function parseAdapter(json: unknown): PortalAdapter {
  const r = PortalAdapterSchema.safeParse(json);
  if (!r.success) throw new AdapterError(issuesOf(r.error));
  return r.data;
}

/** Validates adapters received as JSON (e.g. from the server). Throws AdapterError naming each field at fault. */
export function parseAdapters(json: unknown): PortalAdapter[] {
  const r = z.array(PortalAdapterSchema).safeParse(json);
  if (!r.success) throw new AdapterError(issuesOf(r.error));
  return r.data;
}
