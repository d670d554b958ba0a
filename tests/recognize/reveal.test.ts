// Which attribute mutations make the content script read the page again (extension/lib/recognize/reveal.ts).
import { describe, expect, test } from "vitest";
import { mayRevealOrHide } from "../../extension/lib/recognize/reveal.ts";

const rec = (attributeName: string, oldValue: string | null) => ({ attributeName, oldValue }) as MutationRecord;

describe("mayRevealOrHide", () => {
  test("v-show hiding or showing a pane or a dialog (inline display)", () => {
    expect(mayRevealOrHide(rec("style", ""), "display: none;", "div")).toBe(true);
    expect(mayRevealOrHide(rec("style", "display: none;"), "", "div")).toBe(true);
    expect(mayRevealOrHide(rec("style", "z-index: 2001;"), "z-index: 2001; display: none;", "div")).toBe(true);
    expect(mayRevealOrHide(rec("style", "visibility: hidden"), "visibility: visible", "div")).toBe(true);
  });

  test("animation and layout styles are not a visibility change", () => {
    expect(mayRevealOrHide(rec("style", "transform: translateX(0px);"), "transform: translateX(166px);", "div")).toBe(
      false,
    );
    expect(mayRevealOrHide(rec("style", "width: 140px; display: block"), "width: 120px; display: block", "div")).toBe(
      false,
    );
  });

  test("a container's class (Bootstrap's .active pane) counts; hover/selection classes on rows and cells do not", () => {
    expect(mayRevealOrHide(rec("class", "tab-pane"), "tab-pane active", "div")).toBe(true);
    expect(mayRevealOrHide(rec("class", "el-table__row"), "el-table__row hover-row", "tr")).toBe(false);
    expect(mayRevealOrHide(rec("class", "item"), "item is-active", "li")).toBe(false);
  });

  test("hidden, open and aria-hidden", () => {
    expect(mayRevealOrHide(rec("hidden", null), "", "section")).toBe(true);
    expect(mayRevealOrHide(rec("open", ""), null, "dialog")).toBe(true);
    expect(mayRevealOrHide(rec("aria-hidden", "true"), "false", "div")).toBe(true);
    expect(mayRevealOrHide(rec("aria-hidden", "true"), "true", "div")).toBe(false);
  });
});
