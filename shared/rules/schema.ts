// The rule model: rule packs are plain JSON-serialisable data validated here (no functions inside — a browser
// extension may not run downloaded code, so packs travel as data and our engine interprets them).
// See docs/ARCHITECTURE.md "Rule model" for the contract; this file is its source of truth.
import { z } from "zod";
import { CASE_KINDS } from "../kinds/index.ts";
import { CalculatorSchema } from "./calculator-schema.ts";
import { BilingualSchema, CitationSchema, IsoDaySchema } from "./schema-parts.ts";

export { CitationSchema };
export type Bilingual = z.infer<typeof BilingualSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Condition language (compiled to closures by shared/rules/condition.ts).
// Operands: a field path ("receivedAt" = facts.receivedAt, "facts.x", "row.col", "now", "due") or a literal.
// For lt/lte/gt/gte/eq/ne a literal is the right-hand value; {"field": "g"} makes it another field.
// before/after take field paths or "now"/"due" or a literal ISO day/instant ("2020-12-31").
// ---------------------------------------------------------------------------------------------------------------
export type Scalar = string | number | boolean | null;
export type Operand = Scalar | { field: string };
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { present: string }
  | { empty: string }
  | { eq: [string, Operand] }
  | { ne: [string, Operand] }
  | { in: [string, Scalar[]] }
  | { lt: [string, Operand] }
  | { lte: [string, Operand] }
  | { gt: [string, Operand] }
  | { gte: [string, Operand] }
  | { before: [string, string] }
  | { after: [string, string] }
  | { overdue: boolean }
  | { blankReason: string }
  | { matches: [string, string] }
  | { missingAny: string[] }
  | { contains: [string, string] }
  | { daysBetween: [string, string, "gt" | "gte" | "lt" | "lte", number] }
  | { monthsSince: [string, "gt" | "gte" | "lt" | "lte", number] }
  | { monthsBetween: [string, string, "gt" | "gte" | "lt" | "lte", number] }
  | { true: true };

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const operand = z.union([scalar, z.object({ field: z.string().min(1) }).strict()]);
const path = z.string().min(1);
const cmp = z.enum(["gt", "gte", "lt", "lte"]);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema) }).strict(),
    z.object({ any: z.array(ConditionSchema) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
    z.object({ present: path }).strict(),
    z.object({ empty: path }).strict(),
    z.object({ eq: z.tuple([path, operand]) }).strict(),
    z.object({ ne: z.tuple([path, operand]) }).strict(),
    z.object({ in: z.tuple([path, z.array(scalar)]) }).strict(),
    z.object({ lt: z.tuple([path, operand]) }).strict(),
    z.object({ lte: z.tuple([path, operand]) }).strict(),
    z.object({ gt: z.tuple([path, operand]) }).strict(),
    z.object({ gte: z.tuple([path, operand]) }).strict(),
    z.object({ before: z.tuple([path, path]) }).strict(),
    z.object({ after: z.tuple([path, path]) }).strict(),
    z.object({ overdue: z.boolean() }).strict(),
    z.object({ blankReason: path }).strict(),
    z.object({ matches: z.tuple([path, z.string()]) }).strict(),
    z.object({ missingAny: z.array(path).min(1) }).strict(),
    z.object({ contains: z.tuple([path, z.string()]) }).strict(),
    z.object({ daysBetween: z.tuple([path, path, cmp, z.number()]) }).strict(),
    z.object({ monthsSince: z.tuple([path, cmp, z.number()]) }).strict(),
    z.object({ monthsBetween: z.tuple([path, path, cmp, z.number()]) }).strict(),
    z.object({ true: z.literal(true) }).strict(),
  ]),
);

// Period spec as in shared/periods, plus `dateFrom` for fixed dates taken from a fact or a bound table row.
export const RulePeriodSchema = z.union([
  z.object({ unit: z.enum(["workday", "day", "month", "year"]), amount: z.number().int().nonnegative() }).strict(),
  z.object({ unit: z.literal("date"), date: IsoDaySchema, rollOver: z.boolean().optional() }).strict(),
  z.object({ unit: z.literal("date"), dateFrom: path, rollOver: z.boolean().optional() }).strict(),
]);

