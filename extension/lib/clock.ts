// The extension's notion of "now". Normally the machine clock; a demo/training clock can be set in
// storage.local ("demoClock": { at: ISO instant, setAt: epoch ms }) so that demo portal data with fixed dates
// shows the intended statuses. The demo clock keeps ticking from `at`. End-to-end tests use it too.
export interface DemoClock {
  at: string;
  setAt: number;
}

export const DEMO_CLOCK_KEY = "demoClock";

export function nowMs(demo: DemoClock | undefined, real: number = Date.now()): number {
  if (!demo) return real;
  const at = Date.parse(demo.at);
  if (Number.isNaN(at)) return real;
  return at + Math.max(0, real - demo.setAt);
}

export function nowIso(demo: DemoClock | undefined, real: number = Date.now()): string {
  return new Date(nowMs(demo, real)).toISOString();
}
