import { describe, expect, it } from "vitest";
import {
  DEFAULT_OPTIONAL_PORTAL_MATCHES,
  DEFAULT_PORTAL_MATCHES,
  isTestBuild,
  optionalPortalMatches,
  portalMatches,
} from "../../wxt.config.ts";

describe("build-time portal origins (host permissions)", () => {
  it("defaults to the demo portal's loopback origins, never <all_urls>", () => {
    expect(portalMatches(undefined)).toEqual(["http://127.0.0.1/*", "http://localhost/*"]);
    expect(portalMatches("  ")).toBe(DEFAULT_PORTAL_MATCHES);
  });

  it("takes a deployment's origins from SHIXIAN_PORTAL_ORIGINS", () => {
    expect(portalMatches("https://oa.example.gov.cn/*, http://10.1.2.3/*")).toEqual([
      "https://oa.example.gov.cn/*",
      "http://10.1.2.3/*",
    ]);
  });

  it("refuses patterns that are too broad or malformed, naming what is expected", () => {
    expect(() => portalMatches("<all_urls>")).toThrow(/too broad/);
    expect(() => portalMatches("*://*/*")).toThrow(/too broad/);
    expect(() => portalMatches("http://*/*")).toThrow(/too broad/);
    expect(() => portalMatches("oa.example.gov.cn")).toThrow(
      /SHIXIAN_PORTAL_ORIGINS: "oa.example.gov.cn" is not a match pattern/,
    );
  });
});

describe("optional host permissions (portals a clerk may add on the options page)", () => {
  it("default to government hosts (*.gov.cn, http and https), never every host", () => {
    expect(optionalPortalMatches(undefined)).toEqual(["http://*.gov.cn/*", "https://*.gov.cn/*"]);
    expect(optionalPortalMatches("")).toBe(DEFAULT_OPTIONAL_PORTAL_MATCHES);
    for (const p of optionalPortalMatches(undefined)) expect(p).not.toMatch(/^(https?|\*):\/\/\*\//);
  });

  it("take a deployment's list from SHIXIAN_OPTIONAL_PORTAL_ORIGINS, whole origins only", () => {
    expect(optionalPortalMatches("https://*.example.gov.cn/*,http://10.1.2.3/*")).toEqual([
      "https://*.example.gov.cn/*",
      "http://10.1.2.3/*",
    ]);
    expect(() => optionalPortalMatches("http://*/*")).toThrow(
      /SHIXIAN_OPTIONAL_PORTAL_ORIGINS: "http:\/\/\*\/\*" is too broad/,
    );
    expect(() => optionalPortalMatches("https://*/*")).toThrow(/too broad/);
    expect(() => optionalPortalMatches("<all_urls>")).toThrow(/too broad/);
    expect(() => optionalPortalMatches("https://oa.example.gov.cn/app/*")).toThrow(/must cover whole origins/);
    expect(() => optionalPortalMatches("https://oa.*.gov.cn/*")).toThrow(/must cover whole origins/);
  });
});

describe("test build flag", () => {
  it("is on only for SHIXIAN_TEST_BUILD=1 (or true)", () => {
    expect(isTestBuild("1")).toBe(true);
    expect(isTestBuild("true")).toBe(true);
    expect(isTestBuild(undefined)).toBe(false);
    expect(isTestBuild("0")).toBe(false);
    expect(isTestBuild("")).toBe(false);
  });
});
