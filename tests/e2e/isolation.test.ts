// Portal pages are hostile: a page script must not be able to flag (or act on any control of ours) and, in a normal
// build, must not even see the overlay. Checked against the extension's own store and a real API server.
//   - Test build (.output/chrome-mv3, open shadow roots): page scripts click(), dispatchEvent() mouse and keyboard
//     events on every flag / teach / citation / collapse control and marker → no flag, nothing acts. Then a real
//     (Playwright) click, Enter and Space do flag.
//   - Normal build (.output/closed/chrome-mv3): `host.shadowRoot === null` for the page (overlay and queue-row layer),
//     nothing of ours is reachable, and a real click (found through DevTools, which sees closed roots) still flags.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../server/auth/tokens.ts";
import { type Instance, openInstance } from "../../server/instance.ts";
import { CLOSED_EXTENSION_DIR, type E2E, ensureClosedBuild, freePort, openCase, setupE2E } from "./harness.ts";

let inst: Instance;
let server: ServerType;
let dir: string;
let apiPort: number;
let clerk: string;
let admin: string;

beforeAll(async () => {
  ensureClosedBuild();
  dir = mkdtempSync(join(tmpdir(), "shixian-e2e-isolation-"));
  inst = await openInstance({ dataDir: dir });
  clerk = (await createToken(inst.deps.db, "clerk", "e2e-clerk")).token;
  admin = (await createToken(inst.deps.db, "admin", "e2e-admin")).token;
  apiPort = await freePort();
  await new Promise<void>((res) => {
    server = serve({ fetch: inst.app.fetch, port: apiPort, hostname: "127.0.0.1" }, () => res());
  });
});
afterAll(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  await inst?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const settings = () => ({ apiUrl: `http://127.0.0.1:${apiPort}`, token: clerk, lang: "zh-CN", portals: [] });

interface Flag {
  ruleId: string;
  note?: string | null;
  externalId?: string;
}
async function serverFlags(): Promise<Flag[]> {
  const r = await fetch(`http://127.0.0.1:${apiPort}/api/flags`, { headers: { authorization: `Bearer ${admin}` } });
  expect(r.status).toBe(200);
  const j = (await r.json()) as Flag[] | { items: Flag[] };
  return Array.isArray(j) ? j : j.items;
}
interface Status {
  openFlags: number;
  sync: { state: string; pending: number };
}
/** The extension's own store (Dexie in the background): open flags; after a sync, the flags the server got since
 * `base` (the server's flag count when the browser started: each describe has its own browser and store). */
async function storeAndServer(e: E2E, base: number): Promise<{ store: number; server: number; notes: string }> {
  const st = await e.b.message<Status>({ type: "syncNow" });
  expect(st.sync.state, JSON.stringify(st)).toBe("idle");
  expect(st.sync.pending).toBe(0);
  const all = await serverFlags();
  return { store: st.openFlags, server: all.length - base, notes: all.map((f) => f.note ?? "").join("|") };
}

/** Controls of ours that act when clicked (flag, teach, citation, collapse). */
const ACTING = '[data-testid="shixian-flag"], [data-testid="shixian-teach"], .sx-cite, .sx-head button';

/**
 * Everything a page script can do to our controls from the page's own JavaScript world (Playwright's
 * page.evaluate runs there): returns how many forged attempts were made, per control kind.
 */
async function forgeFromPage(page: Page, extensionId: string): Promise<Record<string, number>> {
  return page.evaluate(
    ({ acting, extensionId }) => {
      const counts: Record<string, number> = {};
      const count = (k: string) => {
        counts[k] = (counts[k] ?? 0) + 1;
      };
      const host = document.querySelector("shixian-overlay");
      const root = host?.shadowRoot;
      const controls = [...(root?.querySelectorAll<HTMLElement>(acting) ?? [])];
      const markers = [...document.querySelectorAll<HTMLElement>("[data-shixian-marker]")];
      const kindOf = (el: HTMLElement) =>
        el.dataset.testid ??
        (el.classList.contains("sx-cite")
          ? "citation"
          : el.hasAttribute("data-shixian-marker")
            ? "marker"
            : "collapse");
      // A forged note the clerk never typed.
      const note = root?.querySelector<HTMLTextAreaElement>(".sx-note");
      if (note) {
        note.value = "FORGED by page script";
        note.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
        count("note-input");
      }
      for (const el of [...controls, ...markers]) {
        const k = kindOf(el);
        el.click();
        count(`${k}:click()`);
        el.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true, cancelable: true }));
        count(`${k}:dispatchEvent(click)`);
        el.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, composed: true }));
        el.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, composed: true }));
        el.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, composed: true }));
        el.dispatchEvent(new MouseEvent("mouseup", { bubbles: true, composed: true }));
        count(`${k}:pointer/mouse down-up`);
        el.focus();
        for (const key of ["Enter", " "])
          for (const type of ["keydown", "keypress", "keyup"]) {
            el.dispatchEvent(
              new KeyboardEvent(type, {
                key,
                code: key === " " ? "Space" : "Enter",
                keyCode: key === " " ? 32 : 13,
                bubbles: true,
                composed: true,
                cancelable: true,
              }),
            );
            count(`${k}:${type} ${key === " " ? "Space" : "Enter"}`);
          }
      }
      // The extension's message channel is not open to pages (no externally_connectable).
      const rt = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome
        ?.runtime;
      try {
        rt?.sendMessage?.(extensionId, { type: "flag", kind: "share-request", url: location.href, ruleId: "x" });
      } catch {
        // refused by the browser
      }
      count("runtime.sendMessage");
      window.postMessage({ type: "flag", kind: "share-request", url: location.href, ruleId: "x" }, "*");
      count("window.postMessage");
      return counts;
    },
    { acting: ACTING, extensionId },
  );
}

