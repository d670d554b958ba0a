import { defineConfig } from "wxt";

// The extension lives in extension/ (WXT srcDir); the built Chrome MV3 package lands in .output/chrome-mv3/
// (SHIXIAN_OUT_DIR moves it, e.g. for a second build next to the first).
//
// Host permissions: the default build is active only on the demo portal's origins (http://127.0.0.1/*,
// http://localhost/* — Chrome match patterns without a port match every port). A deployment build takes its
// portal origins from SHIXIAN_PORTAL_ORIGINS (comma-separated match patterns, e.g.
// "https://oa.example.gov.cn/*,http://10.1.2.3/*"). More origins can be granted at run time from the options page
// (optional host permissions, limited to SHIXIAN_OPTIONAL_PORTAL_ORIGINS) or pushed by IT through storage.managed.
// Never <all_urls>, never every http/https host.
export const DEFAULT_PORTAL_MATCHES = ["http://127.0.0.1/*", "http://localhost/*"];

/** What a clerk may add on the options page by default: government hosts (政务网站 are under gov.cn), either scheme. */
export const DEFAULT_OPTIONAL_PORTAL_MATCHES = ["http://*.gov.cn/*", "https://*.gov.cn/*"];

/** Splits and checks a comma-separated list of portal match patterns; `name` is the variable named in errors. */
function parsePortalList(env: string, name: string): string[] {
  const list = env
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const p of list) {
    if (p === "<all_urls>" || p.startsWith("*://*") || /^(https?|\*):\/\/\*\//.test(p))
      throw new Error(`${name}: "${p}" is too broad; expected portal origins such as https://oa.example.gov.cn/*`);
    if (!/^(https?|\*):\/\/[^/]+\/.*$/.test(p))
      throw new Error(`${name}: "${p}" is not a match pattern; expected e.g. https://oa.example.gov.cn/*`);
  }
  return list;
}

export function portalMatches(env: string | undefined = process.env.SHIXIAN_PORTAL_ORIGINS): string[] {
  if (!env?.trim()) return DEFAULT_PORTAL_MATCHES;
  return parsePortalList(env, "SHIXIAN_PORTAL_ORIGINS");
}

/**
 * Optional host permissions: the origins the options page may ask the browser for at run time. The options page
 * asks for one whole origin (`http://host/*` or `https://host/*`), so each entry must cover whole origins (path
 * `/*`); a host may start with `*.` (every subdomain). Default: *.gov.cn over http and https.
 */
export function optionalPortalMatches(env: string | undefined = process.env.SHIXIAN_OPTIONAL_PORTAL_ORIGINS): string[] {
  if (!env?.trim()) return DEFAULT_OPTIONAL_PORTAL_MATCHES;
  const list = parsePortalList(env, "SHIXIAN_OPTIONAL_PORTAL_ORIGINS");
  for (const p of list)
    if (!/^(https?|\*):\/\/(\*\.)?[^/*:]+\/\*$/.test(p))
      throw new Error(
        `SHIXIAN_OPTIONAL_PORTAL_ORIGINS: "${p}" must cover whole origins (one host or *.domain, path /*), e.g. https://*.example.gov.cn/*`,
      );
  return list;
}

/**
 * Test build (`SHIXIAN_TEST_BUILD=1 npm run build`): the overlay's shadow roots stay open so Playwright can read the
 * data-testid contract (extension/lib/overlay/shadow.ts). Script-made clicks never act in either build.
 */
export function isTestBuild(env: string | undefined = process.env.SHIXIAN_TEST_BUILD): boolean {
  return env === "1" || env === "true";
}

export default defineConfig({
  srcDir: "extension",
  outDir: process.env.SHIXIAN_OUT_DIR || ".output",
  publicDir: "extension/public",
  vite: () => ({ define: { __SHIXIAN_TEST_BUILD__: JSON.stringify(isTestBuild()) } }),
  manifest: () => {
    const matches = portalMatches();
    return {
      name: "时限 ShiXian",
      description:
        "政务办件规则提示、工作日时限倒计时与不合规标记 — rule hints, working-day deadlines and compliance flags",
      permissions: ["storage", "alarms", "scripting"],
      host_permissions: matches,
      // Portals added at run time (options page / IT policy) are requested one origin at a time, within these.
      optional_host_permissions: optionalPortalMatches(),
      storage: { managed_schema: "managed_schema.json" },
      browser_specific_settings: { gecko: { id: "shixian@example.gov.cn", strict_min_version: "115.0" } },
    };
  },
  hooks: {
    "build:manifestGenerated": (_wxt, manifest) => {
      // Content scripts follow the same portal list as the host permissions.
      const matches = portalMatches();
      for (const cs of manifest.content_scripts ?? []) cs.matches = matches;
      // A test build says so on chrome://extensions (page scripts can read its overlay: never deploy it).
      if (isTestBuild()) manifest.version_name = `${manifest.version} test build (open shadow roots)`;
      if (manifest.manifest_version === 2) {
        // Firefox MV2: no storage.managed_schema key (managed storage comes from a native manifest there), and
        // run-time portals are optional permissions.
        delete (manifest as { storage?: unknown }).storage;
        const m = manifest as { optional_permissions?: string[] };
        m.optional_permissions = [...new Set([...(m.optional_permissions ?? []), ...optionalPortalMatches()])];
      }
    },
  },
});
