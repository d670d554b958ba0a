// Portals added at run time (options page or IT policy): the content script is registered for each origin the
// browser has granted (optional host permissions). The build-time portals come from the manifest.
import { browser } from "wxt/browser";

const PREFIX = "shixian-portal-";

export async function syncPortalScripts(portals: string[]): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const granted: string[] = [];
  for (const p of portals) if (await browser.permissions.contains({ origins: [p] })) granted.push(p);
  const existing = (await scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  if (existing.length) await scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (granted.length)
    await scripting.registerContentScripts([
      {
        id: `${PREFIX}all`,
        matches: granted,
        js: ["content-scripts/content.js"],
        allFrames: true,
        runAt: "document_idle",
        persistAcrossSessions: true,
      },
    ]);
  return granted;
}
