import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildTasksFile,
  HEADER_VARIANTS,
  HEADING_REPAIRS,
  KNOWN_UNREPAIRED,
  OUTPUT_FILE,
  parseDue,
  parseTasks,
  REPAIRS,
  SOURCE_FILE,
  serialise,
  TaskParseError,
  type TaskRow,
  UNIT_CANONICAL,
} from "../../../scripts/parse-tasks-2026.ts";
import { parseDueText } from "../../../shared/periods/index.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const source = readFileSync(join(root, SOURCE_FILE), "utf8");
const sourceLines = source.split("\n");
const { tasks, log } = parseTasks(source);
const row = (list: TaskRow["list"], no: number) => {
  const r = tasks.find((t) => t.list === list && t.taskNo === no);
  if (!r) throw new Error(`no row ${list} ${no}`);
  return r;
};
const units = (s: string) => (s === "" ? [] : s.split("、"));
const squash = (s: string) => s.replace(/\s+/g, "");

describe("双政发〔2026〕3号 attachments: counts and shape", () => {
  it("finds 200 work-report tasks and 20 livelihood projects, numbered without gaps", () => {
    const wr = tasks.filter((t) => t.list === "work-report");
    const lv = tasks.filter((t) => t.list === "livelihood");
    expect(wr).toHaveLength(200);
    expect(lv).toHaveLength(20);
    expect(wr.map((t) => t.taskNo)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(lv.map((t) => t.taskNo)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("the checked-in JSON is exactly what the script produces from the source", () => {
    const checkedIn = readFileSync(join(root, OUTPUT_FILE), "utf8");
    expect(checkedIn).toBe(serialise(buildTasksFile(source)));
  });

  it("every row has a due date or the explicit ongoing marker, a lead, host units and 1–5 stars", () => {
    for (const t of tasks) {
      if (t.dueKind === "ongoing") expect(t.dueDate).toBeNull();
      else expect(t.dueDate).toMatch(/^2026-\d\d-\d\d$/);
      expect(t.lead.length).toBeGreaterThan(0);
      expect(units(t.hostUnits).length).toBeGreaterThan(0);
      for (const u of [...units(t.hostUnits), ...units(t.coUnits)]) expect(u.trim()).toBe(u);
      expect(t.stars).toBeGreaterThanOrEqual(1);
      expect(t.stars).toBeLessThanOrEqual(5);
      expect(t.title.length).toBeGreaterThan(0);
    }
  });

  it("due months, stars and sections match the document (as counted in seed-000 notes §2.4)", () => {
    const count = (f: (t: TaskRow) => string | number | null) => {
      const m: Record<string, number> = {};
      for (const t of tasks) m[`${t.list}:${f(t)}`] = (m[`${t.list}:${f(t)}`] ?? 0) + 1;
      return m;
    };
    expect(count((t) => t.dueDate)).toEqual({
      "work-report:2026-05-31": 1,
      "work-report:2026-06-30": 5,
      "work-report:2026-07-31": 2,
      "work-report:2026-09-30": 2,
      "work-report:2026-10-31": 7,
      "work-report:2026-11-30": 14,
      "work-report:2026-12-31": 169,
      "livelihood:2026-06-30": 2,
      "livelihood:2026-09-30": 4,
      "livelihood:2026-10-31": 2,
      "livelihood:2026-12-31": 12,
    });
    expect(count((t) => t.stars)).toEqual({
      "work-report:2": 6,
      "work-report:3": 141,
      "work-report:4": 2,
      "work-report:5": 51,
      "livelihood:4": 20,
    });
    expect(count((t) => t.sectionNo ?? t.section ?? t.part)).toEqual({
      "work-report:主要目标": 13,
      "work-report:一": 40,
      "work-report:二": 49,
      "work-report:三": 25,
      "work-report:四": 29,
      "work-report:五": 18,
      "work-report:六": 22,
      "work-report:切实加强政府自身建设": 4,
      "livelihood:民生实事": 20,
    });
    expect(tasks.filter((t) => t.coUnits === "")).toHaveLength(74);
  });

  it("reads rows exactly: first task, a two-host row, a livelihood project", () => {
    expect(row("work-report", 1)).toMatchObject({
      part: "主要目标",
      title: "地区生产总值增长4.5%以上。",
      lead: "姜明",
      leadIsPerson: true,
      hostUnits: "市发展改革委",
      coUnits: "市工业和信息化局、市农业农村局、市商务局",
      dueText: "12月底",
      dueDate: "2026-12-31",
      stars: 5,
      line: 77,
    });
    expect(row("work-report", 197)).toMatchObject({
      section: "切实加强政府自身建设",
      sectionNo: null,
      lead: "各位分管市领导",
      leadIsPerson: false,
      hostUnits: "各县(区)人民政府、市政府各部门",
      coUnits: "",
    });
    expect(row("work-report", 50)).toMatchObject({ dueText: "5月底", dueDate: "2026-05-31", dueMonth: 5 });
    expect(row("livelihood", 5)).toMatchObject({
      part: "民生实事",
      title: "完成3480户棚户区居民回迁安置。",
      lead: "张云海",
      hostUnits: "市采煤沉陷区综合治理服务中心",
      coUnits: "尖山区人民政府、岭东区人民政府、四方台区人民政府、宝山区人民政府",
      dueDate: "2026-12-31",
      stars: 4,
    });
  });
});

describe("verbatim cells and quotes", () => {
  it("titleRaw and unitsRaw are cells of the source line they came from", () => {
    for (const t of tasks) {
      const cells = sourceLines[t.line - 1].split("\t").map((c) => c.trim());
      expect(cells[0]).toBe(String(t.taskNo));
      expect(cells[1]).toBe(t.titleRaw);
      expect(cells[3]).toBe(t.unitsRaw);
      expect(cells[4]).toBe(t.dueText);
    }
  });

  it("an unrepaired title is the source text itself (whitespace-insensitive)", () => {
    const flat = squash(source);
    for (const t of tasks.filter((t) => t.repairs === "")) {
      expect(t.title).toBe(t.titleRaw);
      expect(flat.includes(squash(t.title))).toBe(true);
    }
  });
});

describe("OCR repairs: each one is needed, applied where listed, and nowhere else", () => {
  it("strict mode refuses exactly the 11 repaired rows", () => {
    expect(() => parseTasks(source, { strict: true })).toThrowError(/11 rows need a repair/);
    expect(new Set(tasks.filter((t) => t.repairs !== "").map((t) => `${t.list}:${t.taskNo}`)).size).toBe(11);
  });

  for (const r of REPAIRS) {
    it(`${r.id}: ${r.reason}`, () => {
      const t = row(r.list, r.taskNo);
      const raw = r.cell === "title" ? t.titleRaw : t.unitsRaw;
      for (const e of r.edits) expect(raw).toContain(e.from);
      expect(t.repairs.split(",")).toContain(r.id);
      const repaired = r.cell === "title" ? t.title : `${t.hostUnits} ${t.coUnits}`;
      for (const e of r.edits) {
        expect(repaired).not.toContain(e.from.trim());
        if (e.to !== "") expect(repaired).toContain(e.to);
      }
      // Without this repair the row keeps the defect.
      const without = parseTasks(source, { repairs: REPAIRS.filter((x) => x.id !== r.id) }).tasks.find(
        (x) => x.list === r.list && x.taskNo === r.taskNo,
      );
      const before = r.cell === "title" ? without?.title : `${without?.hostUnits} ${without?.coUnits}`;
      expect(before).toContain(r.edits[0].from.trim());
    });
  }

  it("specific results: 市煤管局 hosts 55–58, 市市场监管局 once in row 163, tags gone from 198–200", () => {
    for (const n of [55, 56, 57, 58]) expect(row("work-report", n).hostUnits).toBe("市煤管局");
    const co163 = units(row("work-report", 163).coUnits);
    expect(co163.filter((u) => u === "市市场监管局")).toHaveLength(1);
    expect(co163).toHaveLength(6);
    expect(row("work-report", 27).title).toContain("家政服务等数智融合消费新场景");
    expect(row("work-report", 138).title).toContain("跨境电商综合试验区和边民互市贸易");
    expect(row("work-report", 122).title).toContain("农产品加工转化率达到76%");
    expect(units(row("work-report", 100).coUnits)).toContain("市人力资源社会保障局");
    expect(units(row("work-report", 161).coUnits)).toContain("市自然资源局");
    for (const n of [198, 199, 200]) expect(row("work-report", n).title).not.toMatch(/[<>]/);
  });

  it("a repair whose text is not in its row is an error, not a silent no-op", () => {
    const bogus = { ...REPAIRS[0], edits: [{ from: "不存在的文字", to: "x" }] };
    expect(() => parseTasks(source, { repairs: [bogus] })).toThrowError(/wr27-etc: "不存在的文字" not found/);
    const noRow = { ...REPAIRS[0], id: "wr999", taskNo: 999 };
    expect(() => parseTasks(source, { repairs: [...REPAIRS, noRow] })).toThrowError(/not applied.*wr999/);
  });

  it("no further anomaly is left in any row: Latin letters, tags, traditional 達, doubled characters", () => {
    const known = (t: TaskRow, latin: string) =>
      KNOWN_UNREPAIRED.some(
        (k) => k.list === t.list && k.taskNo === t.taskNo && k.text.includes(latin) && t.title.includes(k.text),
      );
    for (const t of tasks) {
      for (const m of t.title.matchAll(/[A-Za-z]+/g)) {
        expect(known(t, m[0]), `row ${t.list} ${t.taskNo}: "${m[0]}"`).toBe(true);
      }
      expect(t.title).not.toMatch(/[<>達]/);
      for (const u of [...units(t.hostUnits), ...units(t.coUnits)]) {
        // 市市场监管局 starts with a legitimate 市市; any other doubled character in a unit name is a typo.
        expect(u.replace(/^市市/, "市"), u).not.toMatch(/(\p{Script=Han})\1/u);
      }
    }
    for (const k of KNOWN_UNREPAIRED) expect(row(k.list, k.taskNo).title).toContain(k.text);
  });
});

describe("headings, headers and unit names", () => {
  it("h6-merged-subheading: section (六) ends at 实现新突破 and covers rows 175–196", () => {
    const hr = HEADING_REPAIRS[0];
    expect(sourceLines[hr.line - 1].split("\t")[0]).toBe(hr.from);
    expect(row("work-report", 175).section).toBe("坚持民生为大,在提高社会建设水平上实现新突破");
    const six = tasks.filter((t) => t.sectionNo === "六").map((t) => t.taskNo);
    expect([six[0], six.at(-1), six.length]).toEqual([175, 196, 22]);
  });

  it("the two page headers reading 牵领导 are tolerated and logged", () => {
    for (const line of HEADER_VARIANTS[0].lines) expect(sourceLines[line - 1].split("\t")[2]).toBe("牵领导");
    expect(log.filter((e) => e.kind === "header-variant").map((e) => e.line)).toEqual([198, 294]);
  });

  it("variant unit names are normalised and the raw cell is kept", () => {
    const r25 = row("work-report", 25);
    expect(r25.hostUnits).toBe("市住房城乡建设局");
    expect(r25.unitsRaw).toContain("市住房和城乡建设局");
    expect(r25.normalised).toBe("市住房和城乡建设局");
    const all = tasks.flatMap((t) => [...units(t.hostUnits), ...units(t.coUnits)]);
    for (const variant of Object.keys(UNIT_CANONICAL)) expect(all).not.toContain(variant);
    expect(all.filter((u) => u === "市住房城乡建设局")).toHaveLength(24);
    expect(all.filter((u) => u === "市煤管局")).toHaveLength(7);
  });

  it("row 128 splits 市农业农村局等…成员单位 into the bureau and the group", () => {
    expect(units(row("work-report", 128).coUnits).slice(-2)).toEqual([
      "市农业农村局",
      "经济体制和生态文明体制改革专项小组成员单位",
    ]);
  });
});

describe("完成时限 parsing and malformed input", () => {
  it("parses month-ends, dates and ongoing markers", () => {
    expect(parseDue("12月底", 2026, 1)).toEqual({ dueKind: "month-end", dueMonth: 12, dueDate: "2026-12-31" });
    expect(parseDue("2月底前", 2026, 1)).toEqual({ dueKind: "month-end", dueMonth: 2, dueDate: "2026-02-28" });
    expect(parseDue("2028年2月底", 2026, 1).dueDate).toBe("2028-02-29");
    expect(parseDue("6月30日前", 2026, 1)).toEqual({ dueKind: "date", dueMonth: 6, dueDate: "2026-06-30" });
    expect(parseDue("持续推进", 2026, 1)).toEqual({ dueKind: "ongoing", dueMonth: null, dueDate: null });
    expect(parseDue("", 2026, 1).dueKind).toBe("ongoing");
  });

  it("agrees with the period engine's parseDueText on every row's 完成时限", () => {
    for (const t of tasks) {
      expect(parseDueText(t.dueText, 2026), `${t.list} ${t.taskNo}`).toMatchObject({ unit: "date", date: t.dueDate });
    }
  });

  it("rejects impossible or unknown due texts naming the cell and the line", () => {
    expect(() => parseDue("13月底", 2026, 77)).toThrowError(/line 77: 完成时限 "13月底": month 13 out of range/);
    expect(() => parseDue("6月31日", 2026, 5)).toThrowError(/完成时限 "6月31日": no such date/);
    expect(() => parseDue("下半年", 2026, 9)).toThrowError(TaskParseError);
  });

  const table = (rows: string[]) =>
    [
      "附件 1",
      "序号\t任务名称\t牵头领导\t责任单位\t完成时限\t星级",
      ...rows,
      "附件 2",
      "2026年市政府20件民生实事",
    ].join("\n");

  it("a task with 持续推进 gets the ongoing marker instead of a date", () => {
    const { tasks: t } = parseTasks(table(["1\t常态化工作。\t姜明\t主办:市发展改革委\t持续推进\t★★★"]), {
      repairs: [],
    });
    expect(t[0]).toMatchObject({ dueKind: "ongoing", dueDate: null, dueText: "持续推进", coUnits: "" });
  });

  it("malformed rows fail with the line and the cell at fault", () => {
    expect(() => parseTasks(table(["1\t任务。\t姜明\t主办:市发展改革委\t12月底"]), { repairs: [] })).toThrowError(
      /line 3: expected 6 TAB-separated cells, found 5/,
    );
    expect(() => parseTasks(table(["1\t任务。\t姜明\t市发展改革委\t12月底\t★★★"]), { repairs: [] })).toThrowError(
      /line 3: 责任单位 "市发展改革委": expected "主办:A、B 协办:C、D"/,
    );
    expect(() => parseTasks(table(["2\t任务。\t姜明\t主办:市发展改革委\t12月底\t★★★"]), { repairs: [] })).toThrowError(
      /序号 2 out of sequence, expected 1/,
    );
    expect(() => parseTasks(table(["1\t任务。\t姜明\t主办:市发展改革委\t12月底\t五星"]), { repairs: [] })).toThrowError(
      /星级 "五星": expected 1–5 ★/,
    );
    expect(() => parseTasks("no attachments here")).toThrowError(/附件 1/);
  });
});
