// The background's adapter store (Dexie `meta`): adapters taught on this computer ("local", saved at once) and the
// office's adapters pulled from GET /api/adapters by ETag ("office", like the rule packs). Everything that arrives
// — from a content script, an imported file or the server — is validated with the zod schema first.
import { parseAdapter, parseAdapters } from "../../../shared/adapters/schema.ts";
import type { PortalAdapter } from "../../../shared/adapters/types.ts";
import { getMeta, type ShiXianDB, setMeta } from "../db.ts";

const LOCAL = "adapters.local";
const OFFICE = "adapters.office";

export interface OfficeAdapters {
  etag: string;
  adapters: PortalAdapter[];
}

export interface AdapterLists {
  local: PortalAdapter[];
  office: PortalAdapter[];
}

/** How a save went on the server: saved, refused for the token's role, not configured, or not reachable. */
export type ServerOutcome = "saved" | "forbidden" | "unconfigured" | "offline" | "rejected";

export class AdapterStore {
  private lists: Promise<AdapterLists> | undefined;
  private compiled = new Map<string, RegExp>();

  constructor(private db: ShiXianDB) {}

  private load(): Promise<AdapterLists> {
    this.lists ??= (async () => ({
      local: safeList(await getMeta<unknown>(this.db, LOCAL)),
      office: safeList((await getMeta<OfficeAdapters>(this.db, OFFICE))?.adapters),
    }))();
    return this.lists;
  }

  /** Local and office adapters (a local one overrides an office one with the same id). */
  async all(): Promise<AdapterLists> {
    return this.load();
  }

  /** The taught adapters whose URL pattern matches the page: local first, then the office's. */
  async forUrl(url: string): Promise<PortalAdapter[]> {
    const { local, office } = await this.load();
    const ids = new Set(local.map((a) => a.id));
    return [...local, ...office.filter((a) => !ids.has(a.id))].filter((a) => this.matches(a, url));
  }

  private matches(a: PortalAdapter, url: string): boolean {
    let re = this.compiled.get(a.urlPattern);
    if (!re) {
      re = new RegExp(a.urlPattern);
      this.compiled.set(a.urlPattern, re);
    }
    return re.test(url);
  }

  /** Validates and saves one adapter locally (replacing one with the same id). */
  async saveLocal(json: unknown): Promise<PortalAdapter> {
    const adapter = parseAdapter(json);
    const { local } = await this.load();
    const next = [...local.filter((a) => a.id !== adapter.id), adapter];
    await setMeta(this.db, LOCAL, next);
    this.lists = undefined;
    return adapter;
  }

  async removeLocal(id: string): Promise<boolean> {
    const { local } = await this.load();
    const next = local.filter((a) => a.id !== id);
    if (next.length === local.length) return false;
    await setMeta(this.db, LOCAL, next);
    this.lists = undefined;
    return true;
  }

  /** GET /api/adapters with If-None-Match (any token may read); 304 keeps what we have. True when changed. */
  async refreshOffice(apiUrl: string, token: string, doFetch: typeof fetch = fetch): Promise<boolean> {
    if (!apiUrl || !token) return false;
    const saved = await getMeta<OfficeAdapters>(this.db, OFFICE);
    const res = await doFetch(`${apiUrl.replace(/\/+$/, "")}/api/adapters`, {
      headers: { authorization: `Bearer ${token}`, ...(saved?.etag ? { "if-none-match": saved.etag } : {}) },
    });
    if (res.status === 304) return false;
    if (!res.ok) throw new Error(`GET /api/adapters → ${res.status}`);
    const body = (await res.json()) as { adapters?: unknown };
    const adapters = parseAdapters(body?.adapters);
    await setMeta(this.db, OFFICE, { etag: res.headers.get("etag") ?? "", adapters } satisfies OfficeAdapters);
    this.lists = undefined;
    return true;
  }

  /** PUT /api/adapters/:id — works with a supervisor/admin token; a clerk's token is refused (403). */
  async pushToServer(
    adapter: PortalAdapter,
    apiUrl: string,
    token: string,
    doFetch: typeof fetch = fetch,
  ): Promise<{ outcome: ServerOutcome; error?: string }> {
    if (!apiUrl || !token) return { outcome: "unconfigured" };
    try {
      const res = await doFetch(`${apiUrl.replace(/\/+$/, "")}/api/adapters/${encodeURIComponent(adapter.id)}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(adapter),
      });
      if (res.ok) {
        // the office list changed: fetch it again (also gives the new ETag)
        await this.refreshOffice(apiUrl, token, doFetch).catch(() => {});
        return { outcome: "saved" };
      }
      const err = ((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`;
      return { outcome: res.status === 403 || res.status === 401 ? "forbidden" : "rejected", error: err };
    } catch (e) {
      return { outcome: "offline", error: (e as Error).message };
    }
  }

  /** DELETE /api/adapters/:id (supervisor/admin). */
  async deleteOnServer(
    id: string,
    apiUrl: string,
    token: string,
    doFetch: typeof fetch = fetch,
  ): Promise<{ outcome: ServerOutcome; error?: string }> {
    if (!apiUrl || !token) return { outcome: "unconfigured" };
    try {
      const res = await doFetch(`${apiUrl.replace(/\/+$/, "")}/api/adapters/${encodeURIComponent(id)}`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.ok || res.status === 404) {
        await this.refreshOffice(apiUrl, token, doFetch).catch(() => {});
        return { outcome: "saved" };
      }
      const err = ((await res.json().catch(() => ({}))) as { error?: string }).error ?? `HTTP ${res.status}`;
      return { outcome: res.status === 403 || res.status === 401 ? "forbidden" : "rejected", error: err };
    } catch (e) {
      return { outcome: "offline", error: (e as Error).message };
    }
  }
}

/** A stored list read back defensively: whatever fails validation (an older format) is dropped, not thrown. */
function safeList(v: unknown): PortalAdapter[] {
  if (!Array.isArray(v)) return [];
  const out: PortalAdapter[] = [];
  for (const a of v) {
    try {
      out.push(parseAdapter(a));
    } catch {
      // skip
    }
  }
  return out;
}
