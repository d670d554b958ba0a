#!/usr/bin/env node
// `npm test`: lint + format check, type-check, unit/route tests (SQLite and a throwaway PostgreSQL),
// extension build, then end-to-end tests in Debian's Chromium. Installs system packages it needs.
// Ends with a plain "N passed, N failed" line summing every vitest run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
mkdirSync(".tmp", { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function step(name, cmd, args, env = {}, baseEnv = process.env) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...baseEnv, ...env } });
  if (r.status !== 0) {
    console.error(`✗ ${name} failed (exit ${r.status ?? r.signal})`);
    failedSteps.push(name);
    return false;
  }
  return true;
}

/** Adds one vitest JSON report to the totals; a failed step without a report counts as one failure. */
function count(out, ok) {
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, "utf8"));
    totals.passed += j.numPassedTests ?? 0;
    totals.failed += j.numFailedTests ?? 0;
    totals.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  } else if (!ok) totals.failed += 1;
}

/** Runs vitest with a config (optionally under a wrapper command) and counts its results. */
function vitest(name, config, wrapper = []) {
  const out = `.tmp/vitest-${name}.json`;
  rmSync(out, { force: true }); // never count a report left over from an earlier run
  const args = ["vitest", "run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile=${out}`];
  const [cmd, ...pre] = wrapper.length ? [...wrapper, "npx"] : ["npx"];
  count(out, step(`tests (${name})`, cmd, [...pre, ...args]));
}

// System packages (Chromium, CJK fonts, PostgreSQL) — apt-get as root, skipped loudly where impossible.
step("system dependencies", "node", ["scripts/ensure-system-deps.mjs"]);

step("lint/format (biome)", "npx", ["biome", "check", "."]);
step("type-check (tsc)", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);

// Unit, rule and API tests. scripts/with-postgres.mjs starts a throwaway PostgreSQL cluster on a loopback
// port (TEST_DATABASE_URL) for the duration of the run, so route tests run on both databases.
const pgWrapper = "scripts/with-postgres.mjs";
if (existsSync(pgWrapper)) vitest("unit", "vitest.config.ts", ["node", pgWrapper]);
else vitest("unit", "vitest.config.ts");

// Extension builds + end-to-end tests in real Chromium: the test build (open shadow roots, so the tests can read the
// data-testid contract) into .output/chrome-mv3, and a normal build (closed roots, as clerks get it) into
// .output/closed/chrome-mv3 for tests/e2e/isolation.test.ts. Page-script clicks never act in either.
if (existsSync("tests/e2e/vitest.config.ts")) {
  const { SHIXIAN_TEST_BUILD: _, ...normalEnv } = process.env;
  const built =
    step("build extension, normal (wxt)", "npx", ["wxt", "build"], { SHIXIAN_OUT_DIR: ".output/closed" }, normalEnv) &&
    step("build extension, test build (wxt)", "npx", ["wxt", "build"], { SHIXIAN_TEST_BUILD: "1" });
  if (built) vitest("e2e", "tests/e2e/vitest.config.ts");
  else totals.failed += 1;
}

console.log(`\nsteps failed: ${failedSteps.length ? failedSteps.join(", ") : "none"}`);
console.log(
  `${totals.passed} passed, ${totals.failed + failedSteps.filter((s) => !s.startsWith("tests")).length} failed, ${totals.skipped} skipped`,
);
process.exit(failedSteps.length ? 1 : 0);
