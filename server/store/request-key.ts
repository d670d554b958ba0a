// Idempotency keys belong to the token that sent them, and to the request they first came with: the same key
// from another token is another key; the same key from the same token with another body is a client error (409),
// not a replay of the first result.
import { createHash } from "node:crypto";

/** A client's key as stored: `<token id>/<key>` (keys are `[A-Za-z0-9_.:-]`, so "/" cannot be forged into one). */
export function scopedKey(tokenId: string, key: string): string {
  return `${tokenId}/${key}`;
}

/** sha256 of a JSON value with object keys sorted, so that key order does not make two bodies differ. */
export function requestHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}

function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  const entries = Object.keys(v)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}
