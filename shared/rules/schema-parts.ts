// zod pieces shared by the rule schema (schema.ts) and the calculator schema (calculator-schema.ts).
import { z } from "zod";

export const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO day YYYY-MM-DD");

/** A text in both UI languages: zh-CN first, English second. */
export const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** Same shape as `Citation` in shared/citation.ts: a document number (文号) and where in it. */
export const CitationSchema = z.object({
  docNo: z.string().min(1),
  docTitle: z.string().optional(),
  article: z.string().optional(),
  paragraph: z.string().optional(),
  item: z.string().optional(),
  quote: z.string().optional(),
});
