// Helpers for the people / scope route tests: units, users, logins with cookies.
import { expect } from "vitest";
import { req, type TestInstance } from "./helpers.ts";

export const ORIGIN = "http://localhost"; // app.request's own origin

export async function mkUnit(s: TestInstance, name: string): Promise<{ id: string; name: string }> {
  const r = await req(s, "POST", "/api/units", { token: s.tokens.admin, body: { name } });
  expect(r.status, await r.clone().text()).toBe(201);
  return r.json();
}

export async function mkUser(
  s: TestInstance,
  body: { name: string; password: string; role: string; unitId?: string; unitIds?: string[] },
): Promise<{ id: string; name: string; role: string; unitId: string | null; unitIds: string[] }> {
  const r = await req(s, "POST", "/api/users", { token: s.tokens.admin, body });
  expect(r.status, await r.clone().text()).toBe(201);
  return r.json();
}

/** The `sx_session=…` pair of a Set-Cookie answer. */
export function cookieOf(r: Response): string {
  const set = r.headers.get("set-cookie") ?? "";
  return set.split(";")[0];
}

export async function login(
  s: TestInstance,
  name: string,
  password: string,
  opts: { token?: boolean; headers?: Record<string, string> } = {},
): Promise<{ res: Response; cookie: string; body: Record<string, unknown> & { token?: string } }> {
  const body: Record<string, unknown> = { name, password };
  if (opts.token) body.token = true;
  const res = await req(s, "POST", "/api/session", { body, headers: opts.headers });
  const json = res.headers.get("content-type")?.includes("json") ? await res.clone().json() : {};
  return { res, cookie: cookieOf(res), body: json };
}

/** app.request with a session cookie (and, for writes, this server's Origin unless told otherwise). */
export function withCookie(
  s: TestInstance,
  method: string,
  path: string,
  cookie: string,
  opts: { body?: unknown; origin?: string | null; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { Cookie: cookie, ...opts.headers };
  const origin = opts.origin === undefined ? (method === "GET" ? null : ORIGIN) : opts.origin;
  if (origin) headers.Origin = origin;
  return req(s, method, path, { body: opts.body, headers });
}
