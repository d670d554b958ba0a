// Declarative per-portal adapters: schema, the built-in set, and how one is applied.
import { DEMO_ADAPTERS_DATA } from "./default.ts";
import { type PortalAdapter, parseAdapters } from "./schema.ts";

export { applyAdapter, matchesUrl } from "./apply.ts";
export { DEMO_ADAPTERS_DATA } from "./default.ts";
export {
  AdapterError,
  type PortalAdapter,
  type PortalAdapterInput,
  PortalAdapterSchema,
  parseAdapters,
} from "./schema.ts";

/** The adapters bundled with the extension (validated once at load). */
export const DEFAULT_ADAPTERS: PortalAdapter[] = parseAdapters(DEMO_ADAPTERS_DATA);
