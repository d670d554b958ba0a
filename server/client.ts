// The typed client for this API (used by the extension and the tests): `apiClient(baseUrl, token)`.
import { hc } from "hono/client";
import type { AppType } from "./app.ts";

export type ApiClient = ReturnType<typeof hc<AppType>>;

export function apiClient(baseUrl: string, token?: string, fetchImpl?: typeof fetch): ApiClient {
  return hc<AppType>(baseUrl, {
    headers: token ? { Authorization: `Bearer ${token}` } : undefined,
    fetch: fetchImpl,
  });
}
