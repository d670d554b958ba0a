// Bundled by tests/recognize/browser.test.ts and injected into a real Chromium page: exposes recognizePage and a
// JSON-friendly summary of its result.
import { recognizePage } from "../../extension/lib/recognize/index.ts";
import type { Recognition } from "../../extension/lib/recognize/types.ts";

const summary = (r: Recognition) => ({
  kind: r.kind,
  facts: r.facts,
  externalId: r.externalId,
  source: r.source,
  anchors: Object.fromEntries(Object.entries(r.anchors).map(([k, el]) => [k, el.localName])),
});

(globalThis as unknown as Record<string, unknown>).__shixianRecognize = (withAdapters = true) => {
  const r = withAdapters ? recognizePage(document, location.href) : recognizePage(document, location.href, []);
  return {
    single: r.single ? summary(r.single) : null,
    rowCount: r.rows.length,
    rows: r.rows.slice(0, 3).map(summary),
    last: r.rows.length ? summary(r.rows[r.rows.length - 1]) : null,
  };
};
