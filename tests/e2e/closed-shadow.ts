// Reaching into a CLOSED shadow root from a test, the way assistive technology and DevTools do: through the Chrome
// DevTools Protocol (DOM.getDocument with pierce), never through the page (page scripts get null for
// host.shadowRoot). Clicks are real mouse input at the element's box (trusted events), not element.click().
import type { CDPSession, Page } from "playwright-core";

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export class ClosedShadow {
  private constructor(
    private page: Page,
    private cdp: CDPSession,
    private hostTag: string,
  ) {}

  static async of(page: Page, hostTag: string): Promise<ClosedShadow> {
    return new ClosedShadow(page, await page.context().newCDPSession(page), hostTag);
  }

  /** The nodeId of the host's shadow root in a fresh document snapshot (node ids change as Preact re-renders). */
  private async root(): Promise<number | undefined> {
    const { root } = (await this.cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
    const stack: CdpNode[] = [root];
    while (stack.length) {
      const n = stack.pop() as CdpNode;
      if (n.localName === this.hostTag && n.shadowRoots?.length) return n.shadowRoots[0].nodeId;
      stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []));
    }
    return undefined;
  }

  async all(selector: string): Promise<number[]> {
    const root = await this.root();
    if (root === undefined) return [];
    const { nodeIds } = (await this.cdp.send("DOM.querySelectorAll", { nodeId: root, selector })) as {
      nodeIds: number[];
    };
    return nodeIds;
  }

  /** Waits until `selector` matches inside the shadow root (and `pred` holds for its attributes/text). */
  async waitFor(
    selector: string,
    pred: (el: { attrs: Record<string, string>; text: string }) => boolean = () => true,
    timeout = 15_000,
  ): Promise<{ attrs: Record<string, string>; text: string }> {
    const until = Date.now() + timeout;
    let last: { attrs: Record<string, string>; text: string } | undefined;
    while (Date.now() < until) {
      for (const id of await this.all(selector)) {
        try {
          last = await this.read(id);
          if (pred(last)) return last;
        } catch {
          // node replaced while reading: try again
        }
      }
      await this.page.waitForTimeout(100);
    }
    throw new Error(`closed shadow: ${selector} not found/matching in ${timeout} ms (last: ${JSON.stringify(last)})`);
  }

  async read(nodeId: number): Promise<{ attrs: Record<string, string>; text: string }> {
    const { attributes } = (await this.cdp.send("DOM.getAttributes", { nodeId })) as { attributes: string[] };
    const attrs: Record<string, string> = {};
    for (let i = 0; i < attributes.length; i += 2) attrs[attributes[i]] = attributes[i + 1];
    const { object } = (await this.cdp.send("DOM.resolveNode", { nodeId })) as { object: { objectId: string } };
    const { result } = (await this.cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration: "function () { return this.textContent; }",
      returnByValue: true,
    })) as { result: { value: string } };
    return { attrs, text: result.value ?? "" };
  }

  /** A real mouse click in the middle of the first element matching `selector`. */
  async click(selector: string): Promise<void> {
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const [id] = await this.all(selector);
      if (id !== undefined) {
        try {
          await this.cdp.send("DOM.scrollIntoViewIfNeeded", { nodeId: id });
          const { model } = (await this.cdp.send("DOM.getBoxModel", { nodeId: id })) as {
            model: { content: number[] };
          };
          const [x1, y1, x2, , , y3] = model.content;
          await this.page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
          return;
        } catch {
          // re-rendered between the query and the click: query again
        }
      }
      await this.page.waitForTimeout(100);
    }
    throw new Error(`closed shadow: cannot click ${selector}`);
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}
