/**
 * Parser for 双政发〔2026〕3号 附件1 (市《政府工作报告》主要目标和重点工作责任分工, 200 tasks) and
 * 附件2 (2026年市政府20件民生实事, 20 projects), from the gazette text 双鸭山市人民政府公报 2026年第1期.
 *
 *   npx tsx scripts/parse-tasks-2026.ts            → writes shared/rules/packs/data/tasks-2026.json
 *   npx tsx scripts/parse-tasks-2026.ts --check    → exits 1 if the checked-in JSON is out of date
 *   npx tsx scripts/parse-tasks-2026.ts --strict   → refuses every row that needs an OCR repair (lists them)
 *
 * Layout of the source (every table line is TAB-separated with exactly 6 cells):
 *   序号 \t 任务名称 \t 牵头领导 \t 责任单位 \t 完成时限 \t 星级
 * - a header line (序号 …) is repeated on every printed page;
 * - heading lines have text in cell 1 and 5 empty cells: "重点工作", "(一)…"–"(六)…", "切实加强政府自身建设";
 * - 责任单位 reads "主办:A、B 协办:C、D" (full-width "：" on rows 1–7), 协办 optional;
 * - 完成时限 is "<m>月底" for every row of this document; 星级 is a run of ★.
 *
 * Every change to the source text is listed below (REPAIRS, HEADING_REPAIRS, UNIT_CANONICAL, HEADER_VARIANTS),
 * each with its reason, and tested in tests/rules/tasks/. Nothing else is altered: `titleRaw` and `unitsRaw`
 * keep the cells verbatim so that quotes can be checked against the source.
 *
 * The pure part (parseTasks) has no Node dependency; only main() touches the file system.
 */
import { daysInMonth, isoDay } from "../shared/time/day.ts";

export type TaskList = "work-report" | "livelihood";
export type DueKind = "month-end" | "date" | "ongoing";

/** One row of the generated table. Flat scalars only, so that it can be a rule-pack table as-is. */
export interface TaskRow {
  list: TaskList;
  taskNo: number;
  /** "主要目标" (rows 1–13, inferred: they stand before the "重点工作" heading), "重点工作", or "民生实事". */
  part: string;
  /** "一"…"六", or null (主要目标, 切实加强政府自身建设, 民生实事). */
  sectionNo: string | null;
  /** Section heading text without its number, or null. */
  section: string | null;
  /** Task text after the listed OCR repairs. */
  title: string;
  /** Task cell exactly as in the source. */
  titleRaw: string;
  /** 牵头领导 as printed (a person, or "各位分管市领导" for rows 197–200). */
  lead: string;
  leadIsPerson: boolean;
  /** 主办单位, canonical names joined with "、". */
  hostUnits: string;
  /** 协办单位, canonical names joined with "、"; "" when none. */
  coUnits: string;
  /** 责任单位 cell exactly as in the source. */
  unitsRaw: string;
  /** 完成时限 as printed, e.g. "12月底". */
  dueText: string;
  dueKind: DueKind;
  dueMonth: number | null;
  /** The fixed date the text names (last calendar day of the month for "<m>月底"); null for ongoing tasks. */
  dueDate: string | null;
  stars: number;
  /** 1-based line number in the source text. */
  line: number;
  /** Ids of the REPAIRS applied to this row, joined with ","; "" when none. */
  repairs: string;
  /** Ids of the unit normalisations applied to this row, joined with ","; "" when none. */
  normalised: string;
}

export interface Repair {
  id: string;
  list: TaskList;
  taskNo: number;
  cell: "title" | "units";
  edits: { from: string; to: string }[];
  reason: string;
}

