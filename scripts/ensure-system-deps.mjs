#!/usr/bin/env node
// Installs the Debian packages the tests need when they are missing: chromium + fonts-noto-cjk (e2e tests,
// screenshots with Chinese text) and postgresql (route tests on a real PostgreSQL). Needs root and apt-get;
// elsewhere it says loudly what is missing and the dependent tests skip with a message.
import { execSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const need = [];
if (!existsSync("/usr/bin/chromium")) need.push("chromium");
if (!existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")) need.push("fonts-noto-cjk");
const pgBin = existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").length > 0;
if (!pgBin) need.push("postgresql");

if (need.length === 0) {
  console.log("[system] chromium, fonts-noto-cjk and postgresql are present");
  process.exit(0);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
let hasApt = false;
try {
  execSync("command -v apt-get", { stdio: "ignore" });
  hasApt = true;
} catch {}
if (!isRoot || !hasApt) {
  console.warn(
    `\n!!! [system] cannot install ${need.join(", ")} (needs root and apt-get). Tests that need them will SKIP.\n`,
  );
  process.exit(0);
}
console.log(`[system] installing ${need.join(", ")} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execSync("apt-get update -q", { stdio: "inherit", env });
execSync(`apt-get install -y -q --no-install-recommends ${need.join(" ")}`, { stdio: "inherit", env });
