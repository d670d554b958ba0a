// One error shape for every failure: `{ error, issues?: [{ path, message }] }` with a 4xx status. Anything
// unexpected becomes a logged 500 without internals — and the tests throw garbage at every route to prove
// no input reaches that branch. Error messages often quote the input (a case number, a path): they are masked
// where they are made (ApiError) and where they are answered or logged, so no personal number leaves in clear.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { maskPersonalDeep, maskPersonalNumbers } from "../shared/privacy/index.ts";

export interface Issue {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: string;
  issues?: Issue[];
}

export class ApiError extends Error {
  readonly issues?: Issue[];
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    issues?: Issue[],
    readonly headers?: Record<string, string>,
    /** More of the answer (e.g. the `current` flag of a 409), masked like the rest. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(maskPersonalNumbers(message));
    this.name = "ApiError";
    if (issues) this.issues = maskPersonalDeep(issues);
  }
}

export const notFound = (what: string) => new ApiError(404, `${what} not found`);

/** zod issues → `[{ path: "facts.receivedAt", message }]`; the body itself is path "(body)". */
export function issuesOf(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  prefix = "",
): Issue[] {
  return error.issues.map((i) => {
    const p = [prefix, ...i.path.map(String)].filter(Boolean).join(".");
    return { path: p || "(body)", message: i.message };
  });
}

/**
 * Errors thrown by shared code for bad input (EvaluationError.issues, PeriodError.field, DateInputError …)
 * become ApiError 400 naming the field; anything else is not a client error.
 */
export function asClientError(e: unknown): ApiError | undefined {
  if (e instanceof ApiError) return e;
  if (!(e instanceof Error)) return undefined;
  if (!/^(EvaluationError|PeriodError|DateInputError|CalendarError|ConditionError)$/.test(e.name)) return undefined;
  const any = e as Error & { issues?: unknown; field?: unknown };
  if (Array.isArray(any.issues))
    return new ApiError(
      400,
      e.message,
      any.issues.map((i: { path?: unknown; message?: unknown }) => ({
        path: String(i.path ?? ""),
        message: String(i.message ?? ""),
      })),
    );
  return new ApiError(
    400,
    e.message,
    typeof any.field === "string" ? [{ path: any.field, message: e.message }] : undefined,
  );
}

export function errorResponse(err: unknown, c: Context): Response {
  if (err instanceof ApiError) {
    const body: ErrorBody & Record<string, unknown> = { error: err.message };
    if (err.issues) body.issues = err.issues;
    if (err.extra) Object.assign(body, maskPersonalDeep(err.extra), body);
    return c.json(body, err.status, err.headers);
  }
  if (err instanceof HTTPException) {
    // Hono's own 4xx (malformed JSON, body limit …) keep their status but get our JSON shape.
    const status = err.status;
    return c.json({ error: maskPersonalNumbers(err.message) || "request error" } satisfies ErrorBody, status);
  }
  const client = asClientError(err);
  if (client) return errorResponse(client, c);
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  console.error(
    `[api] unexpected error ${c.req.method} ${maskPersonalNumbers(c.req.path)}: ${maskPersonalNumbers(detail)}`,
  );
  return c.json({ error: "internal error" } satisfies ErrorBody, 500);
}
