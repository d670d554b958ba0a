/** One line of bench-results.json. `ratio` ≥ 1 means ours is at least as good as the peer or target
 * (throughput: ours/peer; times and sizes: peer/ours). */
export interface BenchResult {
  name: string;
  ours: number;
  peer: number;
  unit: string;
  ratio: number;
}

/** Runs fn repeatedly for about `ms` milliseconds and returns operations per second. */
export function throughput(fn: () => void, opsPerCall = 1, ms = 1000): number {
  for (let i = 0; i < 50; i++) fn(); // warm-up
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    fn();
    calls++;
    t = performance.now();
  }
  return (calls * opsPerCall * 1000) / (t - t0);
}

/** The middle value (the upper one of the two middle values for an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
