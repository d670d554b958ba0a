// Options page: API URL and language (zh-CN default, English second) take effect in the background and overlay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, openCase, screenshot, setupE2E } from "./harness.ts";

let e: E2E;
beforeAll(async () => {
  e = await setupE2E();
});
afterAll(async () => {
  await e?.close();
});

describe("options page", () => {
  it("is Chinese by default; saving an API URL reaches the background; English switches the overlay", async () => {
    const before = await openCase(e, "share-request-rejected.html");
    expect(await before.locator(".sx-head h2").textContent()).toContain("时限提示");
    await before.close();

    const opts = await e.b.context.newPage();
    await opts.goto(`chrome-extension://${e.b.extensionId}/options.html`);
    await opts.locator('[data-testid="options-api-url"]').fill("http://127.0.0.1:18787");
    await opts.locator('[data-testid="options-token"]').fill("sx_test_token");
    await opts.locator('[data-testid="options-save"]').click();
    await opts.locator('[role="status"]', { hasText: "已保存" }).waitFor();
    const until = Date.now() + 10_000;
    let apiUrl = "";
    while (Date.now() < until && apiUrl !== "http://127.0.0.1:18787") {
      apiUrl = (await e.b.message<{ apiUrl: string }>({ type: "status" })).apiUrl;
      await opts.waitForTimeout(100);
    }
    expect(apiUrl).toBe("http://127.0.0.1:18787");

    await opts.getByLabel("English").check();
    await opts.locator("h1", { hasText: "ShiXian settings" }).waitFor();
    await screenshot(opts, "options-en");
    await opts.close();

    const after = await openCase(e, "share-request-rejected.html");
    expect(await after.locator(".sx-head h2").textContent()).toContain("Deadlines & rules");
    expect(await after.locator('[data-testid="shixian-kind"]').textContent()).toContain("Data-sharing request");
    const counter = after.locator('[data-testid="shixian-deadline"]').first();
    // Decided 2026-10-09, a day late.
    expect(await counter.textContent()).toMatch(/Done late \(1 working day\(s\) over\)/);
    await screenshot(after, "overlay-en");
    await after.close();
  });

  it("asks the browser only for portals within the manifest's optional host permissions", async () => {
    const manifest = await e.b.sw.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
      ).chrome.runtime.getManifest(),
    );
    // Narrowed: never every http/https host (wxt.config.ts optionalPortalMatches).
    expect(manifest.optional_host_permissions).toEqual(["http://*.gov.cn/*", "https://*.gov.cn/*"]);
    expect(JSON.stringify(manifest)).not.toMatch(/"(https?|\*):\/\/\*\/\*"|<all_urls>/);

    const opts = await e.b.context.newPage();
    await opts.goto(`chrome-extension://${e.b.extensionId}/options.html`);
    await opts.locator('[data-testid="options-portal-input"]').fill("http://portal.example.com");
    await opts.locator('[data-testid="options-portal-add"]').click();
    // English was chosen in the test above.
    const refusal = opts.locator('[role="status"]', { hasText: "outside the portals this build may add" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain("http://*.gov.cn/*");
    expect(await opts.locator('[data-testid="options-portals"] li').count()).toBe(0);
    await opts.close();
  });
});
