// Small server parts on their own: CSV for Excel, configuration errors, the per-token rate window, masking helpers.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config.ts";
import { CSV_BOM, csvCell, toCsv } from "../../server/csv.ts";
import { RateLimiter } from "../../server/middleware/rate-limit.ts";
import { toBeijingInstant } from "../../server/time.ts";
import { hasNul, jsonDepth } from "../../server/validate.ts";

describe("CSV for Excel", () => {
  it("starts with a BOM, uses CRLF and quotes commas, quotes and newlines", () => {
    const csv = toCsv(
      ["规则", "备注"],
      [
        ["sy-1", '不同意，"无"\n第二行'],
        ["sy-2", "a,b"],
      ],
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}规则,备注\r\nsy-1,"不同意，""无""\n第二行"\r\nsy-2,"a,b"\r\n`);
  });
  it("defuses cells that Excel would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe("");
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });
});

describe("configuration", () => {
  it("has defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8787,
      dataDir: "./data",
      allowedOrigins: [],
      demoPort: 8788,
      buildExtension: true,
    });
    expect(c.databaseUrl).toBeUndefined();
  });
  it("reads origins, a PostgreSQL URL, DEMO_PORT=off", () => {
    const c = loadConfig({
      ALLOWED_ORIGINS: "chrome-extension://abcdefghijklmnop, http://127.0.0.1:8788/",
      DATABASE_URL: "postgres://u:p@db:5432/x",
      DEMO_PORT: "off",
      BUILD_EXTENSION: "0",
    });
    expect(c.allowedOrigins).toEqual(["chrome-extension://abcdefghijklmnop", "http://127.0.0.1:8788"]);
    expect(c.databaseUrl).toBe("postgres://u:p@db:5432/x");
    expect(c.demoPort).toBeNull();
    expect(c.buildExtension).toBe(false);
  });
  it("names the variable and what was expected", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT: expected an integer 0–65535, got "eighty"/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    expect(() => loadConfig({ ALLOWED_ORIGINS: "*" })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ AUTH_FAILURES_PER_MINUTE: "-1" })).toThrow(/AUTH_FAILURES_PER_MINUTE/);
    expect(() => loadConfig({ TRUST_PROXY: "maybe" })).toThrow(/TRUST_PROXY: expected 1 or 0/);
    expect(loadConfig({})).toMatchObject({ authFailuresPerMinute: 60, trustProxy: false });
    expect(loadConfig({ TRUST_PROXY: "1", AUTH_FAILURES_PER_MINUTE: "10" })).toMatchObject({
      authFailuresPerMinute: 10,
      trustProxy: true,
    });
  });
});

describe("rate limiter", () => {
  it("allows perMinute requests per key per window, then says how long to wait; windows reset", () => {
    let now = 1_000_000;
    const rl = new RateLimiter(3, () => now);
    expect([rl.hit("a"), rl.hit("a"), rl.hit("a")]).toEqual([0, 0, 0]);
    expect(rl.hit("a")).toBe(60);
    expect(rl.hit("b")).toBe(0);
    now += 30_000;
    expect(rl.hit("a")).toBe(30);
    now += 30_000;
    expect(rl.hit("a")).toBe(0);
  });
});

describe("helpers", () => {
  it("writes instants in Beijing time", () => {
    expect(toBeijingInstant(new Date("2026-09-30T07:00:00.000Z"))).toBe("2026-09-30T15:00:00.000+08:00");
    expect(toBeijingInstant(new Date("2026-12-31T16:30:00.000Z"))).toBe("2027-01-01T00:30:00.000+08:00");
  });
  it("measures JSON depth without recursion and finds NUL characters in strings and keys", () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
    expect(hasNul({ a: ["x", "y\u0000"] })).toBe(true);
    expect(hasNul({ "k\u0000": 1 })).toBe(true);
    expect(hasNul({ a: ["身份证号 230502198001011234"] })).toBe(false);
  });
});