/**
 * THE SEVERITY OF A MISSING REQUIRED ITEM — decided once for every pack.
 * A request that omits an item its article says it 应当明确 / 应当包括 / 应当提交 / 应提供 / 须 (第十二、二十七、三十二、
 * 三十六条 of 双政办规〔2026〕1号, the materials of 双政规〔2018〕3号 第五条 and 牡公管规〔2022〕2号 一、（三）, the
 * records of 牡政办规〔2022〕3号 第十七、十八条 …) is a noncompliant request: the clerk sends it back and flags it in one
 * click, so the finding is a `violation`. The only exception is an item the text itself makes optional or gives a
 * default to (第二十五条: 未明确的视为无条件共享类 → a `warning` stating the legal effect). A field the page does
 * not show at all is unknown, not missing: required-item checks fire only when the page shows the request or list
 * they belong to. tests/rules/core/required-items.test.ts checks every such rule.
 */
export const REQUIRED_ITEM_SEVERITY = "violation" as const;

export const CheckSchema = z
  .object({
    id: z.string().min(1),
    severity: z.enum(["violation", "warning", "info"]),
    when: ConditionSchema,
    /** the fact field the finding concerns (the extension marks it on the page) */
    field: z.string().optional(),
    /** messages may use {field}, {row.col}, {due} placeholders */
    message: BilingualSchema,
    /** overrides the rule's citation (e.g. the sanction article, or another paragraph) */
    citation: CitationSchema.optional(),
    decision: z.string().optional(),
  })
  .strict();

export const BindSchema = z
  .object({
    table: z.string().min(1),
    /** table column → fact field; the row whose columns equal the facts is bound */
    match: z.record(z.string(), z.string()),
    /** columns compared with the tolerant name normaliser (punctuation, width, whitespace, OCR variants) */
    fuzzy: z.array(z.string()).optional(),
    /** name of the bound row in conditions/messages; default "row" */
    as: z.string().optional(),
    /** finding emitted when the match fields are present but no row matches; without it the rule does not apply */
    onMissing: z
      .object({
        severity: z.enum(["violation", "warning", "info"]),
        message: BilingualSchema,
        field: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const DeadlineSpecSchema = z
  .object({
    label: BilingualSchema,
    /** fact field holding the start (e.g. "receivedAt") */
    start: path,
    period: RulePeriodSchema,
    /** fact field that stops the clock (e.g. "decidedAt"); done after due → violation "completed late" */
    doneField: path.optional(),
    /** cut-off of the due day, default "24:00" */
    cutoff: z.string().optional(),
    /** severity of the automatic overdue / completed-late findings (default "violation") */
    lateSeverity: z.enum(["violation", "warning", "info"]).optional(),
    decision: z.string().optional(),
  })
  .strict();

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case id"),
    kind: z.enum(CASE_KINDS as [string, ...string[]]),
    title: BilingualSchema,
    citation: CitationSchema,
    effective: z
      .object({
        /**
         * first day the rule applies. Omitted only when the document prints no date at all (双政规〔2017〕7号): an
         * invented day (e.g. 1 January of the 文号 year) would be a silent wrong answer; the rule's decision says so.
         */
        from: IsoDaySchema.optional(),
        to: IsoDaySchema.optional(),
        /** fact field whose date decides whether the case falls in the window; default: deadline.start, else now */
        dateField: z.string().optional(),
      })
      .strict(),
    decision: z.string().optional(),
    bind: BindSchema.optional(),
    when: ConditionSchema.optional(),
    hint: BilingualSchema.optional(),
    deadline: DeadlineSpecSchema.optional(),
    checks: z.array(CheckSchema).optional(),
  })
  .strict();

export const TableRowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const RulePackSchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    docNos: z.array(z.string().min(1)).min(1),
    title: BilingualSchema,
    tables: z.record(z.string(), z.array(TableRowSchema)).optional(),
    rules: z.array(RuleSchema),
    calculators: z.array(CalculatorSchema).optional(),
  })
  .strict();

export type RulePeriod = z.infer<typeof RulePeriodSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type Bind = z.infer<typeof BindSchema>;
export type DeadlineSpec = z.infer<typeof DeadlineSpecSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type TableRow = z.infer<typeof TableRowSchema>;
export type RulePack = z.infer<typeof RulePackSchema>;
export type Severity = Check["severity"];

/** Identity helper for pack files: gives the object its type while keeping it plain data. */
export function definePack(pack: RulePack): RulePack {
  return pack;
}

/** Validates a pack (e.g. one downloaded from the API) and returns it, or throws listing every issue. */
export function parseRulePack(data: unknown): RulePack {
  const r = RulePackSchema.safeParse(data);
  if (!r.success)
    throw new Error(
      `invalid rule pack: ${r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    );
  return r.data;
}