/** OCR / typesetting repairs, one entry per affected row. `from` must occur in the cell verbatim. */
export const REPAIRS: Repair[] = [
  {
    id: "wr27-etc",
    list: "work-report",
    taskNo: 27,
    cell: "title",
    edits: [{ from: " etc ", to: "等" }],
    reason: "English word injected into the Chinese text; 家政服务等数智融合消费新场景 is the only reading.",
  },
  {
    id: "wr57-meikuangju",
    list: "work-report",
    taskNo: 57,
    cell: "units",
    edits: [{ from: "市煤矿局", to: "市煤管局" }],
    reason: "No 市煤矿局 exists; the coal bureau is 市煤管局 in rows 54, 55, 56, 87 and 191.",
  },
  {
    id: "wr58-meikuangju",
    list: "work-report",
    taskNo: 58,
    cell: "units",
    edits: [{ from: "市煤矿局", to: "市煤管局" }],
    reason: "No 市煤矿局 exists; the coal bureau is 市煤管局 in rows 54, 55, 56, 87 and 191.",
  },
  {
    id: "wr100-renshe",
    list: "work-report",
    taskNo: 100,
    cell: "units",
    edits: [{ from: "市人力资源保障局", to: "市人力资源社会保障局" }],
    reason: "社会 dropped; the bureau is 市人力资源社会保障局 everywhere else (10 rows).",
  },
  {
    id: "wr122-traditional",
    list: "work-report",
    taskNo: 122,
    cell: "title",
    edits: [{ from: "達到", to: "达到" }],
    reason: "Traditional character 達 in a simplified-Chinese document.",
  },
  {
    id: "wr138-and",
    list: "work-report",
    taskNo: 138,
    cell: "title",
    edits: [{ from: " and ", to: "和" }],
    reason: "English word injected into the Chinese text between two project names; read as 和.",
  },
  {
    id: "wr161-ziranziyuan",
    list: "work-report",
    taskNo: 161,
    cell: "units",
    edits: [{ from: "市自然资源源局", to: "市自然资源局" }],
    reason: "源 doubled; the bureau is 市自然资源局 (11 other rows).",
  },
  {
    id: "wr163-shichangjianguan",
    list: "work-report",
    taskNo: 163,
    cell: "units",
    edits: [{ from: "、市市场监管管理局", to: "" }],
    reason:
      "Garbled duplicate of 市市场监管局 (a mix of 市场监管局 and 市场监督管理局), which the same cell already lists; dropped.",
  },
  ...[198, 199, 200].map(
    (taskNo): Repair => ({
      id: `wr${taskNo}-html`,
      list: "work-report",
      taskNo,
      cell: "title",
      edits: [
        { from: "<p>", to: "" },
        { from: "</p>", to: "" },
      ],
      reason: "HTML paragraph tags left over from conversion.",
    }),
  ),
];

/** Heading lines whose text carries more than the section title. */
export const HEADING_REPAIRS: { id: string; line: number; from: string; to: string; reason: string }[] = [
  {
    id: "h6-merged-subheading",
    line: 291,
    from: "(六)坚持民生为大,在提高社会建设水平上实现新突破让就业创业更充分。",
    to: "(六)坚持民生为大,在提高社会建设水平上实现新突破",
    reason:
      "The work report's sub-heading 让就业创业更充分。 is merged into section (六)'s heading; the other five headings end at 实现新突破.",
  },
];

/** Repeated page headers that differ from the first one; tolerated (the line is still a header). */
export const HEADER_VARIANTS: { lines: number[]; found: string; expected: string; reason: string }[] = [
  {
    lines: [198, 294],
    found: "牵领导",
    expected: "牵头领导",
    reason: "头 dropped in two repeated page headers; the column is the same.",
  },
];

/**
 * Variant spellings of the same unit, mapped to the most frequent form in the document. The raw cell is kept
 * in `unitsRaw`. These are not OCR errors (each is a correct name), so they are normalisations, not repairs.
 */
