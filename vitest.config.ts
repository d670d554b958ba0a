import { defineConfig } from "vitest/config";

// Unit, rule-pack and API route tests. End-to-end browser tests have their own config in tests/e2e/.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
