// Generator scripts' last step: write the generated file, or with --check only compare it with the committed copy
// (exit 1 when stale). `summary` is what the file holds, e.g. "123 rows".
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeOrCheck(root: string, file: string, out: string, script: string, summary: string): void {
  const target = join(root, file);
  if (process.argv.includes("--check")) {
    if (readFileSync(target, "utf8") !== out) {
      console.error(`${file} is stale: run npx tsx ${script}`);
      process.exit(1);
    }
    console.log(`${file} is up to date (${summary})`);
  } else {
    writeFileSync(target, out);
    console.log(`wrote ${file}: ${summary}`);
  }
}
