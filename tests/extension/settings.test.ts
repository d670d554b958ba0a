import { beforeAll, describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";

// wxt/browser picks globalThis.chrome at import time: install WXT's in-memory fake browser first.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let mod: typeof import("../../extension/lib/settings.ts");
beforeAll(async () => {
  mod = await import("../../extension/lib/settings.ts");
});

describe("settings", () => {
  it("normalises portal addresses to one-origin match patterns and refuses wildcards", () => {
    expect(mod.toMatchPattern("oa.example.gov.cn")).toBe("http://oa.example.gov.cn/*");
    expect(mod.toMatchPattern(" https://oa.example.gov.cn:8443/app/list.jsp ")).toBe("https://oa.example.gov.cn/*");
    expect(() => mod.toMatchPattern("ftp://x.cn")).toThrow(/portal: .*http/);
    expect(() => mod.toMatchPattern("http://*.gov.cn")).toThrow(/portal/);
    expect(() => mod.toMatchPattern("http://")).toThrow(/portal: "http:\/\/" is not an address/);
  });

  it("IT policy (storage.managed) overrides the clerk's values key by key", () => {
    const s = mod.mergeSettings(
      { apiUrl: "http://localhost:9999", lang: "en", portals: ["http://a.cn/*"] },
      { apiUrl: "http://10.1.2.3:8787", portals: ["b.gov.cn", 42, "http://*.x"] },
    );
    expect(s.apiUrl).toBe("http://10.1.2.3:8787");
    expect(s.lang).toBe("en");
    expect(s.portals).toEqual(["http://a.cn/*", "http://b.gov.cn/*"]);
    expect(s.managedKeys).toEqual(["apiUrl", "portals"]);
  });

  it("defaults to Chinese and the local API; saves and reloads through storage.local", async () => {
    fakeBrowser.reset();
    const s0 = await mod.loadSettings();
    expect(s0.lang).toBe("zh-CN");
    expect(s0.apiUrl).toBe("http://127.0.0.1:8787");
    const s1 = await mod.saveSettings({ token: "tok", lang: "en" });
    expect(s1.token).toBe("tok");
    expect((await mod.loadSettings()).lang).toBe("en");
    await mod.saveSettings({ apiUrl: "http://127.0.0.1:9000" });
    const s2 = await mod.loadSettings();
    expect(s2.token).toBe("tok");
    expect(s2.apiUrl).toBe("http://127.0.0.1:9000");
  });
});
