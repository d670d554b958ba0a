// The Node host's SourceReader for shared/sources: reads the verbatim seed copies shipped in the repo
// (shared/sources/*.txt), once each. Only files listed in SOURCE_FILES can be read.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SOURCE_FILES, type SourceReader } from "../shared/sources/index.ts";

const dir = fileURLToPath(new URL("../shared/sources/", import.meta.url));
const known = new Set(SOURCE_FILES.map((f) => f.file));
const cache = new Map<string, string>();

export const readSource: SourceReader = (file) => {
  if (!known.has(file)) throw new Error(`unknown source file ${file}`);
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(`${dir}${file}`, "utf8");
    cache.set(file, text);
  }
  return text;
};
