// Server configuration from environment variables (documented in docs/api.md). Bad values are reported
// naming the variable and what was expected, instead of being silently replaced.

export interface ServerConfig {
  port: number;
  host: string;
  /** SQLite lives in DATA_DIR/shixian.sqlite unless DATABASE_URL points to PostgreSQL. */
  dataDir: string;
  databaseUrl?: string;
  /** Exact origins allowed by CORS, e.g. chrome-extension://<id>, http://portal.example:8080. */
  allowedOrigins: string[];
  /** Largest accepted request body in bytes (413 beyond). */
  bodyLimitBytes: number;
  /** Requests per token per minute (429 beyond). */
  rateLimitPerMinute: number;
  /** Port of the demo legacy portal started next to the API; null when DEMO_PORT=off. */
  demoPort: number | null;
  /** Behind a reverse proxy: believe X-Forwarded-For / -Proto / -Host (TRUST_PROXY=1). */
  trustProxy: boolean;
  /** Build the extension at start when .output/chrome-mv3 is missing (BUILD_EXTENSION=0 to skip). */
  buildExtension: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    got: string,
  ) {
    super(`${variable}: expected ${expected}, got "${got}"`);
    this.name = "ConfigError";
  }
}

function intVar(env: NodeJS.ProcessEnv, name: string, dflt: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(name, `an integer ${min}–${max}`, raw);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new ConfigError("DATABASE_URL", "a postgres:// or postgresql:// URL", databaseUrl);
  const allowedOrigins = (env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  for (const o of allowedOrigins) {
    if (!/^(https?|chrome-extension|moz-extension):\/\/[^/\s]+$/.test(o))
      throw new ConfigError("ALLOWED_ORIGINS", "comma-separated origins like chrome-extension://<id>", o);
  }
  return {
    port: intVar(env, "PORT", 8787, 0, 65535),
    host: env.HOST?.trim() || "127.0.0.1",
    dataDir: env.DATA_DIR?.trim() || "./data",
    databaseUrl,
    allowedOrigins,
    bodyLimitBytes: intVar(env, "BODY_LIMIT_BYTES", 1024 * 1024, 1024, 100 * 1024 * 1024),
    rateLimitPerMinute: intVar(env, "RATE_LIMIT_PER_MINUTE", 600, 1, 1_000_000),
    demoPort: env.DEMO_PORT?.trim() === "off" ? null : intVar(env, "DEMO_PORT", 8788, 0, 65535),
    buildExtension: !/^(0|false|no|off)$/i.test(env.BUILD_EXTENSION?.trim() ?? ""),
    trustProxy: /^(1|true|yes|on)$/i.test(env.TRUST_PROXY?.trim() ?? ""),
  };
}
