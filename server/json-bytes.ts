// JSON answers as UTF-8 bytes, reusing the encoded bytes of the evaluator's shared frozen parts.
//
// Why not c.json (JSON.stringify): an /api/evaluate answer is ≈ 4 kB, two thirds of it citations, messages and
// memoised deadline parts that the evaluator hands out as the SAME deep-frozen objects to every result (see
// docs/ARCHITECTURE.md § shared result parts). JSON.stringify re-serialises them on every request, yields a
// two-byte string because of the Chinese text, and @hono/node-server then measures it (Buffer.byteLength) and
// Node encodes it to UTF-8 again on write: three passes over 4 kB per request. Here a deep-frozen plain object
// is serialised and encoded once (cached in a WeakMap, so it lives exactly as long as the shared object) and
// copied as bytes afterwards; only the per-case parts go through JSON.stringify, and the answer is a Buffer
// whose length is known. Measured (bench/api.bench.ts, docs/api.md): see the README performance table.
//
// The output is byte-for-byte what Buffer.from(JSON.stringify(value)) gives for every value JSON.stringify
// accepts (tests/server/json-bytes.test.ts checks that on every evaluation result kind and on edge values):
// own enumerable string keys in JSON.stringify's order, undefined / functions / symbols skipped in objects and
// null in arrays, non-finite numbers as null, and anything that is not a plain object or array (Date, class
// instances, boxed primitives, objects with toJSON) handed to JSON.stringify itself (a nested toJSON is called
// with "" instead of its property name; no answer of ours has one).
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";

/** deep-frozen plain object/array → its JSON as UTF-8; false = not cacheable (checked once per object) */
const frozenBytes = new WeakMap<object, Buffer | false>();
/** property name → `"name":` (names repeat across answers; bounded) */
const keyText = new Map<string, string>();
const KEY_CACHE_MAX = 4096;
/** nesting beyond this goes to JSON.stringify (which reports cycles as a TypeError instead of a stack overflow) */
const MAX_DEPTH = 256;
const SCRATCH_SIZE = 64 * 1024;

// One writer per process: jsonBytes is synchronous and does not call itself (toJSON values go to
// JSON.stringify), so module state is safe and saves an allocation per answer.
let scratch = Buffer.allocUnsafe(SCRATCH_SIZE);
let used = 0;
/** per-case JSON text not yet written to `scratch` (one UTF-8 write per run between cached parts) */
let pending = "";

function reserve(bytes: number): void {
  if (used + bytes <= scratch.length) return;
  const bigger = Buffer.allocUnsafe(Math.max(scratch.length * 2, used + bytes));
  scratch.copy(bigger, 0, 0, used);
  scratch = bigger;
}

function flush(): void {
  if (pending.length === 0) return;
  reserve(pending.length * 3); // a UTF-16 code unit is at most 3 UTF-8 bytes (a pair: 4 bytes for 2 units)
  used += scratch.write(pending, used, "utf8");
  pending = "";
}

function key(name: string): string {
  let t = keyText.get(name);
  if (t === undefined) {
    t = `${JSON.stringify(name)}:`;
    if (keyText.size < KEY_CACHE_MAX) keyText.set(name, t);
  }
  return t;
}

/**
 * Vocabulary strings → their JSON text. Rule, check and pack ids, enum values and ISO dates repeat in every answer;
 * JSON.stringify per string is a runtime call each. Only strings of that vocabulary are kept (lower-case ids
 * starting with a letter, ISO days and +08:00 instants), so no name, 身份证号 or free text a clerk typed is
 * retained in server memory. Bounded; cleared when full.
 */
const stringText = new Map<string, string>();
const STRING_CACHE_MAX = 4096;
const VOCABULARY = /^(?:[a-z][a-z0-9-]{0,63}|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\+08:00)?)$/;
/** Whether `s` is vocabulary that may be kept in the string cache (never personal data; exported for tests). */
export function isVocabulary(s: string): boolean {
  return s.length <= 64 && VOCABULARY.test(s);
}
function quoted(s: string): string {
  let t = stringText.get(s);
  if (t !== undefined) return t;
  t = JSON.stringify(s);
  if (isVocabulary(s)) {
    if (stringText.size >= STRING_CACHE_MAX) stringText.clear();
    stringText.set(s, t);
  }
  return t;
}

