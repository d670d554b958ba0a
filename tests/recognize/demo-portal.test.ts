// The demo portal's static server: content types (charset from the page), no escape from the portal directory,
// and the generated pages are up to date with their generator.
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { genGbk, genQueue, genTasks, type Task } from "../../scripts/gen-portal-fixtures.ts";
import { type DemoPortal, declaredCharset, startDemoPortal } from "../../server/demo-portal.ts";

let portal: DemoPortal;
beforeAll(async () => {
  portal = await startDemoPortal({ port: 0 });
});
afterAll(() => portal.close());

/** A raw GET (fetch would normalise "../" away before sending). */
function rawGet(path: string): Promise<{ status: number; type?: string; body: string }> {
  const u = new URL(portal.url);
  return new Promise((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("latin1");
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => ok({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("static server", () => {
  test("listens on loopback and serves the index at /", async () => {
    expect(portal.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await fetch(portal.url);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await r.text();
    for (const page of [
      "share-request-rejected.html",
      "share-request-pending.html",
      "data-demand.html",
      "open-data-request.html",
      "data-correction.html",
      "objection.html",
      "approval-application.html",
      "queue.html",
      "tasks.html",
      "frameset.html",
      "spa.html",
      "gbk.html",
      "hostile.html",
    ])
      expect(html).toContain(`href="${page}`);
  });

  test("content types: GBK page, css, frames", async () => {
    expect((await fetch(`${portal.url}gbk.html`)).headers.get("content-type")).toBe("text/html; charset=gbk");
    expect((await fetch(`${portal.url}css/portal.css`)).headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect((await fetch(`${portal.url}frames/detail.html`)).status).toBe(200);
    expect(
      declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')),
    ).toBe("gb2312");
  });

  test.each([
    "/../package.json",
    "/..%2fpackage.json",
    "/%2e%2e/%2e%2e/package.json",
    "/frames/../../package.json",
    "/.git/config",
    "/css/",
    "/nope.html",
    "/%00.html",
  ])("no escape: %s", async (path) => {
    const r = await rawGet(path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('"name": "shixian"');
  });

  test("HEAD is answered, other methods are not", async () => {
    expect((await fetch(`${portal.url}index.html`, { method: "HEAD" })).status).toBe(200);
    expect((await fetch(`${portal.url}index.html`, { method: "POST" })).status).toBe(405);
  });
});

describe("generated pages are committed and up to date", () => {
  test("queue.html", () => {
    expect(readFileSync("tests/fixtures/portal/queue.html", "utf8")).toBe(genQueue());
  });
  test("gbk.html (byte for byte)", () => {
    expect(readFileSync("tests/fixtures/portal/gbk.html").equals(genGbk())).toBe(true);
  });
  test("tasks.html from tasks-2026.json", () => {
    const data = JSON.parse(readFileSync("shared/rules/packs/data/tasks-2026.json", "utf8")) as { tasks: Task[] };
    expect(readFileSync("tests/fixtures/portal/tasks.html", "utf8")).toBe(genTasks(data.tasks));
  });
});
