// Privacy: 18-digit 居民身份证号 are masked in every extracted value (keep the 6-digit region code and the last 4,
// which is what clerks use to tell records apart): 230502198807150026 → 230502********0026.
// TODO(privacy): switch to shared/privacy once it lands, so that every part masks the same way.

const ID_RE =
  /(?<![0-9A-Za-z])([1-9]\d{5})(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(\d{3}[\dXx])(?![0-9A-Za-z])/g;

export function maskIdNumbers(s: string): string {
  if (s.length < 18) return s;
  return s.replace(ID_RE, (m, head: string) => `${head}********${m.slice(14)}`);
}
