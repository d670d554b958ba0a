// Privacy: every 18-digit 居民身份证号 in an extracted value is masked with the shared implementation
// (shared/privacy: region code and last 4 kept — 230502198807150026 → 230502********0026), so the extension,
// the server and the tests mask identically. Short strings (most cells) skip the regexes.
import { maskIdNumber } from "../../../shared/privacy/index.ts";

export function maskIdNumbers(s: string): string {
  return s.length < 18 ? s : maskIdNumber(s);
}
