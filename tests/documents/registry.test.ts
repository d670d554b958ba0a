// The document registry: every document of the seeds, its dates and status as of a date, its source text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  allDocuments,
  DOCUMENTS,
  docNoKey,
  documentStatus,
  getDocument,
  statusNote,
} from "../../shared/documents/index.ts";
import { chineseNumber, documentText, SOURCE_FILES, splitArticles } from "../../shared/sources/index.ts";

const read = (file: string) => readFileSync(new URL(`../../shared/sources/${file}`, import.meta.url), "utf8");

/** The document tables of /work/shared/reference/seed-00N-notes.md, plus the two repealed documents they name. */
const SEED_DOCS = [
  "双政发〔2026〕3号",
  "双政办发〔2026〕3号",
  "双政办规〔2026〕1号",
  "牡政发〔2022〕13号",
  "牡政规〔2022〕2号",
  "牡政干〔2022〕6号",
  "牡政办发〔2022〕15号",
  "牡政办发〔2022〕17号",
  "牡政办发〔2022〕19号",
  "牡政办发〔2022〕21号",
  "牡政办规〔2022〕3号",
  "牡政办规〔2022〕4号",
  "牡政办综〔2022〕16号",
  "牡公管规〔2022〕2号",
  "牡公管委规〔2022〕3号",
  "双政规〔2023〕1号",
  "双政办发〔2023〕28号",
  "双政办发〔2023〕29号",
  "双政办发〔2023〕30号",
  "双政规〔2017〕7号",
  "双政规〔2018〕1号",
  "双政规〔2018〕3号",
  "双政办规〔2017〕8号",
  "双政办规〔2017〕13号",
  "双政办规〔2017〕15号",
  "双政办规〔2018〕17号",
  "双政办规〔2018〕19号",
  "双政规〔2022〕10号",
  "牡政办综〔2015〕38号",
];

