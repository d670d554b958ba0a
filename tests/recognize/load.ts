// Loads demo-portal pages into jsdom over real HTTP (the demo portal server), with the pages' own scripts run
// and their frames loaded, as a browser would.
import { JSDOM } from "jsdom";

export async function loadPage(url: string, opts: { scripts?: boolean } = {}): Promise<JSDOM> {
  const dom = await JSDOM.fromURL(url, {
    resources: "usable",
    runScripts: opts.scripts === false ? undefined : "dangerously",
    pretendToBeVisual: true,
  });
  const win = dom.window;
  if (win.document.readyState !== "complete")
    await new Promise<void>((ok) => win.addEventListener("load", () => ok(), { once: true }));
  return dom;
}
