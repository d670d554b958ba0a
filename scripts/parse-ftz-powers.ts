/**
 * Parser for the annex of 牡政办规〔2022〕4号 《牡丹江市向绥芬河自贸片区下放市级行政权力事项清单》:
 * the 34 municipal powers delegated to the Suifenhe free-trade-zone area (绥芬河自贸片区).
 *
 * Reads the verbatim seed copy in shared/sources/ and writes shared/rules/packs/data/ftz-powers-2022.json.
 *   npx tsx scripts/parse-ftz-powers.ts          (write the JSON)
 *   npx tsx scripts/parse-ftz-powers.ts --check  (fail if the checked-in JSON differs from a fresh parse)
 *
 * The table arrives tab-separated (序号 \t 权力事项名称 \t 下放权力部门 \t 权力类型 \t 备注), one row a line,
 * with page furniture in between. Every repair made to the printed text is listed in FTZ_REPAIRS and
 * applied by name, so the tests can check each one against the source.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeOrCheck } from "./write-or-check.ts";

export const FTZ_SOURCE_FILE = "shared/sources/seed-002-mdj-gazette-2022-4.txt";
export const FTZ_OUTPUT_FILE = "shared/rules/packs/data/ftz-powers-2022.json";
export const FTZ_DOC_NO = "牡政办规〔2022〕4号";
export const FTZ_EXPECTED_ROWS = 34;

/** The body the powers were delegated to (from the annex title 牡丹江市向绥芬河自贸片区下放市级行政权力事项清单). */
export const FTZ_BODY = "绥芬河自贸片区";

export interface FtzRepair {
  id: string;
  kind: "drop-line" | "strip-markup" | "strip-suffix";
  /** what the source shows */
  printed: string;
  /** what we keep */
  repaired: string;
  reason: string;
  /** rows (序号) the repair touches; empty for dropped page furniture */
  rows: number[];
}

/** Every change made to the printed table, in one list (OCR/PDF-extraction noise). */
export const FTZ_REPAIRS: FtzRepair[] = [
  {
    id: "running-header",
    kind: "drop-line",
    printed: "市政府办公室文件",
    repaired: "",
    reason: "Running page header of the gazette printed inside the table (after rows 9 and 25); not a row.",
    rows: [],
  },
  {
    id: "html-paragraph-tags",
    kind: "strip-markup",
    printed: "<p>…</p>",
    repaired: "…",
    reason: "Rows 21–25 come through the PDF conversion wrapped in HTML <p> tags; the tags are not text.",
    rows: [21, 22, 23, 24, 25],
  },
  {
    id: "catalogue-suffix-1",
    kind: "strip-suffix",
    printed: "律师的表彰—1",
    repaired: "律师的表彰",
    reason:
      "The '—1' suffix is a source catalogue code, not part of the power's name; kept in nameAsPrinted, dropped from name so that a portal's '律师的表彰' matches.",
    rows: [28],
  },
  {
    id: "catalogue-suffix-2",
    kind: "strip-suffix",
    printed: "律师事务所的表彰—2",
    repaired: "律师事务所的表彰",
    reason: "As catalogue-suffix-1 ('—2').",
    rows: [29],
  },
];

export interface FtzPowerRow {
  [col: string]: string | number;
  no: number;
  /** 权力事项名称 after the listed repairs */
  name: string;
  /** 权力事项名称 exactly as printed (markup stripped only where a repair says so) */
  nameAsPrinted: string;
  /** 下放权力部门: the city department that gave the power away */
  department: string;
  /** 权力类型 */
  powerType: string;
  /** the body that now exercises the power */
  delegatedTo: string;
  /** 1-based line of the source file */
  line: number;
}

export interface FtzPowersData {
  docNo: string;
  source: string;
  generatedBy: string;
  delegatedTo: string;
  repairs: FtzRepair[];
  rows: FtzPowerRow[];
}

const HEADER = ["序号", "权力事项名称", "下放权力部门", "权力类型", "备注"];
const END_LINE = "牡丹江市人民政府办公室";

export function parseFtzPowers(text: string): FtzPowersData {
  const lines = text.split("\n");
  const headerIdx = lines.findIndex(
    (l) =>
      l
        .split("\t")
        .map((c) => c.trim())
        .join("|") === HEADER.join("|"),
  );
  if (headerIdx < 0) throw new Error(`${FTZ_SOURCE_FILE}: table header ${HEADER.join(" ")} not found`);
  const rows: FtzPowerRow[] = [];
  const repairsUsed = new Set<string>();
  for (let i = headerIdx + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    if (line === END_LINE) break;
    if (line === "市政府办公室文件") {
      repairsUsed.add("running-header");
      continue;
    }
    const cells = lines[i].split("\t").map((c) => c.trim());
    const no = Number(cells[0]);
    if (cells.length < 4 || !Number.isInteger(no) || no < 1) {
      throw new Error(`${FTZ_SOURCE_FILE}:${i + 1}: expected a table row '序号\\t名称\\t部门\\t类型', got '${line}'`);
    }
    let nameAsPrinted = cells[1];
    if (/^<p>.*<\/p>$/.test(nameAsPrinted)) {
      nameAsPrinted = nameAsPrinted.replace(/^<p>/, "").replace(/<\/p>$/, "");
      repairsUsed.add("html-paragraph-tags");
    }
    let name = nameAsPrinted;
    for (const r of FTZ_REPAIRS) {
      if (r.kind === "strip-suffix" && r.rows.includes(no) && name === r.printed) {
        name = r.repaired;
        repairsUsed.add(r.id);
      }
    }
    if (cells[4]) throw new Error(`${FTZ_SOURCE_FILE}:${i + 1}: 备注 is expected empty, got '${cells[4]}'`);
    rows.push({
      no,
      name,
      nameAsPrinted,
      department: cells[2],
      powerType: cells[3],
      delegatedTo: FTZ_BODY,
      line: i + 1,
    });
  }
  rows.forEach((r, idx) => {
    if (r.no !== idx + 1) throw new Error(`${FTZ_SOURCE_FILE}:${r.line}: row number ${r.no}, expected ${idx + 1}`);
  });
  if (rows.length !== FTZ_EXPECTED_ROWS) {
    throw new Error(`${FTZ_SOURCE_FILE}: parsed ${rows.length} powers, expected ${FTZ_EXPECTED_ROWS}`);
  }
  for (const r of FTZ_REPAIRS) {
    if (!repairsUsed.has(r.id)) throw new Error(`repair ${r.id} was listed but never applied`);
  }
  return {
    docNo: FTZ_DOC_NO,
    source: FTZ_SOURCE_FILE,
    generatedBy: "scripts/parse-ftz-powers.ts",
    delegatedTo: FTZ_BODY,
    repairs: FTZ_REPAIRS,
    rows,
  };
}

function repoRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..");
}

export function renderFtzJson(data: FtzPowersData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = repoRoot();
  const data = parseFtzPowers(readFileSync(join(root, FTZ_SOURCE_FILE), "utf8"));
  const out = renderFtzJson(data);
  writeOrCheck(root, FTZ_OUTPUT_FILE, out, "scripts/parse-ftz-powers.ts", `${data.rows.length} rows`);
}
