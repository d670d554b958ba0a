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
}

export interface PageRecognition {
  /** The case a detail page is about. */
  single?: Recognition;
  /** One per row of a list/queue page, in page order. */
  rows: Recognition[];
}

export interface RecognizeOptions {
  /** Read same-origin iframes/frames too (default true). Set false when a content script runs in every frame. */
  frames?: boolean;
  /** Read open shadow roots (default true). */
  shadowRoots?: boolean;
}
