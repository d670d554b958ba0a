// The zod schema of a kind's facts, for the API and OpenAPI. Kept out of field.ts so that the content script, which
// imports the kind vocabulary, does not pull zod into its bundle.
import { z } from "zod";
import { fieldParser, isBlank, type KindDef } from "./field.ts";

/** The zod schema of a kind's facts (for the API and OpenAPI), same parsing as the fast normaliser. */
export function factsZodSchema(def: KindDef) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, f] of Object.entries(def.fields)) {
    const parse = fieldParser(f);
    const base = z.unknown().transform((v, ctx) => {
      if (isBlank(v)) {
        if (f.required) ctx.addIssue({ code: "custom", message: `required (${f.label.zh} / ${f.label.en})` });
        return undefined;
      }
      const p = parse(v);
      if (!p.ok) {
        ctx.addIssue({ code: "custom", message: `expected ${p.expected}` });
        return z.NEVER;
      }
      return p.value;
    });
    shape[name] = f.required ? base : base.optional();
  }
  return z.object(shape).describe(`${def.kind}: ${def.title.en}`);
}
