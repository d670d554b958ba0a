// Extension settings: what the clerk sets on the options page (storage.local), overridden key by key by what IT
// pushes through policy (storage.managed; schema in public/managed_schema.json).
import { browser } from "wxt/browser";
import type { Lang } from "./messages.ts";

export interface Settings {
  apiUrl: string;
  token: string;
  lang: Lang;
  /** Extra portal origins (match patterns) granted at run time. */
  portals: string[];
  /** Keys fixed by IT policy (the options page shows them read-only). */
  managedKeys: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  apiUrl: "http://127.0.0.1:8787",
  token: "",
  lang: "zh-CN",
  portals: [],
  managedKeys: [],
};

const KEY = "settings";

/** Validates a portal origin typed by a clerk or IT; returns a match pattern or throws naming what is expected. */
export function toMatchPattern(input: string): string {
  const s = input.trim();
  let u: URL;
  try {
    u = new URL(s.includes("://") ? s : `http://${s}`);
  } catch {
    throw new Error(`portal: "${input}" is not an address; expected e.g. http://oa.example.gov.cn`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new Error(`portal: "${input}" must start with http:// or https://`);
  if (!u.hostname || u.hostname.includes("*")) throw new Error(`portal: "${input}" needs one host name, no wildcard`);
  return `${u.protocol}//${u.hostname}/*`;
}

export function mergeSettings(local: Partial<Settings> | undefined, managed: Record<string, unknown> | undefined) {
  const s: Settings = { ...DEFAULT_SETTINGS, ...(local ?? {}), managedKeys: [] };
  if (managed) {
    if (typeof managed.apiUrl === "string" && managed.apiUrl) {
      s.apiUrl = managed.apiUrl;
      s.managedKeys.push("apiUrl");
    }
    if (typeof managed.token === "string" && managed.token) {
      s.token = managed.token;
      s.managedKeys.push("token");
    }
    if (managed.lang === "zh-CN" || managed.lang === "en") {
      s.lang = managed.lang;
      s.managedKeys.push("lang");
    }
    if (Array.isArray(managed.portals)) {
      const ok: string[] = [];
      for (const p of managed.portals) {
        try {
          if (typeof p === "string") ok.push(toMatchPattern(p));
        } catch {
          // ignore a bad policy entry rather than break the extension; the options page lists valid ones
        }
      }
      s.portals = [...new Set([...s.portals, ...ok])];
      s.managedKeys.push("portals");
    }
  }
  return s;
}

async function readManaged(): Promise<Record<string, unknown> | undefined> {
  try {
    return (await browser.storage.managed?.get()) as Record<string, unknown>;
  } catch {
    return undefined; // no policy installed (or the browser has no managed storage)
  }
}

export async function loadSettings(): Promise<Settings> {
  const local = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return mergeSettings(local, await readManaged());
}

export async function saveSettings(patch: Partial<Omit<Settings, "managedKeys">>): Promise<Settings> {
  const local = ((await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined) ?? {};
  await browser.storage.local.set({ [KEY]: { ...local, ...patch } });
  return loadSettings();
}
