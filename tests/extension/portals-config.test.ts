import { describe, expect, it } from "vitest";
import { DEFAULT_PORTAL_MATCHES, portalMatches } from "../../wxt.config.ts";

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
