// Public types of page recognition (see docs/ARCHITECTURE.md, "Page recognition").
import type { CaseKind } from "../../../shared/kinds/index.ts";
import type { FactValue } from "./values.ts";

export type { CaseKind, FactValue };

export interface Recognition {
  kind: CaseKind;
  /** Field values by vocabulary name (shared/kinds), dates ISO, 身份证号 masked. "" = label shown, value empty. */
  facts: Record<string, FactValue>;
  /** The element showing each field's value (for inline markers). */
  anchors: Record<string, Element>;
  /** The portal's own id of the case (申请编号 …), masked. */
  externalId?: string;
  /** The element the case occupies (detail table, or the queue row). */
  root: Element;
  source: "adapter" | "generic";
  /**
   * How sure the recogniser is of `kind`: "high" (a taught adapter, or headings and labels agree), "low" (thin or
   * conflicting evidence: the overlay then holds counters back and says so). Undefined = not assessed (list rows).
   */
  confidence?: "high" | "low";
  /** Other kinds the page could be about, when confidence is low. */
  altKinds?: string[];
  /** The page's text for each field as read (trimmed, 身份证号 masked): what the overlay says it read. */
  read?: Record<string, string>;
}

export interface PageRecognition {
  /** The case a detail page is about. */
  single?: Recognition;
  /** One per row of a list/queue page, in page order. */
  rows: Recognition[];
  /**
   * Adapters for this URL whose anchors are gone (labels, columns or selectors not found): the page was read by the
   * generic recogniser instead, and the clerk is told which fields the adapter could not find.
   */
  staleAdapters?: StaleAdapter[];
}

export interface StaleAdapter {
  id: string;
  title?: { zh: string; en: string };
  kind?: string;
  /** Fields (or "list"/"root") whose anchor was not found. */
  missing: string[];
}

export interface RecognizeOptions {
  /** Read same-origin iframes/frames too (default true). Set false when a content script runs in every frame. */
  frames?: boolean;
  /** Read open shadow roots (default true). */
  shadowRoots?: boolean;
}
