// The demo legacy portal (tests/fixtures/portal/) served by a small node:http static server — for `npm start`
// (DEMO_PORT, default 8788) and the end-to-end tests. Only files under the portal directory are served
// (no directory escape, no symlinks out, no dotfiles); HTML charset is announced as the page declares it
// (gbk.html is real GBK bytes, so it is sent as text/html; charset=gbk).
import { readFile, realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const PORTAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../tests/fixtures/portal");
const NODE_MODULES = resolve(dirname(fileURLToPath(import.meta.url)), "../node_modules");

/**
 * The UI frameworks real portals are built with, served under `/vendor/<package>/…` from node_modules so the
 * framework fixture pages (tests/fixtures/portal/frameworks/) run the frameworks' own code, never an imitation.
 * Only these packages are reachable; everything else under /vendor is 404.
 */
export const VENDOR_PACKAGES = [
  "layui",
  "element-ui",
  "element-plus",
  "ant-design-vue",
  "vxe-table",
  "@vxe-ui/core",
  "xe-utils",
  "vue",
  "vue2",
  "bootstrap3",
  "jquery",
  "dayjs",
] as const;

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".gif": "image/gif",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".eot": "application/vnd.ms-fontobject",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The charset an HTML file declares in its first 1 024 bytes (<meta charset> or http-equiv), else utf-8. */
export function declaredCharset(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : "utf-8";
}

export interface DemoPortal {
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(body);
}

/** `/vendor/<package>/<file>` → [package root, file segments], for the allow-listed packages only. */
function vendorTarget(segments: string[]): [string, string[]] | undefined {
  if (segments[0] !== "vendor") return undefined;
  for (const pkg of VENDOR_PACKAGES) {
    const parts = pkg.split("/");
    if (parts.every((p, i) => segments[1 + i] === p))
      return [resolve(NODE_MODULES, ...parts), segments.slice(1 + parts.length)];
  }
  return undefined;
}

async function handle(req: IncomingMessage, res: ServerResponse, rootReal: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed");
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://portal.local").pathname);
  } catch {
    return send(res, 400, "bad request path");
  }
  if (path.includes("\0")) return send(res, 400, "bad request path");
  if (path.endsWith("/")) path += "index.html";
  const segments = path.split("/").filter(Boolean);
  if (segments.some((s) => s === ".." || s.startsWith("."))) return send(res, 404, "not found");
  const vendor = vendorTarget(segments);
  if (vendor) {
    try {
      rootReal = await realpath(vendor[0]);
    } catch {
      return send(res, 404, "not found");
    }
    segments.splice(0, segments.length, ...vendor[1]);
    if (segments.length === 0) return send(res, 404, "not found");
  }
  const file = resolve(rootReal, ...segments);
  if (!file.startsWith(rootReal + sep)) return send(res, 404, "not found");
  let real: string;
  try {
    real = await realpath(file);
    if (!real.startsWith(rootReal + sep) || !(await stat(real)).isFile()) return send(res, 404, "not found");
  } catch {
    return send(res, 404, "not found");
  }
  const bytes = await readFile(real);
  const ext = extname(real).toLowerCase();
  let type = TYPES[ext] ?? "application/octet-stream";
  if (type === "text/html") type = `text/html; charset=${declaredCharset(bytes)}`;
  res.writeHead(200, {
    "Content-Type": type,
    "Content-Length": bytes.length,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/** Starts the demo portal. `port: 0` picks a free port; the returned url has the actual one. */
export async function startDemoPortal(opts: { port: number; host?: string }): Promise<DemoPortal> {
  const host = opts.host ?? "127.0.0.1";
  const rootReal = await realpath(PORTAL_DIR);
  const server = createServer((req, res) => {
    handle(req, res, rootReal).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, `error: ${(e as Error).message}`);
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port, host, () => {
      server.off("error", fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections?.();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}

// `tsx server/demo-portal.ts` serves the portal alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const port = Number(process.env.DEMO_PORT ?? 8788);
  startDemoPortal({ port }).then((p) => console.log(`demo portal: ${p.url} (pages in ${join(PORTAL_DIR)})`));
}
