import { defineConfig } from "vitest/config";

// End-to-end tests in Debian's Chromium with the built extension (.output/chrome-mv3, built by scripts/test.mjs
// with `wxt build` before this config runs). One browser at a time: the machine has 2 cores.
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: "forks",
  },
});
