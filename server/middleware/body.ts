// Reads request bodies once, with the size limit (413), straight from Node's IncomingMessage when served by
// @hono/node-server (no Web-stream Request is built: that was most of a small POST's cost), else from the
// Web Request (app.request in tests, other runtimes). The text lands in Hono's body cache, so c.req.json()
// and the zod validators parse it without reading again.
import type { IncomingMessage } from "node:http";
import type { Context, MiddlewareHandler, Next } from "hono";
import { ApiError } from "../errors.ts";
import { nodeIncoming, requestHeader } from "./request-header.ts";

const tooLarge = (limit: number) => new ApiError(413, `request body too large (limit ${limit} bytes)`);

/** A body being read from a Node request. */
interface Pending {
  chunks: Buffer[];
  size: number;
  limit: number;
  resolve: (body: Buffer) => void;
  reject: (e: Error) => void;
}
const PENDING = Symbol("shixian.pendingBody");
type Incoming = IncomingMessage & { [PENDING]?: Pending };

// The stream listeners are module functions called with the request as `this`, so reading a body creates no
// closures (under tsx every named closure also costs an Object.defineProperty for its name).
function onData(this: Incoming, chunk: Buffer): void {
  const p = this[PENDING];
  if (!p) return;
  p.size += chunk.length;
  if (p.size > p.limit) {
    stopReading(this);
    this.resume(); // drain the rest; the 413 goes out
    p.reject(tooLarge(p.limit));
  } else p.chunks.push(chunk);
}

function onEnd(this: Incoming): void {
  const p = this[PENDING];
  if (!p) return;
  stopReading(this);
  p.resolve(p.chunks.length === 1 ? p.chunks[0] : Buffer.concat(p.chunks, p.size));
}

function onError(this: Incoming, e: Error): void {
  const p = this[PENDING];
  if (!p) return;
  stopReading(this);
  p.reject(new ApiError(400, `request body could not be read: ${e.message}`));
}

function stopReading(incoming: Incoming): void {
  incoming[PENDING] = undefined;
  incoming.off("data", onData);
  incoming.off("end", onEnd);
  incoming.off("error", onError);
}

function readIncoming(incoming: Incoming, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    incoming[PENDING] = { chunks: [], size: 0, limit, resolve, reject };
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onError);
  });
}

async function readWebBody(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/**
 * Reads the body of a POST/PUT/… into Hono's body cache (GET, HEAD and OPTIONS pass through), then runs `next`.
 * Exported on its own for app.ts, which calls it from its one API middleware instead of adding a layer.
 */
export async function readBodyThen(c: Context, next: Next, limit: number, decoder: TextDecoder): Promise<void> {
  const method = c.req.method;
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return next();
  const declared = requestHeader(c, "content-length");
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  const incoming = nodeIncoming(c);
  let bytes: Uint8Array;
  if (incoming) bytes = await readIncoming(incoming, limit);
  else if (c.req.raw.body) bytes = await readWebBody(c.req.raw.body, limit);
  else bytes = new Uint8Array();
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ApiError(400, "request body is not valid UTF-8", [{ path: "(body)", message: "expected UTF-8 text" }]);
  }
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
  (c.req as { [BODY_TEXT]?: string })[BODY_TEXT] = text;
  await next();
}

const BODY_TEXT = Symbol("shixian.bodyText");

/** The body text read by readBodyThen, without a promise (undefined when it did not read this request's body). */
export function bodyText(c: Context): string | undefined {
  return (c.req as { [BODY_TEXT]?: string })[BODY_TEXT];
}

/** A strict UTF-8 decoder for readBodyThen (TextDecoder keeps no state between whole-buffer decode calls). */
export const utf8Decoder = (): TextDecoder => new TextDecoder("utf-8", { fatal: true });

export function bodyReader(limit: number): MiddlewareHandler {
  const decoder = utf8Decoder();
  return (c, next) => readBodyThen(c, next, limit, decoder);
}
