// HTTP benchmarks of the sidecar API (autocannon against real servers on 127.0.0.1):
//  - api-evaluate: POST /api/evaluate throughput vs a trivial Hono route in the same run, same process, same
//    load settings (ratio = ours / trivial; target ≥ 0.5).
//  - api-deadlines: POST /api/deadlines throughput vs the same trivial route.
//  - api-post-floor: a trivial JSON POST (reads the same body, answers {ok:true}) vs the trivial GET: the
//    ceiling any POST endpoint can reach on this stack.
//  - api-evaluate-vs-post: /api/evaluate vs that trivial JSON POST.
//  - api-evaluate-cpu: server CPU time per request, trivial route / evaluate (robust to other load on the machine).
//  - api-evaluate-p99, api-deadlines-p99: p99 latency (median over the slices) against the 10 ms target
//    (ratio = 10 / p99).
// The servers run in a child process (the real server/instance.ts on a temp SQLite), so autocannon's own work
// does not share an event loop with them.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BenchResult } from "./result.ts";

const ROOT = resolve(new URL("..", import.meta.url).pathname);
const ROUNDS = Number(process.env.API_BENCH_ROUNDS ?? 6);
const CONNECTIONS = Number(process.env.API_BENCH_CONNECTIONS ?? 8);
const P99_TARGET_MS = 10;

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (opts: {
  url: string;
  method: string;
  body?: string;
  headers?: Record<string, string>;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;
const autocannon = ((await import("autocannon" as string)) as { default: Autocannon }).default;

const SERVER_CODE = `
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { openInstance } from "./server/instance.ts";
const inst = await openInstance({ dataDir: process.env.DATA_DIR, rateLimitPerMinute: 1e9 });
import { bodyReader } from "./server/middleware/body.ts";
const trivial = new Hono()
  .get("/ping", (c) => c.json({ ok: true }))
  // the floor of any JSON POST on this stack: read + parse the same body as /api/evaluate, answer {ok:true}
  .post("/echo", bodyReader(1 << 20), async (c) => { await c.req.json(); return c.json({ ok: true }); });
// control port (not measured): the server process's CPU time, to compare CPU per request
const control = new Hono().get("/cpu", (c) => { const u = process.cpuUsage(); return c.json({ us: u.user + u.system }); });
const listen = (fetch) => new Promise((ok) => { const s = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) => ok(info.port)); });
const api = await listen(inst.app.fetch);
const ping = await listen(trivial.fetch);
const cpu = await listen(control.fetch);
console.log("PORTS " + JSON.stringify({ api, ping, cpu }));
`;

const EVALUATE_BODY = JSON.stringify({
  kind: "data-share-request",
  facts: {
    receivedAt: "2026-09-30T15:00:00+08:00",
    shareClass: "有条件共享",
    scenario: "社保待遇资格核验",
    decision: "不同意",
    decidedAt: "2026-10-08T10:00:00+08:00",
    reason: "无",
  },
  now: "2026-10-09T09:00:00+08:00",
});
const DEADLINE_BODY = JSON.stringify({
  start: "2026-09-30T15:00:00+08:00",
  period: { unit: "workday", amount: 5 },
  now: "2026-10-09T09:00:00+08:00",
});

function startServers(dataDir: string): Promise<{ proc: ChildProcess; api: number; ping: number; cpu: number }> {
  const proc = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SERVER_CODE], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((ok, fail) => {
    let out = "";
    proc.stdout?.on("data", (d: Buffer) => {
      out += d;
      const m = /PORTS (\{.*\})/.exec(out);
      if (m) ok({ proc, ...(JSON.parse(m[1]) as { api: number; ping: number; cpu: number }) });
    });
    proc.once("exit", (code) => fail(new Error(`bench server exited (${code}): ${out}`)));
  });
}

interface Load {
  requests: number;
  seconds: number;
  p99: number[];
  p50: number[];
  cpuUs: number;
  bad: number;
}

const emptyLoad = (): Load => ({ requests: 0, seconds: 0, p99: [], p50: [], cpuUs: 0, bad: 0 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function serverCpuUs(cpuPort: number): Promise<number> {
  return ((await (await fetch(`http://127.0.0.1:${cpuPort}/cpu`)).json()) as { us: number }).us;
}

/** One autocannon slice added into `into`, with the server's CPU time spent during it. */
async function slice(into: Load, cpuPort: number, url: string, body: string | undefined, seconds: number) {
  const before = await serverCpuUs(cpuPort);
  const r = await autocannon({
    url,
    method: body ? "POST" : "GET",
    body,
    headers: body ? { "content-type": "application/json" } : undefined,
    connections: CONNECTIONS,
    duration: seconds,
  });
  into.cpuUs += (await serverCpuUs(cpuPort)) - before;
  into.requests += r.requests.total;
  into.seconds += seconds;
  into.p99.push(r.latency.p99);
  into.p50.push(r.latency.p50);
  into.bad += r.non2xx + r.errors;
}

export async function run(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "shixian-bench-"));
  const { proc, api, ping, cpu } = await startServers(dataDir);
  try {
    const pingUrl = `http://127.0.0.1:${ping}/ping`;
    const evalUrl = `http://127.0.0.1:${api}/api/evaluate`;
    const dlUrl = `http://127.0.0.1:${api}/api/deadlines`;
    const echoUrl = `http://127.0.0.1:${ping}/echo`;
    const warm = emptyLoad();
    await slice(warm, cpu, pingUrl, undefined, 1); // warm-up (JIT, caches)
    await slice(warm, cpu, evalUrl, EVALUATE_BODY, 1);
    await slice(warm, cpu, dlUrl, DEADLINE_BODY, 1);
    // Interleaved one-second slices (trivial, evaluate, deadlines) × ROUNDS: the machine is shared, so load
    // from other processes hits all three alike. Throughput = total requests / total seconds per endpoint.
    const t = emptyLoad();
    const post = emptyLoad();
    const ev = emptyLoad();
    const dl = emptyLoad();
    for (let round = 0; round < ROUNDS; round++) {
      await slice(t, cpu, pingUrl, undefined, 1);
      await slice(post, cpu, echoUrl, EVALUATE_BODY, 1);
      await slice(ev, cpu, evalUrl, EVALUATE_BODY, 1);
      await slice(dl, cpu, dlUrl, DEADLINE_BODY, 1);
    }
    if (ev.bad || dl.bad) throw new Error(`non-2xx answers during the run: evaluate ${ev.bad}, deadlines ${dl.bad}`);
    const rps = (l: Load) => l.requests / l.seconds;
    const cpuPerReq = (l: Load) => l.cpuUs / l.requests;
    const trivial = rps(t);
    console.log(
      `  trivial route:  ${trivial.toFixed(0)} req/s, server CPU ${cpuPerReq(t).toFixed(0)} µs/req, p99 median ${median(t.p99)} ms\n` +
        `  trivial POST:   ${rps(post).toFixed(0)} req/s, server CPU ${cpuPerReq(post).toFixed(0)} µs/req (reads the evaluate body, answers {ok:true})\n` +
        `  /api/evaluate:  ${rps(ev).toFixed(0)} req/s, server CPU ${cpuPerReq(ev).toFixed(0)} µs/req, p50 median ${median(ev.p50)} ms, p99 median ${median(ev.p99)} ms (per-slice p99s: ${ev.p99.join(", ")})\n` +
        `  /api/deadlines: ${rps(dl).toFixed(0)} req/s, server CPU ${cpuPerReq(dl).toFixed(0)} µs/req, p50 median ${median(dl.p50)} ms, p99 median ${median(dl.p99)} ms (per-slice p99s: ${dl.p99.join(", ")})\n` +
        `  (${CONNECTIONS} connections, ${ROUNDS} interleaved 1 s slices each)`,
    );
    const p99ev = median(ev.p99);
    const p99dl = median(dl.p99);
    return [
      { name: "api-evaluate", ours: rps(ev), peer: trivial, unit: "req/s", ratio: rps(ev) / trivial },
      { name: "api-deadlines", ours: rps(dl), peer: trivial, unit: "req/s", ratio: rps(dl) / trivial },
      // context: how close any JSON POST (same body, read and parsed, tiny answer) gets to the trivial GET
      { name: "api-post-floor", ours: rps(post), peer: trivial, unit: "req/s", ratio: rps(post) / trivial },
      // and /api/evaluate against that floor: what our validation, evaluation and answer cost on top of it
      { name: "api-evaluate-vs-post", ours: rps(ev), peer: rps(post), unit: "req/s", ratio: rps(ev) / rps(post) },
      {
        name: "api-evaluate-cpu",
        ours: cpuPerReq(ev),
        peer: cpuPerReq(t),
        unit: "µs CPU/req",
        ratio: cpuPerReq(t) / cpuPerReq(ev),
      },
      {
        name: "api-evaluate-p99",
        ours: p99ev,
        peer: P99_TARGET_MS,
        unit: "ms",
        ratio: P99_TARGET_MS / Math.max(p99ev, 0.001),
      },
      {
        name: "api-deadlines-p99",
        ours: p99dl,
        peer: P99_TARGET_MS,
        unit: "ms",
        ratio: P99_TARGET_MS / Math.max(p99dl, 0.001),
      },
    ];
  } finally {
    proc.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}
