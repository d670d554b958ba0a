// Everything runs in Asia/Shanghai whatever the machine's time zone: run this part's whole test suite again
// in child processes under TZ=UTC and TZ=America/Los_Angeles (where chinese-days' own string parsing is off by
// a day). The children skip this file (SHIXIAN_TZ_CHILD) and check they really run in the requested zone.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");

describe.skipIf(process.env.SHIXIAN_TZ_CHILD === "1")("time-zone independence", () => {
  for (const tz of ["UTC", "America/Los_Angeles"]) {
    it(`calendar, period and time tests pass under TZ=${tz}`, { timeout: 120_000 }, () => {
      const r = spawnSync(
        process.execPath,
        [vitest, "run", "tests/time", "tests/calendar", "tests/periods", "--reporter=dot"],
        {
          cwd: root,
          env: {
            ...process.env,
            TZ: tz,
            SHIXIAN_TZ_CHILD: "1",
            SHIXIAN_EXPECT_TZ: tz,
            NO_COLOR: "1",
            FORCE_COLOR: "0",
          },
          encoding: "utf8",
        },
      );
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strip ANSI colours
      const out = `${r.stdout}\n${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
      expect(r.status, out).toBe(0);
      expect(out).toMatch(/Tests\s+\d+ passed/);
      expect(out).not.toMatch(/failed/);
    });
  }
});
