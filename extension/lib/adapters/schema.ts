// The adapter schema lives in shared/adapters (the server validates adapters too); re-exported for the extension.
export {
  AdapterError,
  ColumnSchema,
  PortalAdapterSchema,
  parseAdapter,
  parseAdapters,
  SingleFieldSchema,
} from "../../../shared/adapters/schema.ts";
