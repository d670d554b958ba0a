// A portal adapter is data (JSON), validated here, so adapters can be updated from the server like rule packs.
// It says which pages it applies to (a URL regular expression) and where each field is on them.
import { z } from "zod";
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
  .refine((a) => a.single !== undefined || a.list !== undefined, { message: "an adapter needs single or list" });

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

/** Validates adapters received as JSON (e.g. from the server). Throws AdapterError naming each field at fault. */
export function parseAdapters(json: unknown): PortalAdapter[] {
  const r = z.array(PortalAdapterSchema).safeParse(json);
  if (!r.success)
    throw new AdapterError(r.error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message })));
  return r.data;
}
