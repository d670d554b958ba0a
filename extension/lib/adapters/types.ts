// The adapter shape lives in shared/adapters (the server validates adapters too); re-exported for the extension.
export type { ColumnSpec, PortalAdapter, SingleFieldSpec } from "../../../shared/adapters/types.ts";