const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

describe("test build (open shadow roots): page scripts cannot act", () => {
  let e: E2E;
  let base = 0;
  beforeAll(async () => {
    base = (await serverFlags()).length;
    e = await setupE2E(settings());
  });
  afterAll(async () => {
    await e?.close();
  });

  it("forged clicks and keys on flag, citation, collapse and markers create no flag; real click, Enter and Space do", async () => {
    const page = await openCase(e, "share-request-rejected.html");
    // The test build's roots are open: the page can reach our buttons (this is what the forgeries need).
    const reach = await page.evaluate(() => {
      const root = document.querySelector("shixian-overlay")?.shadowRoot;
      return {
        open: root !== null && root !== undefined,
        flags: root?.querySelectorAll('[data-testid="shixian-flag"]').length ?? 0,
        cites: root?.querySelectorAll(".sx-cite").length ?? 0,
      };
    });
    expect(reach.open).toBe(true);
    expect(reach.flags).toBeGreaterThanOrEqual(2);
    expect(reach.cites).toBeGreaterThanOrEqual(1);
    expect(await page.locator("[data-shixian-marker]").count()).toBeGreaterThanOrEqual(1);

    const attempts = await forgeFromPage(page, e.b.extensionId);
    // The exact line from the issue, once more on its own.
    await page.evaluate(() =>
      (
        document
          .querySelector("shixian-overlay")
          ?.shadowRoot?.querySelector("[data-testid=shixian-flag]") as HTMLElement | null
      )?.click(),
    );
    attempts["issue line: shadowRoot.querySelector(flag).click()"] = 1;
    await page.waitForTimeout(1500); // a flag would reach the background's store well within this

    // Nothing acted: no flag in the store nor on the server, no button shows "flagged", no article opened, the
    // panel did not collapse, focus was not moved into the overlay by a marker.
    const after = await storeAndServer(e, base);
    expect(after.store).toBe(0);
    expect(after.server).toBe(0);
    expect(await page.locator('[data-testid="shixian-flag"][disabled]').count()).toBe(0);
    expect(await page.locator('[data-testid="shixian-article"]').count()).toBe(0);
    expect(await page.locator(".sx-panel.sx-collapsed").count()).toBe(0);
    const forged = total(attempts);
    console.log(`forged attempts: ${forged}, succeeded: ${after.store + after.server}`, attempts);
    expect(forged).toBeGreaterThanOrEqual(40);

    // A real click on a finding's flag (Playwright's input is the browser's, isTrusted).
    const violation = page.locator('[data-testid="shixian-finding"][data-severity="violation"]').first();
    await violation.locator('[data-testid="shixian-flag"]').click();
    await violation.locator('[data-testid="shixian-flag"][disabled]').waitFor();
    // Keyboard activation for real users: Enter on the case's flag button…
    const caseFlag = page.locator('.sx-panel > .sx-body > [data-testid="shixian-flag"]');
    await caseFlag.focus();
    await page.keyboard.press("Enter");
    await page.locator('.sx-panel > .sx-body > [data-testid="shixian-flag"][disabled]').waitFor();
    // …and the citation opens with Space.
    await page.locator(".sx-cite").first().focus();
    await page.keyboard.press("Space");
    await page.locator('[data-testid="shixian-article"]').first().waitFor();

    const real = await storeAndServer(e, base);
    expect(real.store).toBe(2);
    expect(real.server).toBe(2);
    // The forged note never reached a flag.
    expect(real.notes).not.toContain("FORGED");
    await page.close();
  });

  it("the background refuses forged messages even from inside the content script's own world", async () => {
    // Worst case: page code running in the content script's isolated world (a compromised page context). DevTools
    // can evaluate there; whatever it sends, the background checks sender and shape (lib/message-guard.ts).
    const page = await openCase(e, "share-request-pending.html");
    const cdp = await e.b.context.newCDPSession(page);
    const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on("Runtime.executionContextCreated", (ev: { context: (typeof contexts)[number] }) =>
      contexts.push(ev.context),
    );
    await cdp.send("Runtime.enable");
    const world = contexts.find((c) => c.auxData?.type === "isolated" && c.name === "时限 ShiXian");
    expect(world, JSON.stringify(contexts)).toBeDefined();
    const send = async (msg: Record<string, unknown>) => {
      const r = (await cdp.send("Runtime.evaluate", {
        contextId: world?.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(msg)})`,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: unknown } };
      return r.result.value as { error?: string; flagId?: string } | undefined;
    };
    const base = { type: "flag", kind: "share-request", url: page.url(), ruleId: "share.review-deadline" };
    const evidence = { facts: {} };
    const forged: Record<string, unknown>[] = [
      { ...base, evidence, status: "resolved" }, // a field the content script never sends
      { ...base, evidence, url: "https://elsewhere.example.com/" }, // a page not on the sender's origin
      { ...base }, // no evidence
      { ...base, evidence, ruleId: { $ne: "" } }, // wrong type
      { ...base, evidence, note: "x".repeat(5000) }, // over the limit
      { type: "syncNow" }, // only the extension's pages may
      { type: "evaluate", kind: "share-request", facts: {}, url: page.url(), now: "2030-01-01T00:00:00Z" },
      { type: "deleteAll" },
    ];
    const replies = [];
    for (const m of forged) replies.push(await send(m));
    for (const [i, r] of replies.entries())
      expect(r?.error, JSON.stringify(forged[i]).slice(0, 80)).toMatch(/^refused: /);
    expect((await e.b.message<Status>({ type: "status" })).openFlags).toBe(2);
    // The same channel with a well-formed message from our content script on a portal is accepted.
    const ok = await send({ ...base, evidence, note: "from the content script's world" });
    expect(ok?.flagId).toBeTruthy();
    expect((await e.b.message<Status>({ type: "status" })).openFlags).toBe(3);
    console.log(`forged messages: ${forged.length}, accepted: ${replies.filter((r) => !r?.error).length}`);
    await cdp.detach();
    await page.close();
  });

  it("a keyboard user can flag with Space too", async () => {
    // The rejected request's case was flagged above; the pending request is a fresh case.
    const page = await openCase(e, "share-request-pending.html");
    const flag = page.locator('.sx-panel > .sx-body > [data-testid="shixian-flag"]');
    await flag.focus();
    await page.keyboard.press("Space");
    await page.locator('.sx-panel > .sx-body > [data-testid="shixian-flag"][disabled]').waitFor();
    const st = await e.b.message<Status>({ type: "status" });
    expect(st.openFlags).toBe(4);
    await page.close();
  });
});

/** A closed shadow root's element, found through DevTools (which sees closed roots), clicked with real input. */
async function realClickInClosedRoot(cdp: CDPSession, page: Page, hostTag: string, selector: string): Promise<number> {
  const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as {
    root: CdpNode;
  };
  const host = findNode(root, (n) => n.localName === hostTag);
  const shadow = host?.shadowRoots?.[0];
  expect(shadow?.shadowRootType).toBe("closed");
  const { nodeIds } = (await cdp.send("DOM.querySelectorAll", { nodeId: shadow?.nodeId ?? 0, selector })) as {
    nodeIds: number[];
  };
  if (!nodeIds.length) return 0;
  await cdp.send("DOM.scrollIntoViewIfNeeded", { nodeId: nodeIds[0] });
  const { model } = (await cdp.send("DOM.getBoxModel", { nodeId: nodeIds[0] })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  return nodeIds.length;
}
interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}
function findNode(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | undefined {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = findNode(c, pred);
    if (hit) return hit;
  }
  return undefined;
}

describe("normal build (closed shadow roots): the page cannot see the overlay", () => {
  let e: E2E;
  let base = 0;
  beforeAll(async () => {
    base = (await serverFlags()).length;
    e = await setupE2E(settings(), CLOSED_EXTENSION_DIR);
  });
  afterAll(async () => {
    await e?.close();
  });

  it("host.shadowRoot is null for page scripts, forgeries find nothing, a real click still flags", async () => {
    const page = await e.b.context.newPage();
    // A page that patches attachShadow before anything else runs, to force our roots open and keep them: the content
    // script runs in its own JavaScript world, so the patch never sees our calls.
    await page.addInitScript(() => {
      const w = window as unknown as { __stolenRoots: ShadowRoot[] };
      w.__stolenRoots = [];
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = original.call(this, { ...init, mode: "open" });
        w.__stolenRoots.push(root);
        return root;
      };
    });
    await page.goto(e.url("share-request-rejected.html"));
    await page.waitForSelector("shixian-overlay", { state: "attached", timeout: 30_000 });
    await page.waitForSelector("[data-shixian-marker]", { state: "attached", timeout: 30_000 }); // panel rendered
    const seen = await page.evaluate(() => {
      const host = document.querySelector("shixian-overlay") as HTMLElement;
      return {
        shadowRoot: host.shadowRoot,
        reachable: document.querySelectorAll('[data-testid="shixian-flag"], [data-testid="shixian-finding"]').length,
        text: host.textContent,
        bodyText: document.body.textContent,
        stolen: (window as unknown as { __stolenRoots: ShadowRoot[] }).__stolenRoots.length,
      };
    });
    expect(seen.shadowRoot).toBeNull();
    expect(seen.stolen).toBe(0);
    expect(seen.bodyText).not.toContain("时限提示"); // the panel's title
    expect(seen.reachable).toBe(0);
    expect(seen.text).toBe("");
    // Playwright's selectors pierce open roots only: the test contract is not readable in this build.
    expect(await page.locator('[data-testid="shixian-flag"]').count()).toBe(0);

    const attempts = await forgeFromPage(page, e.b.extensionId); // only the markers and the channels are reachable
    await page.waitForTimeout(1000);
    const after = await storeAndServer(e, base);
    expect(after.store).toBe(0);
    expect(after.server).toBe(0);
    console.log(`closed build: forged attempts: ${total(attempts)}, succeeded: ${after.store + after.server}`);

    // The clerk's real click on the first flag button (DevTools finds it in the closed root).
    const cdp = await e.b.context.newCDPSession(page);
    expect(await realClickInClosedRoot(cdp, page, "shixian-overlay", '[data-testid="shixian-flag"]')).toBeGreaterThan(
      0,
    );
    const until = Date.now() + 10_000;
    let st = await e.b.message<Status>({ type: "status" });
    while (st.openFlags < 1 && Date.now() < until) {
      await page.waitForTimeout(100);
      st = await e.b.message<Status>({ type: "status" });
    }
    const real = await storeAndServer(e, base);
    expect(real.store).toBe(1);
    expect(real.server).toBe(1);
    await page.close();
  });

  it("the queue-row layer's root is closed too", async () => {
    const page = await e.b.context.newPage();
    await page.goto(e.url("tasks.html"));
    await page.waitForSelector("html[data-shixian-rows]", { timeout: 60_000 });
    const layer = await page.evaluate(() => {
      const host = document.querySelector("shixian-rows");
      return { present: host !== null, shadowRoot: host?.shadowRoot ?? null };
    });
    expect(layer.present).toBe(true);
    expect(layer.shadowRoot).toBeNull();
    expect(await page.locator('[data-testid="shixian-deadline"]').count()).toBe(0);
    await page.close();
  });
});
