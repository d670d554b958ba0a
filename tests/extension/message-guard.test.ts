// The background's message gate (extension/lib/message-guard.ts): forged senders and forged shapes are refused with
// a reason; our content script on a portal and our own pages get through.
import { describe, expect, it } from "vitest";
import {
  checkMessage,
  classifySender,
  type GuardContext,
  onPortal,
  type SenderInfo,
} from "../../extension/lib/message-guard.ts";

const ID = "abcdefghijklmnopabcdefghijklmnop";
const ctx: GuardContext = {
  extensionId: ID,
  portals: ["http://127.0.0.1/*", "http://localhost/*", "https://*.gov.cn/*"],
};
const PAGE = "http://127.0.0.1:8788/share-request-rejected.html?id=1";
const content: SenderInfo = {
  id: ID,
  url: PAGE,
  origin: "http://127.0.0.1:8788",
  tab: { id: 7, url: PAGE },
  frameId: 0,
};
const popup: SenderInfo = { id: ID, url: `chrome-extension://${ID}/popup.html`, origin: `chrome-extension://${ID}` };

const finding = {
  ruleId: "share.reject-reason",
  checkId: "reason-required",
  severity: "violation",
  citation: { docNo: "国发〔2016〕51号", article: "第十条" },
  message: { zh: "不予共享须说明理由", en: "A refusal must give its reason" },
  field: "rejectReason",
};
const flag = {
  type: "flag",
  kind: "share-request",
  externalId: "GX-2026-0924-003",
  url: PAGE,
  ruleId: "share.reject-reason",
  checkId: "reason-required",
  note: "理由栏为空",
  evidence: { facts: { requestNo: "GX-2026-0924-003", shared: false, dates: ["2026-09-01"] }, finding },
};

function refused(msg: unknown, sender: SenderInfo | undefined = content) {
  const v = checkMessage(msg, sender, ctx);
  expect(v.ok, JSON.stringify(v)).toBe(false);
  return v.ok ? "" : v.reason;
}

describe("message guard: senders", () => {
  it("accepts our content script on a configured portal (top frame and sub-frame) and our own pages", () => {
    expect(checkMessage(flag, content, ctx)).toMatchObject({ ok: true, from: "content-script" });
    const frame = { ...content, frameId: 3, url: "http://localhost:8788/frame.html", origin: "http://localhost:8788" };
    expect(checkMessage({ type: "article", docNo: "国发〔2016〕51号", article: "第十条" }, frame, ctx)).toMatchObject({
      ok: true,
      from: "content-script",
    });
    expect(checkMessage({ type: "status" }, popup, ctx)).toMatchObject({ ok: true, from: "extension-page" });
    // The popup opened in a tab (as the end-to-end tests do) is still an extension page.
    expect(checkMessage({ type: "syncNow" }, { ...popup, tab: { id: 3 } }, ctx)).toMatchObject({
      ok: true,
      from: "extension-page",
    });
    const gov = "https://oa.example.gov.cn/case/1";
    expect(classifySender({ id: ID, url: gov, origin: "https://oa.example.gov.cn", tab: { id: 1 } }, ctx)).toEqual({
      kind: "content-script",
      origin: "https://oa.example.gov.cn",
    });
  });

  it("refuses forged senders, each with its reason", () => {
    expect(checkMessage(flag, undefined, ctx)).toEqual({ ok: false, reason: "no sender" });
    expect(refused(flag, { ...content, id: "evil-extension-id" })).toMatch(/not this extension/);
    expect(refused(flag, { ...content, id: undefined })).toMatch(/not this extension/);
    // Same extension id but not from a tab (e.g. another context claiming to be a page).
    expect(refused(flag, { ...content, tab: undefined })).toMatch(/not from a tab/);
    // A frame that is not a configured portal (a page that framed the portal, or any other site).
    expect(
      refused(flag, { ...content, url: "https://evil.example.com/x", origin: "https://evil.example.com" }),
    ).toMatch(/not on a configured portal/);
    expect(refused(flag, { ...content, url: "https://gov.cn.evil.com/", origin: "https://gov.cn.evil.com" })).toMatch(
      /not on a configured portal/,
    );
    // http is not https: the pattern says https://*.gov.cn/*.
    expect(refused(flag, { ...content, url: "http://oa.x.gov.cn/", origin: "http://oa.x.gov.cn" })).toMatch(
      /not on a configured portal/,
    );
    // URL and origin disagree (a forged url field).
    expect(refused(flag, { ...content, origin: "https://evil.example.com" })).toMatch(/not on its origin/);
    // Opaque origins (sandboxed frames, data: URLs) are nobody.
    expect(refused(flag, { ...content, url: "data:text/html,x", origin: "null" })).toMatch(/no origin/);
    // Another extension's page.
    expect(
      refused(
        { type: "status" },
        { id: ID, url: "chrome-extension://zzzz/popup.html", origin: "chrome-extension://zzzz" },
      ),
    ).toMatch(/another extension/);
  });

  it("lets a content script send only what a content script sends", () => {
    expect(refused({ type: "syncNow" })).toMatch(/"syncNow" is not accepted from a content script/);
    expect(refused({ type: "refreshRules" })).toMatch(/not accepted from a content script/);
    // `now` (evaluate at another time) is for the extension's pages and tests only.
    expect(
      refused({ type: "evaluate", kind: "share-request", facts: {}, url: PAGE, now: "2030-01-01T00:00:00Z" }),
    ).toMatch(/unexpected field\(s\) now/);
    expect(
      checkMessage(
        { type: "evaluate", kind: "share-request", facts: {}, url: PAGE, now: "2026-10-09T10:00:00+08:00" },
        popup,
        ctx,
      ),
    ).toMatchObject({ ok: true });
    // The page URL a content script reports must be on its own origin.
    expect(refused({ ...flag, url: "http://localhost:8788/other.html" })).toMatch(
      /flag\.url: expected a page on the sender's origin/,
    );
  });
});