export const UNIT_CANONICAL: Record<string, { to: string; reason: string }> = {
  市住房和城乡建设局: { to: "市住房城乡建设局", reason: "full name; 市住房城乡建设局 is used in 19 cells" },
  双鸭山经济开发区管委会: { to: "双鸭山经开区管委会", reason: "full name; 双鸭山经开区管委会 is used in 26 cells" },
  市市场监督管理局: { to: "市市场监管局", reason: "full name; 市市场监管局 is used in 3 cells" },
  市林业和草原局: { to: "市林草局", reason: "full name; 市林草局 is used in 7 cells" },
  人民银行双鸭山分行: { to: "人民银行双鸭山市分行", reason: "市 omitted; 人民银行双鸭山市分行 is used in 3 cells" },
  北大荒农垦集团有限公司红兴隆分公司: {
    to: "北大荒农垦集团红兴隆分公司",
    reason: "full name; 北大荒农垦集团红兴隆分公司 is used in 2 cells",
  },
  市大气污染防治联席会议成员单位: {
    to: "市大气污染防治联席会议各成员单位",
    reason: "各 omitted; the form with 各 is used in 2 cells",
  },
};

/**
 * A co-unit cell item of the form "<unit>等<group>" names one body and then a group it belongs to
 * (row 128: "市农业农村局等经济体制和生态文明体制改革专项小组成员单位"); it is split into the two.
 */
const UNIT_GROUP_SPLIT = /^(市[^等、]+?局)等(.+成员单位)$/;

/** Notes on text left as printed (checked by the tests so that a new anomaly cannot slip through). */
export const KNOWN_UNREPAIRED: { list: TaskList; taskNo: number; text: string; note: string }[] = [
  {
    list: "work-report",
    taskNo: 12,
    text: "上涨幅",
    note: "probably 涨幅 (居民消费价格涨幅2%左右); left as printed because both readings give the same target.",
  },
  {
    list: "work-report",
    taskNo: 74,
    text: "碳—10万吨",
    note: "a dash inside a project or company name; the intended text is unclear, left as printed.",
  },
  {
    list: "work-report",
    taskNo: 80,
    text: "I 类精密近跑道",
    note: "legitimate Latin letter (Category I precision approach runway).",
  },
  { list: "work-report", taskNo: 85, text: "AI 绿能智算中心", note: "legitimate Latin letters (AI)." },
];

export const EXPECTED_HEADER = ["序号", "任务名称", "牵头领导", "责任单位", "完成时限", "星级"];
/** The year the tasks belong to (the 2026 work report); "<m>月底" means the end of month m of this year. */
export const TASK_YEAR = 2026;
const LEADER_GROUPS = new Set(["各位分管市领导"]);
const SECTION_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export interface ParseLogEntry {
  line: number;
  kind: "header-variant" | "heading-repair" | "repair" | "normalised" | "split-group" | "deduplicated";
  detail: string;
}

export interface ParseResult {
  tasks: TaskRow[];
  log: ParseLogEntry[];
}

export class TaskParseError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "TaskParseError";
  }
}

export interface ParseOptions {
  /** Refuse any row that needs a repair (reports all of them in one error). */
  strict?: boolean;
  /** Repairs to apply (default REPAIRS); tests pass a subset to prove each one is needed. */
  repairs?: Repair[];
}

/** Last day of a month, as an ISO day (pure integer arithmetic, no time zone involved). */
export function monthEnd(year: number, month: number): string {
  return isoDay(year, month, daysInMonth(year, month));
}

/**
 * 完成时限 cell → due. "<m>月底" / "<m>月底前" → last day of month m; "<m>月<d>日(前)" → that day;
 * "持续推进" / "长期坚持" / "常态化" / "" → ongoing (no date). Anything else is an error.
 */
