// Personal-number masking for everything the extension shows, stores or sends: the shared implementation
// (shared/privacy), so the server and the extension mask identically.
export { maskPersonalDeep, maskPersonalNumbers } from "../../shared/privacy/index.ts";