describe("message guard: shapes", () => {
  it("refuses forged shapes, naming the field and what was expected", () => {
    expect(refused(null)).toMatch(/expected an object/);
    expect(refused("flag")).toMatch(/expected an object/);
    expect(refused([flag])).toMatch(/expected an object/);
    expect(refused({ ...flag, type: "deleteEverything" })).toMatch(
      /message type "deleteEverything" is unknown; expected one of/,
    );
    expect(refused({ ...flag, type: undefined })).toMatch(/unknown/);
    expect(refused({ ...flag, ruleId: undefined })).toMatch(/^flag\.ruleId:/);
    expect(refused({ ...flag, ruleId: "" })).toMatch(/^flag\.ruleId:/);
    expect(refused({ ...flag, ruleId: 42 })).toMatch(/^flag\.ruleId:/);
    expect(refused({ ...flag, note: "x".repeat(4001) })).toMatch(/^flag\.note:/);
    expect(refused({ ...flag, userId: "someone-else" })).toMatch(/flag: unexpected field\(s\) userId/);
    expect(refused({ ...flag, status: "resolved" })).toMatch(/unexpected field\(s\) status/);
    expect(refused({ ...flag, evidence: undefined })).toMatch(/^flag\.evidence:/);
    expect(refused({ ...flag, evidence: { facts: { a: { nested: 1 } } } })).toMatch(/^flag\.evidence\.facts\.a:/);
    expect(refused({ ...flag, evidence: { facts: {}, finding: { ...finding, severity: "catastrophic" } } })).toMatch(
      /^flag\.evidence\.finding\.severity:/,
    );
    expect(refused({ ...flag, evidence: { facts: {}, extra: 1 } })).toMatch(/unexpected field\(s\) extra/);
    expect(refused({ type: "evaluateRows", kind: "share-request", rows: ["not", "a", "string"] })).toMatch(
      /^evaluateRows\.rows:/,
    );
    expect(refused({ type: "article" })).toMatch(/^article\.docNo:/);
    expect(refused({ type: "status", extra: true }, popup)).toMatch(/status: unexpected field\(s\) extra/);
    expect(
      refused({ type: "evaluate", kind: "share-request", facts: {}, url: PAGE, now: "not a date" }, popup),
    ).toMatch(/^evaluate\.now:/);
  });

  it("passes a well-formed message through unchanged", () => {
    const v = checkMessage(flag, content, ctx);
    expect(v.ok && v.msg).toEqual(flag);
  });
});

describe("portal match patterns", () => {
  it("matches any port of a loopback pattern, subdomains of *.gov.cn, nothing else", () => {
    expect(onPortal("http://127.0.0.1:8788/x", ctx.portals)).toBe(true);
    expect(onPortal("https://gov.cn/", ctx.portals)).toBe(true);
    expect(onPortal("https://a.b.gov.cn/", ctx.portals)).toBe(true);
    expect(onPortal("https://evilgov.cn/", ctx.portals)).toBe(false);
    expect(onPortal("http://127.0.0.2/", ctx.portals)).toBe(false);
    expect(onPortal("file:///etc/passwd", ["<all_urls>"])).toBe(false);
    expect(onPortal("not a url", ctx.portals)).toBe(false);
    expect(onPortal("http://127.0.0.1/", ["not a pattern"])).toBe(false);
  });
});
