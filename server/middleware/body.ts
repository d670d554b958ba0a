// Reads request bodies once, with the size limit (413), straight from Node's IncomingMessage when served by
// @hono/node-server (no Web-stream Request is built: that was most of a small POST's cost), else from the
// Web Request (app.request in tests, other runtimes). The text lands in Hono's body cache, so c.req.json()
// and the zod validators parse it without reading again.
import type { IncomingMessage } from "node:http";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "../errors.ts";

const tooLarge = (limit: number) => new ApiError(413, `request body too large (limit ${limit} bytes)`);

function readIncoming(incoming: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        incoming.resume(); // drain the rest; the 413 goes out
        reject(tooLarge(limit));
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onError = (e: Error) => {
      cleanup();
      reject(new ApiError(400, `request body could not be read: ${e.message}`));
    };
    const cleanup = () => {
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
    };
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

export function bodyReader(limit: number): MiddlewareHandler {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return async (c, next) => {
    const method = c.req.method;
    if (method === "GET" || method === "HEAD" || method === "OPTIONS") return next();
    const declared = c.req.header("content-length");
    if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    let bytes: Uint8Array;
    if (incoming && typeof incoming.on === "function") bytes = await readIncoming(incoming, limit);
    else if (c.req.raw.body) bytes = await readWebBody(c.req.raw.body, limit);
    else bytes = new Uint8Array();
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new ApiError(400, "request body is not valid UTF-8", [{ path: "(body)", message: "expected UTF-8 text" }]);
    }
    (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
    await next();
  };
}
