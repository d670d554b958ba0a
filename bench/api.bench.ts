// HTTP benchmarks of the sidecar API (autocannon against real servers on 127.0.0.1, in a child process so that
// autocannon's own work does not share an event loop with them; the real server/instance.ts on a temp SQLite).
// Every endpoint is compared with a trivial Hono route that handles the SAME request in the same run, process
// and load settings (ratio as in bench/result.ts: ours / peer for throughput, peer / ours for times):
//  - api-evaluate (headline, target ≥ 0.5): POST /api/evaluate vs the trivial POST route — same JSON body, read
//    with the API's own body reader and parsed, answering {ok:true}. That route is the floor of any JSON POST
//    on this stack, so the ratio is what validation, evaluation and the ≈ 4 kB answer cost on top of it.
//  - api-deadlines: POST /api/deadlines vs the trivial POST route reading the deadlines body.
//  - api-evaluate-vs-plain-post: vs a plain Hono POST route (`await c.req.json()`, no custom body reader) —
//    what a first Hono route would do; it builds a Web Request and stream, so it is slower than the floor.
//  - api-evaluate-vs-get, api-post-vs-get: context against the trivial GET (no body at all).
//  - api-evaluate-cpu: server CPU time per request, trivial POST / evaluate (robust to other load).
//  - api-evaluate-p99, api-deadlines-p99: p99 latency (median over the slices) against the 10 ms target.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SAMPLE_DEADLINE_REQUEST, SAMPLE_EVALUATE_REQUEST } from "../tests/server/sample-requests.ts";
import { type BenchResult, median } from "./result.ts";

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
  // the floor of any JSON POST on this stack: read (the API's body reader) + parse the body, answer {ok:true}
  .post("/echo", bodyReader(1 << 20), async (c) => { await c.req.json(); return c.json({ ok: true }); })
  // a plain Hono POST route: Hono reads the body itself (Web Request + stream over the Node request)
  .post("/plain", async (c) => { await c.req.json(); return c.json({ ok: true }); });
// control port (not measured): the server process's CPU time, to compare CPU per request
const control = new Hono().get("/cpu", (c) => { const u = process.cpuUsage(); return c.json({ us: u.user + u.system }); });
const listen = (fetch) => new Promise((ok) => { const s = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) => ok(info.port)); });
const api = await listen(inst.app.fetch);
const ping = await listen(trivial.fetch);
const cpu = await listen(control.fetch);
console.log("PORTS " + JSON.stringify({ api, ping, cpu }));
`;

const EVALUATE_BODY = JSON.stringify(SAMPLE_EVALUATE_REQUEST);
const DEADLINE_BODY = JSON.stringify(SAMPLE_DEADLINE_REQUEST);

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
    const echoUrl = `http://127.0.0.1:${ping}/echo`;
    const plainUrl = `http://127.0.0.1:${ping}/plain`;
    const evalUrl = `http://127.0.0.1:${api}/api/evaluate`;
    const dlUrl = `http://127.0.0.1:${api}/api/deadlines`;
    const warm = emptyLoad();
    await slice(warm, cpu, pingUrl, undefined, 1); // warm-up (JIT, caches)
    await slice(warm, cpu, echoUrl, EVALUATE_BODY, 1);
    await slice(warm, cpu, evalUrl, EVALUATE_BODY, 1);
    await slice(warm, cpu, dlUrl, DEADLINE_BODY, 1);
    // Interleaved one-second slices × ROUNDS: the machine is shared, so load from other processes hits every
    // route alike. Throughput = total requests / total seconds per route.
    const get = emptyLoad();
    const postEv = emptyLoad();
    const postDl = emptyLoad();
    const plain = emptyLoad();
    const ev = emptyLoad();
    const dl = emptyLoad();
    for (let round = 0; round < ROUNDS; round++) {
      await slice(postEv, cpu, echoUrl, EVALUATE_BODY, 1);
      await slice(ev, cpu, evalUrl, EVALUATE_BODY, 1);
      await slice(postDl, cpu, echoUrl, DEADLINE_BODY, 1);
      await slice(dl, cpu, dlUrl, DEADLINE_BODY, 1);
      await slice(get, cpu, pingUrl, undefined, 1);
      await slice(plain, cpu, plainUrl, EVALUATE_BODY, 1);
    }
    const bad = { evaluate: ev.bad, deadlines: dl.bad, get: get.bad, post: postEv.bad + postDl.bad, plain: plain.bad };
    if (Object.values(bad).some((n) => n > 0)) throw new Error(`non-2xx answers or errors: ${JSON.stringify(bad)}`);
    const rps = (l: Load) => l.requests / l.seconds;
    const cpuPerReq = (l: Load) => l.cpuUs / l.requests;
    const line = (name: string, l: Load, note = "") =>
      `  ${name.padEnd(29)} ${rps(l).toFixed(0).padStart(6)} req/s, server CPU ${cpuPerReq(l).toFixed(0).padStart(3)} µs/req, ` +
      `p50 ${median(l.p50)} ms, p99 ${median(l.p99)} ms (slices: ${l.p99.join(", ")})${note}`;
    console.log(
      [
        line("trivial GET", get),
        line("trivial POST (evaluate body)", postEv),
        line("trivial POST (deadline body)", postDl),
        line("plain Hono POST", plain, " — c.req.json() without the body reader"),
        line("/api/evaluate", ev),
        line("/api/deadlines", dl),
        `  (${CONNECTIONS} connections, ${ROUNDS} interleaved 1 s slices each)`,
      ].join("\n"),
    );
    const p99ev = median(ev.p99);
    const p99dl = median(dl.p99);
    const tput = (name: string, ours: Load, peer: Load): BenchResult => ({
      name,
      ours: rps(ours),
      peer: rps(peer),
      unit: "req/s",
      ratio: rps(ours) / rps(peer),
    });
    return [
      tput("api-evaluate", ev, postEv),
      tput("api-deadlines", dl, postDl),
      tput("api-evaluate-vs-plain-post", ev, plain),
      tput("api-evaluate-vs-get", ev, get),
      tput("api-post-vs-get", postEv, get),
      {
        name: "api-evaluate-cpu",
        ours: cpuPerReq(ev),
        peer: cpuPerReq(postEv),
        unit: "µs CPU/req",
        ratio: cpuPerReq(postEv) / cpuPerReq(ev),
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