export function parseDue(
  text: string,
  year: number,
  line: number,
): { dueKind: DueKind; dueMonth: number | null; dueDate: string | null } {
  const t = text.replace(/\s+/g, "");
  let m = /^(?:(\d{4})年)?(\d{1,2})月底前?$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new TaskParseError(line, `完成时限 "${text}": month ${month} out of range`);
    return { dueKind: "month-end", dueMonth: month, dueDate: monthEnd(m[1] ? Number(m[1]) : year, month) };
  }
  m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日前?$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) {
      throw new TaskParseError(line, `完成时限 "${text}": no such date`);
    }
    return {
      dueKind: "date",
      dueMonth: month,
      dueDate: `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    };
  }
  if (t === "" || /^(持续推进|长期坚持|常态化推进|常态化|长期)$/.test(t)) {
    return { dueKind: "ongoing", dueMonth: null, dueDate: null };
  }
  throw new TaskParseError(line, `完成时限 "${text}": expected "<m>月底", "<m>月<d>日" or 持续推进`);
}

function applyEdits(cell: string, repair: Repair, line: number): string {
  let out = cell;
  for (const e of repair.edits) {
    if (!out.includes(e.from)) {
      throw new TaskParseError(line, `repair ${repair.id}: "${e.from}" not found in ${repair.cell} cell "${cell}"`);
    }
    out = out.replace(e.from, e.to);
  }
  return out;
}

function splitUnits(
  text: string,
  line: number,
  log: ParseLogEntry[],
  normalisedIds: string[],
  field: string,
): string[] {
  const out: string[] = [];
  for (const raw of text.split("、")) {
    const u = raw.trim();
    if (u === "") throw new TaskParseError(line, `${field}: empty unit name in "${text}"`);
    const group = UNIT_GROUP_SPLIT.exec(u);
    const parts = group ? [group[1], group[2]] : [u];
    if (group) log.push({ line, kind: "split-group", detail: `${field} "${u}" → "${group[1]}" + "${group[2]}"` });
    for (const p of parts) {
      const canon = UNIT_CANONICAL[p];
      if (canon) {
        log.push({ line, kind: "normalised", detail: `${field} "${p}" → "${canon.to}"` });
        normalisedIds.push(p);
      }
      const name = canon ? canon.to : p;
      if (out.includes(name)) {
        log.push({ line, kind: "deduplicated", detail: `${field} "${name}" listed twice` });
        continue;
      }
      out.push(name);
    }
  }
  return out;
}

const UNITS_RE = /^主办[:：](.+?)(?:\s+协办[:：](.+))?$/;

/** Parses 附件1 and 附件2 out of the gazette text. Throws TaskParseError (with the line) on anything unexpected. */
export function parseTasks(text: string, opts: ParseOptions = {}): ParseResult {
  const repairs = opts.repairs ?? REPAIRS;
  const lines = text.split(/\r?\n/);
  const start1 = lines.findIndex((l) => l.trim() === "附件 1" || l.trim() === "附件1");
  const start2 = lines.findIndex((l, i) => i > start1 && (l.trim() === "附件 2" || l.trim() === "附件2"));
  if (start1 < 0 || start2 < 0) throw new TaskParseError(0, 'expected the lines "附件 1" and "附件 2"');
  const log: ParseLogEntry[] = [];
  const tasks: TaskRow[] = [];
  const needRepair: string[] = [];
  const usedRepairs = new Set<string>();

  let list: TaskList = "work-report";
  let part = "主要目标";
  let sectionNo: string | null = null;
  let section: string | null = null;
  let expectNo = 1;

  for (let i = start1 + 1; i < lines.length; i++) {
    const lineNo = i + 1;
    const l = lines[i];
    if (i === start2) {
      list = "livelihood";
      part = "民生实事";
      sectionNo = null;
      section = null;
      expectNo = 1;
      continue;
    }
    if (!l.includes("\t")) {
      // Plain lines: attachment titles and blank lines inside the tables; after 附件 2 the table ends with
      // the first plain non-blank line once rows have been read (the next document's title).
      if (list === "livelihood" && expectNo > 1 && l.trim() !== "" && l.trim() !== "2026年市政府20件民生实事") break;
      continue;
    }
    const cells = l.split("\t").map((c) => c.trim());
    if (cells.length !== 6) throw new TaskParseError(lineNo, `expected 6 TAB-separated cells, found ${cells.length}`);
    const [noCell, titleCell, leadCell, unitsCell, dueCell, starsCell] = cells;

    if (noCell === "序号") {
      const diff = cells.findIndex((c, k) => c !== EXPECTED_HEADER[k]);
      if (diff >= 0) {
        const variant = HEADER_VARIANTS.find((v) => v.lines.includes(lineNo) && v.found === cells[diff]);
        if (!variant)
          throw new TaskParseError(
            lineNo,
            `header cell ${diff + 1} "${cells[diff]}" is not "${EXPECTED_HEADER[diff]}"`,
          );
        log.push({ line: lineNo, kind: "header-variant", detail: `"${variant.found}" for "${variant.expected}"` });
      }
      continue;
    }

    if (titleCell === "" && leadCell === "" && unitsCell === "" && dueCell === "" && starsCell === "") {
      let heading = noCell;
      const hr = HEADING_REPAIRS.find((h) => h.line === lineNo);
      if (hr) {
        if (heading !== hr.from) throw new TaskParseError(lineNo, `heading repair ${hr.id}: heading is "${heading}"`);
        heading = hr.to;
        log.push({ line: lineNo, kind: "heading-repair", detail: `${hr.id}: "${hr.from}" → "${hr.to}"` });
      }
      if (heading === "重点工作") {
        part = "重点工作";
        sectionNo = null;
        section = null;
        continue;
      }
      const m = /^[(（]([一二三四五六七八九十]+)[)）](.+)$/.exec(heading);
      if (m) {
        const expected: string = SECTION_NUMERALS[sectionNo ? SECTION_NUMERALS.indexOf(sectionNo) + 1 : 0];
        if (m[1] !== expected)
          throw new TaskParseError(lineNo, `section (${m[1]}) out of order, expected (${expected})`);
        sectionNo = m[1];
        section = m[2];
        if (!section.endsWith("实现新突破")) {
          throw new TaskParseError(lineNo, `section heading "${heading}" does not end with 实现新突破 (merged text?)`);
        }
      } else {
        // An unnumbered heading ("切实加强政府自身建设").
        sectionNo = null;
        section = heading;
      }
      continue;
    }

    // A task row.
    if (!/^\d+$/.test(noCell)) throw new TaskParseError(lineNo, `序号 "${noCell}" is not a number`);
    const taskNo = Number(noCell);
    if (taskNo !== expectNo) throw new TaskParseError(lineNo, `序号 ${taskNo} out of sequence, expected ${expectNo}`);
    expectNo++;

    const rowRepairs = repairs.filter((r) => r.list === list && r.taskNo === taskNo);
    if (opts.strict && rowRepairs.length > 0) {
      needRepair.push(`${list} ${taskNo} (line ${lineNo}): ${rowRepairs.map((r) => r.id).join(", ")}`);
    }
    let title = titleCell;
    let units = unitsCell;
    for (const r of rowRepairs) {
      if (r.cell === "title") title = applyEdits(title, r, lineNo);
      else units = applyEdits(units, r, lineNo);
      usedRepairs.add(r.id);
      log.push({ line: lineNo, kind: "repair", detail: `${r.id}: ${r.reason}` });
    }
    title = title.trim();
    if (title === "") throw new TaskParseError(lineNo, "任务名称 is empty");
    if (leadCell === "") throw new TaskParseError(lineNo, "牵头领导 is empty");

    const um = UNITS_RE.exec(units);
    if (!um) throw new TaskParseError(lineNo, `责任单位 "${unitsCell}": expected "主办:A、B 协办:C、D"`);
    const normalisedIds: string[] = [];
    const hosts = splitUnits(um[1], lineNo, log, normalisedIds, "主办");
    const cos = um[2] ? splitUnits(um[2], lineNo, log, normalisedIds, "协办") : [];

    const due = parseDue(dueCell, TASK_YEAR, lineNo);
    if (!/^★{1,5}$/.test(starsCell)) throw new TaskParseError(lineNo, `星级 "${starsCell}": expected 1–5 ★`);

    tasks.push({
      list,
      taskNo,
      part,
      sectionNo,
      section,
      title,
      titleRaw: titleCell,
      lead: leadCell,
      leadIsPerson: !LEADER_GROUPS.has(leadCell),
      hostUnits: hosts.join("、"),
      coUnits: cos.join("、"),
      unitsRaw: unitsCell,
      dueText: dueCell,
      ...due,
      stars: starsCell.length,
      line: lineNo,
      repairs: rowRepairs.map((r) => r.id).join(","),
      normalised: normalisedIds.join(","),
    });
  }

  if (opts.strict && needRepair.length > 0) {
    throw new TaskParseError(0, `strict mode: ${needRepair.length} rows need a repair:\n${needRepair.join("\n")}`);
  }
  const unused = repairs.filter((r) => !usedRepairs.has(r.id));
  if (unused.length > 0) {
    throw new TaskParseError(0, `repairs not applied (no such row): ${unused.map((r) => r.id).join(", ")}`);
  }
  return { tasks, log };
}

export interface TasksFile {
  docNo: string;
  docTitle: string;
  issued: string;
  source: string;
  generatedBy: string;
  year: number;
  counts: Record<TaskList, number>;
  repairs: {
    id: string;
    list: TaskList;
    taskNo: number;
    cell: string;
    edits: { from: string; to: string }[];
    reason: string;
  }[];
  headingRepairs: typeof HEADING_REPAIRS;
  headerVariants: typeof HEADER_VARIANTS;
  unitCanonical: typeof UNIT_CANONICAL;
  knownUnrepaired: typeof KNOWN_UNREPAIRED;
  tasks: TaskRow[];
}

export const SOURCE_FILE = "shared/sources/seed-000-sy-gazette-2026-1.txt";
export const OUTPUT_FILE = "shared/rules/packs/data/tasks-2026.json";

export function buildTasksFile(text: string): TasksFile {
  const { tasks } = parseTasks(text);
  return {
    docNo: "双政发〔2026〕3号",
    docTitle: "双鸭山市人民政府关于印发《市〈政府工作报告〉主要目标和重点工作责任分工》的通知",
    issued: "2026-02-24",
    source: SOURCE_FILE,
    generatedBy: "scripts/parse-tasks-2026.ts",
    year: TASK_YEAR,
    counts: {
      "work-report": tasks.filter((t) => t.list === "work-report").length,
      livelihood: tasks.filter((t) => t.list === "livelihood").length,
    },
    repairs: REPAIRS,
    headingRepairs: HEADING_REPAIRS,
    headerVariants: HEADER_VARIANTS,
    unitCanonical: UNIT_CANONICAL,
    knownUnrepaired: KNOWN_UNREPAIRED,
    tasks,
  };
}

export function serialise(file: TasksFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

async function main(argv: string[]): Promise<number> {
  const { readFileSync, writeFileSync } = await import("node:fs");
  const { dirname, join } = await import("node:path");
  const { fileURLToPath } = await import("node:url");
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const text = readFileSync(join(root, SOURCE_FILE), "utf8");
  if (argv.includes("--strict")) {
    try {
      parseTasks(text, { strict: true });
      console.log("strict: no row needs a repair");
      return 0;
    } catch (e) {
      console.error((e as Error).message);
      return 1;
    }
  }
  const out = serialise(buildTasksFile(text));
  const target = join(root, OUTPUT_FILE);
  if (argv.includes("--check")) {
    const current = readFileSync(target, "utf8");
    if (current !== out) {
      console.error(`${OUTPUT_FILE} is out of date; run: npx tsx scripts/parse-tasks-2026.ts`);
      return 1;
    }
    console.log(`${OUTPUT_FILE} is up to date`);
    return 0;
  }
  writeFileSync(target, out);
  const { log } = parseTasks(text);
  for (const e of log) console.log(`L${e.line} ${e.kind}: ${e.detail}`);
  const f = JSON.parse(out) as TasksFile;
  console.log(
    `wrote ${OUTPUT_FILE}: ${f.counts["work-report"]} work-report tasks, ${f.counts.livelihood} livelihood projects`,
  );
  return 0;
}

const invokedPath = typeof process !== "undefined" ? process.argv[1] : undefined;
if (invokedPath && /parse-tasks-2026\.ts$/.test(invokedPath)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
