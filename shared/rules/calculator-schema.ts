// Calculators (subsidies, reimbursements) as data: rate tables by class/status, deductibles (起付线), annual caps
// (年度最高支付限额) and already-paid year-to-date amounts are written in a rule pack; the arithmetic lives in the
// engine (shared/evaluate/calculate.ts). A calculator is plain JSON, validated here, with no functions inside, so
// it can travel to the extension like every other rule.
//
// Units: money in rule data is written in 元 (yuan, as the documents write it) and computed in integer 分 (fen);
// rates are written in percent (70 = 70%) and computed in basis points (7000). Money is never a float in the engine.
import { z } from "zod";
import { BilingualSchema as Bilingual, CitationSchema, IsoDaySchema as IsoDay } from "./schema-parts.ts";

/** A name: a fact field (`personalBurden`) or, with a leading `$`, a calculator variable (`$payable`). */
const Ref = z.string().regex(/^\$?[A-Za-z][A-Za-z0-9_]*$/, "expected a field name or $variable");
const VarName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "expected a variable name (letters, digits, _)");
const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * The calculators' condition language: the subset of the rule condition language (shared/rules/condition.ts) that
 * calculators need, plus `$variable` references and `{capped: stepId}`. Number constants compared with a money
 * variable are in 元, with a rate variable in percent. A reference to an absent fact or an undefined variable makes
 * a comparison false (and `empty` true).
 */
export type CalcCondition =
  | { all: CalcCondition[] }
  | { any: CalcCondition[] }
  | { not: CalcCondition }
  | { present: string }
  | { empty: string }
  | { eq: [string, string | number | boolean] }
  | { ne: [string, string | number | boolean] }
  | { in: [string, (string | number | boolean)[]] }
  | { lt: [string, number | string] }
  | { lte: [string, number | string] }
  | { gt: [string, number | string] }
  | { gte: [string, number | string] }
  | { before: [string, string] }
  | { after: [string, string] }
  | { capped: string };

const Operand = z.union([z.number(), Ref]);
/** Date operand: a fact field, "now" or an ISO day. */
const DateOperand = z.union([IsoDay, Ref, z.literal("now")]);

export const CalcConditionSchema: z.ZodType<CalcCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(CalcConditionSchema).min(1) }),
    z.strictObject({ any: z.array(CalcConditionSchema).min(1) }),
    z.strictObject({ not: CalcConditionSchema }),
    z.strictObject({ present: Ref }),
    z.strictObject({ empty: Ref }),
    z.strictObject({ eq: z.tuple([Ref, Scalar]) }),
    z.strictObject({ ne: z.tuple([Ref, Scalar]) }),
    z.strictObject({ in: z.tuple([Ref, z.array(Scalar).min(1)]) }),
    z.strictObject({ lt: z.tuple([Ref, Operand]) }),
    z.strictObject({ lte: z.tuple([Ref, Operand]) }),
    z.strictObject({ gt: z.tuple([Ref, Operand]) }),
    z.strictObject({ gte: z.tuple([Ref, Operand]) }),
    z.strictObject({ before: z.tuple([Ref, DateOperand]) }),
    z.strictObject({ after: z.tuple([Ref, DateOperand]) }),
    z.strictObject({ capped: VarName }),
  ]),
) as z.ZodType<CalcCondition>;

const StepBase = {
  /** The variable this step defines (or redefines). Several steps may define the same variable under different
   *  `when`s: the steps run in order, a step whose `when` is false is skipped and the variable keeps its value. */
  id: VarName,
  label: Bilingual,
  /** The article this step applies: shown next to the step. */
  citation: CitationSchema,
  when: CalcConditionSchema.optional(),
  /** How an ambiguity in the text was decided for this step (English), tested. */
  decision: z.string().optional(),
};

const money = z.number().nonnegative().finite();

export const CalcStepSchema = z.discriminatedUnion("op", [
  /** A money fact (元 in the facts) → 分. Absent → `default` (元) or, without one, the calculation cannot run. */
  z.strictObject({ ...StepBase, op: z.literal("input"), field: z.string().min(1), default: money.optional() }),
  /** A money constant written in 元 (起付标准 600 元, 最高支付限额 2000 元). */
  z.strictObject({ ...StepBase, op: z.literal("amount"), yuan: money }),
  /** A rate constant written in percent. */
  z.strictObject({ ...StepBase, op: z.literal("rate"), percent: z.number().min(0).max(100) }),
  /**
   * A row of a calculator table: the first row whose `match` columns equal the given references (a row cell "*"
   * matches anything) gives `column`, read as money (元), rate (percent) or a label. No row → the calculation
   * is "undefined" (the text has no value for this case) and says which values had no row.
   */
  z.strictObject({
    ...StepBase,
    op: z.literal("lookup"),
    table: z.string().min(1),
    match: z.record(z.string(), Ref),
    column: z.string().min(1),
    type: z.enum(["money", "rate", "label"]),
  }),
  /** Sum of money values. */
  z.strictObject({ ...StepBase, op: z.literal("add"), of: z.array(Ref).min(1) }),
  /** `from` minus every `minus`, never below zero. */
  z.strictObject({ ...StepBase, op: z.literal("subtract"), from: Ref, minus: z.array(Ref).min(1) }),
  z.strictObject({ ...StepBase, op: z.literal("min"), of: z.array(Ref).min(2) }),
  z.strictObject({ ...StepBase, op: z.literal("max"), of: z.array(Ref).min(2) }),
  /** A rate plus N percentage points (退休人员相应提高 5 个百分点). */
  z.strictObject({ ...StepBase, op: z.literal("add-points"), rate: Ref, points: z.number().min(-100).max(100) }),
  /** money × rate, rounded half-up to the 分. */
  z.strictObject({ ...StepBase, op: z.literal("multiply"), amount: Ref, rate: Ref }),
  /**
   * money × max(0, count − above), the count a whole-number fact (每多吸纳 1人 … 2000元/人: amount 2000, count
   * hires, above 5). A count that is absent, negative or not a whole number leaves the calculation undefined.
   */
  z.strictObject({
    ...StepBase,
    op: z.literal("per-each"),
    amount: Ref,
    count: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "expected a fact field holding a whole number"),
    above: z.number().int().nonnegative().optional(),
  }),
  /** min(amount, max(0, cap − used)): what is left of an annual cap after what was already paid this year. */
  z.strictObject({ ...StepBase, op: z.literal("cap"), amount: Ref, cap: Ref, used: Ref }),
]);
export type CalcStep = z.infer<typeof CalcStepSchema>;

