// Every case kind the rules know has a short zh/en name in the overlay (else the panel shows the raw kind id).
import { expect, test } from "vitest";
import { kindName } from "../../extension/lib/i18n.ts";
import { CASE_KINDS } from "../../shared/kinds/index.ts";

test("every case kind has a Chinese and an English name in the overlay", () => {
  expect(CASE_KINDS.length).toBeGreaterThan(10);
  for (const kind of CASE_KINDS) {
    expect(kindName("zh-CN", kind), kind).not.toBe(kind);
    expect(kindName("en", kind), kind).not.toBe(kind);
    expect(kindName("zh-CN", kind), kind).toMatch(/[\u4e00-\u9fff]/);
  }
});