describe("registry contents", () => {
  it("has every document of the seeds, once", () => {
    for (const d of SEED_DOCS) expect(getDocument(d), d).toBeDefined();
    const keys = DOCUMENTS.map((d) => docNoKey(d.docNo));
    expect(new Set(keys).size).toBe(keys.length);
    expect(allDocuments()).toHaveLength(SEED_DOCS.length);
  });
  it("keys on the full 文号: 双政发〔2026〕3号 and 双政办发〔2026〕3号 are different documents", () => {
    expect(getDocument("双政发〔2026〕3号")?.title).toContain("政府工作报告");
    expect(getDocument("双政办发〔2026〕3号")?.title).toContain("公务员医疗补助");
  });
  it("looks up tolerant of bracket style and spaces", () => {
    for (const v of ["双政办规[2026]1号", "双政办规（2026）1号", "双政办规 〔2026〕 1号", "双政办规【2026】1号"])
      expect(getDocument(v)?.docNo, v).toBe("双政办规〔2026〕1号");
    expect(getDocument("双政办规〔2026〕2号")).toBeUndefined();
  });
  it("dates are ISO days and in order", () => {
    for (const d of DOCUMENTS) {
      for (const k of ["issued", "effective", "validTo"] as const)
        if (d[k] !== undefined) expect(d[k], `${d.docNo}.${k}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (d.effective && d.validTo) expect(d.effective <= d.validTo, d.docNo).toBe(true);
    }
  });
  it("repeal chains point both ways", () => {
    for (const d of DOCUMENTS.filter((x) => x.repealedBy)) {
      const by = getDocument(d.repealedBy as string);
      expect(by?.repeals, d.docNo).toContain(d.docNo);
    }
    expect(getDocument("双政规〔2022〕10号")?.repealedBy).toBe("双政规〔2023〕1号");
    expect(getDocument("牡政办综〔2015〕38号")?.repealedBy).toBe("牡政办综〔2022〕16号");
  });
});

describe("status as of a date", () => {
  it("双政办规〔2026〕1号: 2 years from 2026-02-11, last day 2028-02-10 (decision)", () => {
    expect(documentStatus("双政办规〔2026〕1号", "2026-02-10")?.status).toBe("not-yet-effective");
    expect(documentStatus("双政办规〔2026〕1号", "2026-02-11")?.status).toBe("in-force");
    expect(documentStatus("双政办规〔2026〕1号", "2028-02-10T23:59:59+08:00")?.status).toBe("in-force");
    expect(documentStatus("双政办规〔2026〕1号", "2028-02-11")).toEqual({
      status: "expired",
      since: "2028-02-11",
      validTo: "2028-02-10",
    });
    expect(getDocument("双政办规〔2026〕1号")?.dateNote).toMatch(/DECISION: last day in force 2028-02-10/);
  });
  it("repealed documents, from the repealing document's effective date", () => {
    expect(documentStatus("双政规〔2022〕10号", "2023-06-16")?.status).toBe("in-force");
    expect(documentStatus("双政规〔2022〕10号", "2023-06-17")).toMatchObject({
      status: "repealed",
      repealedBy: "双政规〔2023〕1号",
      since: "2023-06-17",
    });
    expect(documentStatus("牡政办综〔2015〕38号", "2022-07-27")).toMatchObject({
      status: "repealed",
      repealedBy: "牡政办综〔2022〕16号",
    });
    expect(documentStatus("牡政办综〔2022〕16号", "2026-01-01")?.status).toBe("in-force");
  });
  it("documents with an end date expire the day after it", () => {
    expect(documentStatus("牡公管规〔2022〕2号", "2022-12-31")?.status).toBe("in-force");
    expect(documentStatus("牡公管规〔2022〕2号", "2023-01-01")?.status).toBe("expired");
    expect(documentStatus("牡公管委规〔2022〕3号", "2023-01-01")?.status).toBe("expired");
  });
  it("retroactive effect: 双政办发〔2026〕3号 in force from 2026-01-01 though issued 2026-01-30", () => {
    expect(documentStatus("双政办发〔2026〕3号", "2026-01-01")?.status).toBe("in-force");
    expect(documentStatus("双政办发〔2026〕3号", "2025-12-31")?.status).toBe("not-yet-effective");
  });
  it("unknown documents have no status", () => {
    expect(documentStatus("国发〔2099〕1号", "2026-01-01")).toBeUndefined();
  });
  it("status notes say why a document is not in force", () => {
    expect(statusNote("双政规〔2022〕10号", documentStatus("双政规〔2022〕10号", "2024-01-01"))?.zh).toBe(
      "依据文件双政规〔2022〕10号已被双政规〔2023〕1号废止（2023-06-17起）",
    );
    expect(statusNote("双政办规〔2026〕1号", documentStatus("双政办规〔2026〕1号", "2026-03-01"))).toBeUndefined();
  });
});

describe("source texts", () => {
  it("every source file is in the repo", () => {
    for (const s of SOURCE_FILES) expect(read(s.file).length, s.file).toBeGreaterThan(1000);
  });
  it("each document's line range holds its 文号 near the top (texts present in the seeds)", () => {
    for (const d of DOCUMENTS)
      for (const src of d.sources) {
        const lines = read(src.file).split("\n");
        expect(src.lines[1] <= lines.length, `${d.docNo} ${src.file}`).toBe(true);
        const head = lines.slice(src.lines[0] - 1, src.lines[0] + 14).join("");
        expect(docNoKey(head).includes(docNoKey(d.docNo)), `${d.docNo} in ${src.file}:${src.lines[0]}`).toBe(true);
      }
  });
  it("pack 1's text: 78 articles in both copies, lines relative to the file", () => {
    const t = documentText("双政办规〔2026〕1号", read);
    expect(t?.file).toBe("seed-000-sy-gazette-2026-1.txt");
    expect(t?.articles).toHaveLength(78);
    expect(t?.articles.map((a) => a.number)).toEqual(Array.from({ length: 78 }, (_, i) => i + 1));
    const a27 = t?.articles[26];
    expect(a27?.article).toBe("第二十七条");
    expect(a27?.startLine).toBe(653);
    expect(read("seed-000-sy-gazette-2026-1.txt").split("\n")[652]).toMatch(/^第二十七条/);
    expect(a27?.text).toContain("1个工作日内完成审核");
    expect(t?.articles[77].chapter).toBe("第十一章 附 则");
    expect(splitArticles(read("seed-001-sy-public-data.txt"))).toHaveLength(78);
  });
  it("documents without a text in the seeds have none", () => {
    expect(documentText("双政规〔2022〕10号", read)).toBeUndefined();
  });
});

describe("splitArticles", () => {
  it("skips in-text references and keeps article order", () => {
    const text = [
      "第一章 总 则",
      "第一条 目的。",
      "依照第三条规定办理。",
      "第二条 范围。",
      "第三条规定的事项",
      "第三条 附则。",
    ].join("\n");
    const a = splitArticles(text);
    expect(a.map((x) => x.article)).toEqual(["第一条", "第二条", "第三条"]);
    expect(a[0].text).toBe("第一条 目的。\n依照第三条规定办理。");
    expect(a[1].text).toBe("第二条 范围。\n第三条规定的事项");
    expect(a[2].startLine).toBe(6);
  });
  it("chineseNumber", () => {
    expect([
      chineseNumber("一"),
      chineseNumber("十"),
      chineseNumber("十二"),
      chineseNumber("二十七"),
      chineseNumber("一百零三"),
    ]).toEqual([1, 10, 12, 27, 103]);
    expect(Number.isNaN(chineseNumber("廿"))).toBe(true);
  });
});

describe("one rule for a plan for period X (issue 14)", () => {
  // a title naming a period: 十四五, a year range 2021—2025年, or an annual plan/programme (2022年…方案)
  const namesPeriod = (title: string) => /十四五|\d{4}\s*[—–-]\s*\d{4}年|\d{4}年.*(方案|分工)/.test(title);
  const plans = allDocuments().filter((d) => d.sources.length > 0 && namesPeriod(d.title));

  it("every document whose title names a period carries it as `plan` (and the 2026 task list, whose body does)", () => {
    for (const d of plans) expect(d.plan, d.docNo).toBeDefined();
    expect(
      allDocuments()
        .filter((d) => d.plan)
        .map((d) => d.docNo)
        .sort(),
    ).toEqual(
      [
        "双政发〔2026〕3号",
        "牡政发〔2022〕13号",
        "牡政规〔2022〕2号",
        "牡政办发〔2022〕19号",
        "牡政办发〔2022〕21号",
        "双政规〔2023〕1号",
        "双政办发〔2023〕28号",
        "双政办发〔2023〕29号",
      ].sort(),
    );
  });

  it("validTo is the later of the period's last day and the measures' latest end date, for every plan", () => {
    for (const d of allDocuments().filter((x) => x.plan)) {
      const p = d.plan as NonNullable<typeof d.plan>;
      const expected = p.measuresUntil && p.measuresUntil > p.lastDay ? p.measuresUntil : p.lastDay;
      expect(d.validTo, d.docNo).toBe(expected);
    }
    expect(getDocument("牡政发〔2022〕13号")?.validTo).toBe("2025-12-31");
    expect(getDocument("牡政规〔2022〕2号")?.validTo).toBe("2025-12-31");
    expect(getDocument("双政规〔2023〕1号")?.validTo).toBe("2025-12-31");
    expect(getDocument("双政办发〔2023〕29号")?.validTo).toBe("2024-12-31");
    expect(documentStatus("双政规〔2023〕1号", "2025-12-31")?.status).toBe("in-force");
    expect(documentStatus("双政规〔2023〕1号", "2026-01-01")).toMatchObject({ status: "expired", since: "2026-01-01" });
    expect(documentStatus("双政办发〔2023〕29号", "2025-01-01")?.status).toBe("expired");
  });

  it("牡公委规〔2022〕3号 (the 细则's spelling) is an alias of 牡公管委规〔2022〕3号", () => {
    expect(getDocument("牡公委规〔2022〕3号")?.docNo).toBe("牡公管委规〔2022〕3号");
    expect(getDocument("牡公委规[2022]3号")?.docNo).toBe("牡公管委规〔2022〕3号");
  });

  it("双政规〔2017〕7号 prints no date: no issued or effective day is invented", () => {
    const d = getDocument("双政规〔2017〕7号");
    expect(d?.issued).toBeUndefined();
    expect(d?.effective).toBeUndefined();
    expect(d?.dateNote).toContain("黑政规〔2017〕16号");
  });
});
