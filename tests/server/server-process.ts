// Starts the real server (server/main.ts) as a child process, as `npm start` does, for the kill -9 tests.
import { type ChildProcess, spawn } from "node:child_process";

export interface ServerProcess {
  url: string;
  proc: ChildProcess;
  output: () => string;
  /** The first admin token, when this start printed one. */
  adminToken?: string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = new URL("../../", import.meta.url);

export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0",
      DEMO_PORT: "off",
      BUILD_EXTENSION: "0",
      RATE_LIMIT_PER_MINUTE: "1000000",
      DATABASE_URL: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<void>((ok) => proc.once("exit", () => ok()));
  const kill = async (sig: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(sig);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill("SIGKILL");
      reject(new Error(`server did not start in 30 s:\n${out}`));
    }, 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      // wait for the token box (printed right after the URL lines) to be complete
      if (m && /extension:/.test(out)) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          proc,
          output: () => out,
          adminToken: /│ (sx_[\w-]+)/.exec(out)?.[1],
          kill9: () => kill("SIGKILL"),
          stop: () => kill("SIGTERM"),
        });
      }
    };
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", (d: Buffer) => {
      out += d.toString();
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
}
