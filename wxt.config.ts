import { defineConfig } from "wxt";

// The extension lives in extension/ (WXT srcDir); the built Chrome MV3 package lands in .output/chrome-mv3/.
//
// Host permissions: the default build is active only on the demo portal's origins (http://127.0.0.1/*,
// http://localhost/* — Chrome match patterns without a port match every port). A deployment build takes its
// portal origins from SHIXIAN_PORTAL_ORIGINS (comma-separated match patterns, e.g.
// "https://oa.example.gov.cn/*,http://10.1.2.3/*"). More origins can be granted at run time from the options page
// (optional host permissions) or pushed by IT through storage.managed. Never <all_urls>.
export const DEFAULT_PORTAL_MATCHES = ["http://127.0.0.1/*", "http://localhost/*"];

export function portalMatches(env: string | undefined = process.env.SHIXIAN_PORTAL_ORIGINS): string[] {
  if (!env?.trim()) return DEFAULT_PORTAL_MATCHES;
  const list = env
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const p of list) {
    if (p === "<all_urls>" || p.startsWith("*://*") || /^https?:\/\/\*\//.test(p))
      throw new Error(
        `SHIXIAN_PORTAL_ORIGINS: "${p}" is too broad; expected portal origins such as https://oa.example.gov.cn/*`,
      );
    if (!/^(https?|\*):\/\/[^/]+\/.*$/.test(p))
      throw new Error(
        `SHIXIAN_PORTAL_ORIGINS: "${p}" is not a match pattern; expected e.g. https://oa.example.gov.cn/*`,
      );
  }
  return list;
}

export default defineConfig({
  srcDir: "extension",
  outDir: ".output",
  publicDir: "extension/public",
  manifest: () => {
    const matches = portalMatches();
    return {
      name: "时限 ShiXian",
      description:
        "政务办件规则提示、工作日时限倒计时与不合规标记 — rule hints, working-day deadlines and compliance flags",
      permissions: ["storage", "alarms", "scripting"],
      host_permissions: matches,
      // Portals added at run time (options page / IT policy) are requested one origin at a time.
      optional_host_permissions: ["http://*/*", "https://*/*"],
      storage: { managed_schema: "managed_schema.json" },
      browser_specific_settings: { gecko: { id: "shixian@example.gov.cn", strict_min_version: "115.0" } },
    };
  },
  hooks: {
    "build:manifestGenerated": (_wxt, manifest) => {
      // Content scripts follow the same portal list as the host permissions.
      const matches = portalMatches();
      for (const cs of manifest.content_scripts ?? []) cs.matches = matches;
      if (manifest.manifest_version === 2) {
        // Firefox MV2: no storage.managed_schema key (managed storage comes from a native manifest there), and
        // run-time portals are optional permissions.
        delete (manifest as { storage?: unknown }).storage;
        const m = manifest as { optional_permissions?: string[] };
        m.optional_permissions = [...new Set([...(m.optional_permissions ?? []), "http://*/*", "https://*/*"])];
      }
    },
  },
});
