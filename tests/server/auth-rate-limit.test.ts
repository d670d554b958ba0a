// Failed authentications are limited per client address before any token is looked up: a flood of wrong or
// absent tokens turns into 429 with Retry-After after AUTH_FAILURES_PER_MINUTE failures, other addresses are
// unaffected, and requests with a valid token never use up an address's budget. Over real HTTP on loopback,
// with distinct client addresses (127.0.0.2, 127.0.0.3 …: all of 127/8 is loopback on Linux).
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiter } from "../../server/middleware/rate-limit.ts";
import { DATABASES, listenHttp, type TestInstance, testInstance } from "./helpers.ts";

function get(
  url: string,
  path: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; retryAfter?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(path, url);
    const r = http.request(
      { host: u.hostname, port: u.port, path: u.pathname, method: "GET", localAddress: from, headers, agent: false },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => {
          body += d;
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] as string, body }),
        );
      },
    );
    r.on("error", reject);
    r.end();
  });
}

const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`failed authentications limited per client address on ${kind}`, { timeout: 120_000 }, () => {
    let s: TestInstance;
    let server: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      s = await testInstance(kind, { rateLimitPerMinute: 1_000_000 }); // default AUTH_FAILURES_PER_MINUTE (60)
      server = await listenHttp(s);
    });
    afterAll(async () => {
      await server?.close();
      await s?.destroy();
    });

    it("a flood of 2 000 wrong tokens: 60 × 401, then 429 with Retry-After; no 5xx", async () => {
      const counts: Record<number, number> = {};
      let retryAfter: string | undefined;
      for (let i = 0; i < 2000; i += 50) {
        const batch = await Promise.all(
          Array.from({ length: 50 }, (_, j) => get(server.url, "/api/cases", "127.0.0.2", bearer(`sx_guess_${i + j}`))),
        );
        for (const r of batch) {
          counts[r.status] = (counts[r.status] ?? 0) + 1;
          if (r.status === 429) retryAfter = r.retryAfter;
        }
      }
      expect(counts).toEqual({ 401: 60, 429: 1940 });
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    });

    it("the flooded address gets 429 even with a valid token (checked before authentication); public endpoints still answer", async () => {
      const r = await get(server.url, "/api/cases", "127.0.0.2", bearer(s.tokens.clerk));
      expect(r.status).toBe(429);
      expect(JSON.parse(r.body).error).toContain("too many failed authentications");
      expect((await get(server.url, "/api/health", "127.0.0.2")).status).toBe(200);
    });

    it("another address is unaffected: its valid token works, its own failures count separately", async () => {
      expect((await get(server.url, "/api/cases", "127.0.0.3", bearer(s.tokens.clerk))).status).toBe(200);
      expect((await get(server.url, "/api/cases", "127.0.0.3")).status).toBe(401);
      expect((await get(server.url, "/api/cases", "127.0.0.3", bearer("sx_wrong"))).status).toBe(401);
    });

    it("requests with a valid token never count: 1 000 of them, then a wrong token is still a 401", async () => {
      for (let i = 0; i < 1000; i += 50) {
        const batch = await Promise.all(
          Array.from({ length: 50 }, () => get(server.url, "/api/cases?limit=1", "127.0.0.4", bearer(s.tokens.clerk))),
        );
        expect(batch.every((r) => r.status === 200)).toBe(true);
      }
      expect((await get(server.url, "/api/cases", "127.0.0.4", bearer("sx_wrong"))).status).toBe(401);
    });
  });
}

describe("TRUST_PROXY and the window", () => {
  let s: TestInstance;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    s = await testInstance("sqlite", { authFailuresPerMinute: 3, trustProxy: true });
    server = await listenHttp(s);
  });
  afterAll(async () => {
    await server?.close();
    await s?.destroy();
  });

  it("behind a load balancer the address is the last X-Forwarded-For entry, not what the client wrote before it", async () => {
    const from = (xff: string, token?: string) =>
      get(server.url, "/api/cases", "127.0.0.1", { "X-Forwarded-For": xff, ...(token ? bearer(token) : {}) });
    const statuses = [];
    // the client varies the entry it controls; the balancer's appended entry is what counts
    for (let i = 0; i < 5; i++) statuses.push((await from(`10.9.9.${i}, 10.0.0.1`, "sx_wrong")).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await from("10.0.0.2", s.tokens.clerk)).status).toBe(200);
    expect((await from("10.0.0.1", s.tokens.clerk)).status).toBe(429);
  });

  it("an exhausted budget comes back when the minute ends", () => {
    let now = 1_000_000;
    const rl = new RateLimiter(2, () => now);
    expect(rl.exhausted("a")).toBe(0);
    rl.hit("a");
    rl.hit("a");
    expect(rl.exhausted("a")).toBe(60);
    now += 45_000;
    expect(rl.exhausted("a")).toBe(15);
    expect(rl.exhausted("b")).toBe(0);
    now += 15_000;
    expect(rl.exhausted("a")).toBe(0);
  });
});
