// Request schemas (zod 4). The routes validate with these and /api/openapi.json is generated from the very
// same objects, so the documentation cannot drift from what the server accepts.
import { z } from "zod";
import { YearArrangementSchema as SharedYearArrangementSchema } from "../shared/calendar/index.ts";
import { isValidIsoDay } from "../shared/time/index.ts";

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`);

export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected a day YYYY-MM-DD")
  .refine(isValidIsoDay, "no such day in the calendar")
  .meta({ example: "2026-10-09" });

/** The shape of a day or instant (the pre-checks in server/prechecks.ts use the same regular expressions). */
export const INSTANT_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
export const CUTOFF_RE = /^([01]\d|2[0-4]):[0-5]\d$/;

/** A day or an instant; without an offset it is read as Beijing time (+08:00). */
export const InstantSchema = z
  .string()
  .regex(INSTANT_RE, "expected an ISO day or instant, e.g. 2026-09-30T15:00:00+08:00")
  .meta({ example: "2026-09-30T15:00:00+08:00" });

export const FactsSchema = z
  .record(z.string().max(100), z.unknown())
  .meta({ description: "Case facts by field name (see the case kinds); 身份证号 are masked before storage." });

// discriminated by unit, so that a bad body gets "period.unit: expected 'workday' | …" or "period.amount: …"
// instead of a bare "Invalid input" for the whole union
export const PeriodSpecSchema = z.discriminatedUnion("unit", [
  z.object({
    unit: z.enum(["workday", "day", "month", "year"]),
    amount: z.number().int("expected a whole number").min(0).max(3650),
  }),
  z.object({ unit: z.literal("date"), date: IsoDaySchema, rollOver: z.boolean().optional() }),
]);

export const PauseSchema = z.object({ from: InstantSchema, to: InstantSchema.optional(), reason: text(500) });
export const ExtensionSchema = z.object({
  unit: z.enum(["workday", "day"]),
  amount: z.number().int().min(0).max(3650),
  reason: text(500),
});

export const DeadlineRequestSchema = z
  .object({
    start: InstantSchema,
    period: PeriodSpecSchema.optional(),
    ruleId: text(200).optional(),
    pauses: z.array(PauseSchema).max(100).optional(),
    extensions: z.array(ExtensionSchema).max(100).optional(),
    cutoff: z.string().regex(CUTOFF_RE, "expected HH:MM").optional(),
    now: InstantSchema.optional(),
  })
  .refine((b) => (b.period === undefined) !== (b.ruleId === undefined), {
    message: "give exactly one of period or ruleId",
    path: ["period"],
  });

export const EvaluateRequestSchema = z.object({
  kind: text(64),
  facts: FactsSchema,
  now: InstantSchema.optional(),
});

export const CaseRefSchema = z.object({ portal: text(200), externalId: text(300) });

export const CaseUpsertSchema = z.object({
  portal: text(200).meta({ description: "Which portal the case lives in, e.g. a host name" }),
  externalId: text(300).meta({ description: "The portal's own case number" }),
  kind: text(64),
  facts: FactsSchema,
  unit: text(200).optional().meta({
    description:
      "Unit label. Ignored for users and unit-bound tokens (the case goes to their unit); an office-wide token's case goes to the unit of this name",
  }),
  now: InstantSchema.optional(),
});

export const CaseListQuerySchema = z.object({
  status: z.enum(["open", "closed"]).optional(),
  dueBefore: IsoDaySchema.optional(),
  unit: z.string().max(200).optional(),
  unitId: z.string().max(100).optional().meta({ description: "Only this unit's cases ('' = cases in no unit)" }),
  kind: z.string().max(64).optional(),
  portal: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const IdempotencyKeySchema = z
  .string()
  .min(8, "at least 8 characters")
  .max(200, "at most 200 characters")
  .regex(/^[\w.:-]+$/, "letters, digits and . _ : - only");

/** Keys that name JavaScript object internals: copying an object with them loses them (`__proto__`) or worse. */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Path to the first reserved key in a parsed JSON value (bodies are at most MAX_JSON_DEPTH deep). */
function reservedKeyPath(v: unknown, path: string[] = []): string[] | undefined {
  if (v === null || typeof v !== "object") return undefined;
  for (const k of Object.keys(v)) {
    if (RESERVED_KEYS.has(k)) return [...path, k];
    const p = reservedKeyPath((v as Record<string, unknown>)[k], [...path, k]);
    if (p) return p;
  }
  return undefined;
}

/**
 * Flag evidence: any JSON object. A key `__proto__` (or `constructor`, `prototype`), at any depth, is refused
 * naming it: JSON.parse keeps `__proto__` as a key, but every copy of the object (zod's, the masking's) would
 * drop it, so the evidence would silently lose data. Checked on the value as parsed, before zod copies it.
 */
const EvidenceSchema = z.preprocess(
  (v, ctx) => {
    const p = reservedKeyPath(v);
    if (p)
      ctx.addIssue({
        code: "custom",
        path: p,
        message: `"${p[p.length - 1]}" is a reserved key name (JavaScript object internals); rename the key`,
        input: v,
      });
    return v;
  },
  z.record(z.string().max(100), z.unknown()),
);

export const FlagCreateSchema = z
  .object({
    ruleId: text(200),
    checkId: text(200).optional(),
    caseId: z.string().uuid("expected a case id").optional(),
    case: CaseRefSchema.optional(),
    evidence: EvidenceSchema.optional().meta({
      description: "Snapshot of what the clerk saw: url, field values, the finding",
    }),
    note: z.string().max(4000, "at most 4000 characters").optional(),
    idempotencyKey: IdempotencyKeySchema.optional(),
  })
  .refine((b) => !(b.caseId && b.case), { message: "give caseId or case, not both", path: ["case"] });

const FlagVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .meta({ description: "The flag's version as the client last saw it; a newer flag answers 409 with `current`" });

export const FlagResolveSchema = z.object({ resolution: z.string().max(4000).optional(), version: FlagVersion });
export const FlagDismissSchema = z.object({
  reason: z.string().trim().min(1, "required: say why the flag is dismissed").max(4000),
  version: FlagVersion,
});
export const FlagReopenSchema = z.object({ note: z.string().max(4000).optional(), version: FlagVersion });
export const FlagAssignSchema = z.object({
  userId: z.string().max(100).nullable().meta({ description: "The person to assign to; null = nobody" }),
  version: FlagVersion,
});
export const FlagCommentSchema = z.object({ body: z.string().trim().min(1, "required: the comment text").max(4000) });

export const FlagListQuerySchema = z.object({
  status: z.enum(["open", "resolved", "dismissed"]).optional(),
  ruleId: z.string().max(200).optional(),
  caseId: z.string().max(100).optional(),
  unitId: z.string().max(100).optional().meta({ description: "Only this unit's flags ('' = flags in no unit)" }),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const SYNC_OPS = ["case.upsert", "case.close", "flag.create", "flag.resolve"] as const;

/** Each op's data, validated per item so that one bad item does not block the rest of an outbox. */
export const SyncOpDataSchemas = {
  "case.upsert": CaseUpsertSchema,
  "case.close": CaseRefSchema,
  "flag.create": FlagCreateSchema,
  "flag.resolve": FlagResolveSchema.extend({ id: z.string().max(100) }),
} as const;

export const SyncItemSchema = z.object({
  key: IdempotencyKeySchema.meta({ description: "Client-generated idempotency key; replays return the first result" }),
  op: z.enum(SYNC_OPS),
  data: z.unknown().meta({ description: "The op's body: case.upsert = CaseUpsert, flag.create = FlagCreate, …" }),
});

export const SyncRequestSchema = z.object({
  items: z.array(SyncItemSchema).min(1, "at least one item").max(500, "at most 500 items per batch"),
});

const RoleSchema = z.enum(["clerk", "supervisor", "admin"]);
const IdSchema = z.string().trim().min(1, "must not be empty").max(100, "at most 100 characters");

export const TokenCreateSchema = z
  .object({
    role: RoleSchema,
    name: text(100),
    unitId: IdSchema.optional().meta({ description: "Service token scoped to this unit (none = office-wide)" }),
    userId: IdSchema.optional().meta({ description: "Personal token of this user (acts with the user's role)" }),
  })
  .refine((b) => !(b.unitId && b.userId), { message: "give unitId or userId, not both", path: ["userId"] });

export const TokenPatchSchema = z
  .object({
    unitId: IdSchema.nullable().optional().meta({ description: "Bind to this unit; null = office-wide again" }),
    userId: IdSchema.optional().meta({ description: "Make it this user's personal token" }),
  })
  .refine((b) => (b.unitId === undefined) !== (b.userId === undefined), {
    message: "give exactly one of unitId or userId",
    path: ["unitId"],
  });

// A login name: printable, no control characters (they would hide in logs and audit trails).
const LoginNameSchema = text(100).regex(/^[^\p{Cc}\p{Cf}]+$/u, "no control characters");
const PasswordSchema = z
  .string()
  .min(8, "at least 8 characters")
  .max(200, "at most 200 characters")
  .meta({ description: "8–200 characters; hashed with scrypt, never stored or returned" });

export const UnitCreateSchema = z.object({
  name: text(200).meta({ description: "The unit's name, e.g. 市数据局数据资源科" }),
});

export const UserCreateSchema = z.object({
  name: LoginNameSchema.meta({ description: "Login name (unique, case-insensitive), e.g. 张三" }),
  password: PasswordSchema,
  role: RoleSchema,
  unitId: IdSchema.nullable().optional().meta({ description: "Home unit (required for clerks and supervisors)" }),
  unitIds: z.array(IdSchema).max(500).optional().meta({ description: "Further units a supervisor oversees" }),
});

export const UserPatchSchema = z.object({
  role: RoleSchema.optional(),
  unitId: IdSchema.nullable().optional(),
  unitIds: z.array(IdSchema).max(500).optional(),
  password: PasswordSchema.optional().meta({ description: "Reset: the user must choose a new one at next login" }),
  disabled: z.boolean().optional(),
});

export const SessionCreateSchema = z.object({
  name: text(100),
  password: z.string().min(1, "must not be empty").max(200, "at most 200 characters"),
  token: z.boolean().optional().meta({ description: "Also answer a personal API token (the extension's login)" }),
});

export const PasswordChangeSchema = z
  .object({ current: z.string().min(1, "must not be empty").max(200), next: PasswordSchema })
  .refine((b) => b.current !== b.next, { message: "must differ from the current password", path: ["next"] });

/** PUT /api/calendar/:year body: the shared calendar's own schema (dates in the year, 调休 on weekends, no
 * day listed twice), so the server accepts exactly what the calendar can load. */
export const YearArrangementSchema = SharedYearArrangementSchema;

export type CaseUpsert = z.infer<typeof CaseUpsertSchema>;
export type FlagCreate = z.infer<typeof FlagCreateSchema>;
export type SyncItem = z.infer<typeof SyncItemSchema>;
