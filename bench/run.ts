// `npm run bench`: the project's one benchmark entry point. Every bench/*.bench.ts module exports
// `run(): Promise<BenchResult[]>`; results are printed as a table and written to bench-results.json.
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchResult } from "./result.ts";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results: BenchResult[] = [];
for (const [i, f] of files.entries()) {
  // a pause between benchmarks, so that one's teardown (API server processes, Chromium exiting) does not overlap
  // the next one's measurement
  if (i > 0) await new Promise((ok) => setTimeout(ok, 3000));
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run: () => Promise<BenchResult[]> };
  console.log(`\n▶ ${f}`);
  const rs = await mod.run();
  for (const r of rs)
    console.log(`  ${r.name}: ours ${fmt(r.ours)} vs peer ${fmt(r.peer)} ${r.unit} → ratio ${r.ratio.toFixed(2)}`);
  results.push(...rs);
}

console.log("\n| name | ours | peer | unit | ratio |\n|---|---|---|---|---|");
for (const r of results)
  console.log(`| ${r.name} | ${fmt(r.ours)} | ${fmt(r.peer)} | ${r.unit} | ${r.ratio.toFixed(2)} |`);
writeFileSync(join(here, "..", "bench-results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwrote bench-results.json");

function fmt(n: number): string {
  return Math.abs(n) >= 1000 ? Math.round(n).toLocaleString("en-US") : n.toPrecision(4);
}
