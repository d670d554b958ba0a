// One request header without building a Web `Headers` object. Under @hono/node-server, `c.req.header(name)`
// turns every raw header of the Node request into an undici `Headers` (≈ 5 µs a request, the largest single
// cost of a small POST after the socket write); Node's own `incoming.headers` is a plain object with lower-case
// names. Without a Node request (app.request in tests, other runtimes) this is `c.req.header(name)`.
import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

/** The Node request behind a Hono context when served by @hono/node-server, else undefined. */
export function nodeIncoming(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming && typeof incoming.on === "function" ? incoming : undefined;
}

/** The value of header `name` (lower case), or undefined. Repeated headers read as Node joins them. */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = nodeIncoming(c);
  if (!incoming) return c.req.header(name);
  const v = incoming.headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}
