// workday-add / workday-count: our table-driven calendar against chinese-days' findWorkday and
// getWorkdaysInRange on the same random inputs (start days 2004–2026, N = 1…30, spans of 1…90 days).
// ratio = ours / peer (throughput, ops/s). Target ≥ 100×.
import chineseDays from "chinese-days";
import { createCalendar } from "../shared/calendar/index.ts";
import { epochDay, formatDay } from "../shared/time/index.ts";
import { type BenchResult, throughput } from "./result.ts";

const INPUTS = 2000;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same inputs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function run(): Promise<BenchResult[]> {
  const cal = createCalendar();
  const rand = rng(20260930);
  const first = epochDay(2004, 1, 1);
  const last = epochDay(2026, 9, 30); // start + 30 working days or 91 days stays within published 2026
  const starts: string[] = [];
  const ns: number[] = [];
  const ends: string[] = [];
  const befores: string[] = [];
  for (let i = 0; i < INPUTS; i++) {
    const s = first + Math.floor(rand() * (last - first + 1));
    starts.push(formatDay(s));
    befores.push(formatDay(s - 1));
    ns.push(1 + Math.floor(rand() * 30));
    ends.push(formatDay(s + 1 + Math.floor(rand() * 90)));
  }
  cal.isWorkday("2026-01-05"); // build the tables before timing

  // Same answers first (chinese-days' runtime is only right at UTC and east of it; see tests/calendar).
  if (new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() <= 0) {
    for (let i = 0; i < INPUTS; i++) {
      const ours = cal.addWorkdays(starts[i] as string, ns[i] as number).date;
      const peer = chineseDays.findWorkday(ns[i], starts[i]);
      if (ours !== peer) throw new Error(`workday-add differs: ${starts[i]} + ${ns[i]}: ${ours} vs ${peer}`);
      // getWorkdaysInRange is inclusive of both ends; countWorkdays excludes its first argument
      const c = cal.countWorkdays(befores[i] as string, ends[i] as string).count;
      const p = chineseDays.getWorkdaysInRange(starts[i], ends[i]).length;
      if (c !== p) throw new Error(`workday-count differs: ${starts[i]}…${ends[i]}: ${c} vs ${p}`);
    }
  }

  // Each timed call handles a chunk of the inputs, cycling through all of them; the slow peer gets small
  // chunks so that throughput()'s 50 warm-up calls stay short.
  let sink = 0;
  const chunked = (chunk: number, op: (i: number) => number) => {
    let next = 0;
    return () => {
      for (let k = 0; k < chunk; k++) {
        sink += op(next);
        next = next + 1 === INPUTS ? 0 : next + 1;
      }
    };
  };
  const addOurs = (i: number) => cal.addWorkdays(starts[i] as string, ns[i] as number).date.length;
  const addPeer = (i: number) => chineseDays.findWorkday(ns[i], starts[i]).length;
  const countOurs = (i: number) => cal.countWorkdays(befores[i] as string, ends[i] as string).count;
  const countPeer = (i: number) => chineseDays.getWorkdaysInRange(starts[i], ends[i]).length;
  const oursAdd = throughput(chunked(INPUTS, addOurs), INPUTS);
  const peerAdd = throughput(chunked(20, addPeer), 20);
  const oursCount = throughput(chunked(INPUTS, countOurs), INPUTS);
  const peerCount = throughput(chunked(10, countPeer), 10);
  if (sink === 0) throw new Error("nothing computed");
  return [
    { name: "workday-add", ours: oursAdd, peer: peerAdd, unit: "ops/s", ratio: oursAdd / peerAdd },
    { name: "workday-count", ours: oursCount, peer: peerCount, unit: "ops/s", ratio: oursCount / peerCount },
  ];
}
