// Is a URL on one of the portals (Chrome match patterns such as http://127.0.0.1/* or https://*.gov.cn/*)?
// Used by the background's message gate and by the options page (which may only ask for origins the manifest's
// optional host permissions cover). Matching is @webext-core/match-patterns (shipped with WXT).
import { MatchPattern } from "wxt/utils/match-patterns";

/** True when `url` (http or https) is matched by one of `patterns`; a pattern that does not parse matches nothing. */
export function onPortal(url: string, patterns: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return false;
  return patterns.some((p) => {
    try {
      return new MatchPattern(p).includes(u.href); // a string: `instanceof Location` is not evaluated
    } catch {
      return false;
    }
  });
}

/** The root URL of an origin pattern as the options page builds it (`http://host/*` → `http://host/`). */
export function patternRoot(pattern: string): string {
  return pattern.replace(/\*$/, "");
}
