// The trusted-event guard every acting overlay control uses (extension/lib/overlay/trusted.ts), and the shadow-root
// mode outside a test build. The browser side (real clicks, Enter, Space vs. page scripts) is in
// tests/e2e/isolation.test.ts.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { SHADOW_MODE, TEST_BUILD } from "../../extension/lib/overlay/shadow.ts";
import { isTrustedEvent, trusted } from "../../extension/lib/overlay/trusted.ts";

describe("trusted()", () => {
  it("ignores script-made events (click(), dispatchEvent of mouse and keyboard events) and stops them", () => {
    const { window } = new JSDOM("<button>flag</button>");
    const button = window.document.querySelector("button") as HTMLButtonElement;
    let acted = 0;
    let later = 0;
    button.addEventListener(
      "click",
      trusted(() => acted++),
    );
    button.addEventListener("click", () => later++);
    button.addEventListener(
      "keydown",
      trusted(() => acted++),
    );
    button.click();
    button.dispatchEvent(new window.MouseEvent("click", { bubbles: true }));
    button.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(acted).toBe(0);
    // A refused event does not reach the handlers after ours either.
    expect(later).toBe(0);
  });

  it("runs the handler for an event the browser made from user input", () => {
    let got: Event | undefined;
    const handler = trusted((e: Event) => {
      got = e;
    });
    const real = { isTrusted: true, stopImmediatePropagation() {}, preventDefault() {} } as unknown as Event;
    handler(real);
    expect(got).toBe(real);
    expect(isTrustedEvent(real)).toBe(true);
    expect(isTrustedEvent(undefined)).toBe(false);
  });
});

describe("shadow-root mode", () => {
  it("is closed unless built with SHIXIAN_TEST_BUILD=1", () => {
    expect(TEST_BUILD).toBe(false);
    expect(SHADOW_MODE).toBe("closed");
  });
});
