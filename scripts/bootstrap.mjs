#!/usr/bin/env node
// Installs what is missing so that `npm start`, `npm test` and `npm run bench` work on a fresh clone.
// `npm ci` cannot be used here: lock files list other platforms' optional rollup builds that the
// registry mirror lacks, so we run `npm install` whenever node_modules is absent or stale.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stampFile = join(root, "node_modules", ".shixian-install-stamp");

function manifestHash() {
  const h = createHash("sha256");
  for (const f of ["package.json", "package-lock.json"]) {
    const p = join(root, f);
    if (existsSync(p)) h.update(readFileSync(p));
  }
  return h.digest("hex");
}

const want = manifestHash();
const have = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
if (!existsSync(join(root, "node_modules")) || have !== want) {
  console.log("[bootstrap] installing npm dependencies (node_modules absent or stale)…");
  execSync("npm install --no-audit --no-fund", { cwd: root, stdio: "inherit" });
  writeFileSync(stampFile, manifestHash());
}
