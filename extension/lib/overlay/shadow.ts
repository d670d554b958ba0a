// The mode of every shadow root the extension creates on a portal page (overlay panel, queue-row layer).
// Normal build: "closed" — `host.shadowRoot` is null for page scripts, so they can neither read the overlay nor reach
// its buttons. Test build (`SHIXIAN_TEST_BUILD=1`, a build-time define in wxt.config.ts): "open", so Playwright can
// read the `data-testid` contract; clicks made by page scripts still never act (./trusted.ts).

declare const __SHIXIAN_TEST_BUILD__: boolean | undefined;

/** True in a build made with SHIXIAN_TEST_BUILD=1 (false in unit tests and normal builds). */
export const TEST_BUILD: boolean = typeof __SHIXIAN_TEST_BUILD__ !== "undefined" && __SHIXIAN_TEST_BUILD__ === true;

export const SHADOW_MODE: ShadowRootMode = TEST_BUILD ? "open" : "closed";