const MessageOf = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a kebab-case id"),
  severity: z.enum(["violation", "warning", "info"]),
  /** The fact field the finding concerns (the extension marks it on the page). */
  field: z.string().optional(),
  /** May use {field} (fact value) and {$var} (variable, money shown in 元) placeholders. */
  message: Bilingual,
  citation: CitationSchema,
  decision: z.string().optional(),
};

/** A case the text excludes (not payable → status "excluded", amount 0) or leaves to other rules
 *  (status "undefined", no amount). Checked before any step; every exclusion that holds is reported. */
export const CalcExclusionSchema = z.strictObject({
  ...MessageOf,
  when: CalcConditionSchema,
  outcome: z.enum(["excluded", "undefined"]),
});

/** A finding about the computed result (e.g. the amount claimed exceeds what is payable). */
export const CalcCheckSchema = z.strictObject({ ...MessageOf, when: CalcConditionSchema });

export const CalculatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case id like sy-medical-subsidy"),
  kind: z.string().min(1),
  title: Bilingual,
  /** The article that defines the benefit (shown as the calculation's citation). */
  citation: CitationSchema,
  /** Only cases whose `dateField` falls in this window are computed; others get an "excluded" finding citing
   *  `effective.citation` (e.g. 本办法自2026年1月1日起施行). */
  effective: z.strictObject({
    from: IsoDay,
    to: IsoDay.optional(),
    field: z.string().min(1),
    citation: CitationSchema,
  }),
  /** When false the calculator does not apply to the case at all (no calculation, no finding). */
  when: CalcConditionSchema.optional(),
  decision: z.string().optional(),
  /** Rate/cap tables: money cells in 元, rate cells in percent, "*" matches anything. */
  tables: z
    .record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))))
    .optional(),
  exclusions: z.array(CalcExclusionSchema).optional(),
  steps: z.array(CalcStepSchema).min(1),
  /** The money variable that is the payable amount. */
  result: VarName,
  checks: z.array(CalcCheckSchema).optional(),
});
export type Calculator = z.infer<typeof CalculatorSchema>;
export type CalcExclusion = z.infer<typeof CalcExclusionSchema>;
export type CalcCheck = z.infer<typeof CalcCheckSchema>;
type CalcCitation = z.infer<typeof CitationSchema>;

// ---- What the engine returns ---------------------------------------------------------------------------------

export type CalcValueType = "money" | "rate" | "label";

export interface CalculationStep {
  id: string;
  op: CalcStep["op"];
  label: { zh: string; en: string };
  type: CalcValueType;
  /** money: integer 分; rate: basis points (7000 = 70%); label: the text. */
  value: number | string;
  /** money "1,234.56 元" / "CNY 1,234.56"; rate "70%"; label as is. */
  display: { zh: string; en: string };
  /** The arithmetic with its operands, e.g. "4,400.00 × 70% = 3,080.00". */
  formula: string;
  citation: CalcCitation;
  decision?: string;
  /** cap steps: the cap was reached (the amount was cut). */
  capped?: boolean;
}

/** Same shape as the evaluator's Finding; ruleId is the calculator id, checkId the exclusion/check id. */
export interface CalculationFinding {
  ruleId: string;
  checkId: string;
  severity: "violation" | "warning" | "info";
  citation: CalcCitation;
  message: { zh: string; en: string };
  field?: string;
  decision?: string;
}

export interface Calculation {
  calculatorId: string;
  packId: string;
  kind: string;
  title: { zh: string; en: string };
  citation: CalcCitation;
  /** ok: computed; excluded: not payable under the text (amount 0); undefined: the text gives no rule for this
   *  case (no amount; see findings). */
  status: "ok" | "excluded" | "undefined";
  /** Payable amount in integer 分; 0 when excluded; null when undefined. */
  amountFen: number | null;
  /** Payable amount in 元 with 2 decimals ("2000.00"); null when undefined. */
  amount: string | null;
  display: { zh: string; en: string };
  /** Some annual cap cut the amount. */
  capped: boolean;
  /** Natural year (自然年度) of the case date: caps and deductibles are per natural year. */
  year: number;
  steps: CalculationStep[];
  findings: CalculationFinding[];
}
