// 身份证号 masking for everything the extension shows, stores or sends: the shared implementation, so the
// server and the extension mask identically (first 6 and last 4 digits kept).
export { maskFacts, maskIdNumber } from "../../shared/privacy/index.ts";