function isPlain(o: object): boolean {
  const proto = Object.getPrototypeOf(o);
  return proto === Object.prototype || proto === null || Array.isArray(o);
}

/** Frozen all the way down, plain, and data properties only (a getter may answer differently next time). */
function isDeepFrozenPlain(o: object, depth: number): boolean {
  if (depth > MAX_DEPTH || !Object.isFrozen(o) || !isPlain(o) || "toJSON" in o) return false;
  const props = Object.getOwnPropertyDescriptors(o);
  for (const k of Object.keys(o)) {
    if (!("value" in props[k])) return false;
    const v = props[k].value;
    if (typeof v === "object" && v !== null && !isDeepFrozenPlain(v, depth + 1)) return false;
  }
  return true;
}

function cachedBytes(o: object): Buffer | false {
  let b = frozenBytes.get(o);
  if (b === undefined) {
    b = isDeepFrozenPlain(o, 0) ? Buffer.from(JSON.stringify(o)) : false;
    frozenBytes.set(o, b);
  }
  return b;
}

/** Appends the JSON of `v`; false when JSON.stringify would leave it out (undefined, function, symbol). */
function write(v: unknown, depth: number): boolean {
  switch (typeof v) {
    case "string":
      pending += quoted(v);
      return true;
    case "number":
      pending += Number.isFinite(v) ? String(v) : "null";
      return true;
    case "boolean":
      pending += v ? "true" : "false";
      return true;
    case "object":
      if (v === null) pending += "null";
      else writeObject(v, depth);
      return true;
    case "bigint":
      return writeOther(v);
    default:
      return false;
  }
}

function writeObject(o: object, depth: number): void {
  if (Object.isFrozen(o)) {
    const b = cachedBytes(o);
    if (b !== false) {
      flush();
      reserve(b.length);
      scratch.set(b, used);
      used += b.length;
      return;
    }
  }
  if (depth > MAX_DEPTH || !isPlain(o) || typeof (o as { toJSON?: unknown }).toJSON === "function") {
    writeOther(o);
    return;
  }
  if (Array.isArray(o)) {
    pending += "[";
    for (let i = 0; i < o.length; i++) {
      if (i > 0) pending += ",";
      if (!write(o[i], depth + 1)) pending += "null";
    }
    pending += "]";
    return;
  }
  pending += "{";
  let first = true;
  for (const k of Object.keys(o)) {
    const v = (o as Record<string, unknown>)[k];
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    pending += first ? key(k) : `,${key(k)}`;
    first = false;
    write(v, depth + 1);
  }
  pending += "}";
}

/** JSON.stringify's own answer for what this writer does not model (and its TypeError for cycles / BigInt). */
function writeOther(v: unknown): boolean {
  const t = JSON.stringify(v);
  if (t === undefined) return false;
  pending += t;
  return true;
}

/**
 * The JSON text of `value` as UTF-8 bytes (a fresh Buffer the caller owns). Throws what JSON.stringify throws;
 * a top-level value JSON.stringify maps to undefined (undefined, a function, a symbol) is an error here, since an
 * HTTP answer needs a body.
 */
export function jsonBytes(value: unknown): Buffer<ArrayBuffer> {
  used = 0;
  pending = "";
  try {
    if (!write(value, 0)) throw new TypeError("jsonBytes: value has no JSON form");
    flush();
    const out = Buffer.allocUnsafe(used);
    scratch.copy(out, 0, 0, used);
    return out;
  } finally {
    pending = "";
    if (scratch.length > 16 * SCRATCH_SIZE) scratch = Buffer.allocUnsafe(SCRATCH_SIZE); // one huge answer
  }
}

/** c.json for hot routes: the same answer and the same Hono type (for hc), serialised with jsonBytes. */
export function jsonAnswer<T>(c: Context, value: T): Response & TypedResponse<JSONParsed<T>, 200, "json"> {
  // a fresh header record per answer: @hono/node-server may add Content-Length to the record it is given
  return c.body(jsonBytes(value), 200, { "content-type": "application/json" }) as unknown as Response &
    TypedResponse<JSONParsed<T>, 200, "json">;
}
