// Declarative per-portal adapters: the built-in set and how one is applied. Content-script safe (no zod):
// validate adapters that arrive as JSON with parseAdapters from ./schema.ts in the background or server.
import { DEMO_ADAPTERS } from "./default.ts";
import type { PortalAdapter } from "./types.ts";

export { applyAdapter, matchesUrl } from "./apply.ts";
export { DEMO_ADAPTERS } from "./default.ts";
export type { ColumnSpec, PortalAdapter, SingleFieldSpec } from "./types.ts";

/** The adapters bundled with the extension (validated by tests/recognize/adapters.test.ts). */
export const DEFAULT_ADAPTERS: readonly PortalAdapter[] = DEMO_ADAPTERS;
