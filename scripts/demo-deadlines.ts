// A short bilingual demo of the deadline maths (`npx tsx scripts/demo-deadlines.ts`; the README / `npm start`
// fallback). Uses the national calendar: chinese-days data 2004–2026, 2027+ derived and marked provisional.
import { defaultCalendar } from "../shared/calendar/index.ts";
import {
  computeDeadline,
  type DeadlineInput,
  parseDueText,
  parsePeriodText,
  remaining,
} from "../shared/periods/index.ts";

const cal = defaultCalendar();
const WEEK = ["日", "一", "二", "三", "四", "五", "六"];
const weekday = (d: string) => `周${WEEK[new Date(`${d}T00:00:00Z`).getUTCDay()]}`;

interface Example {
  zh: string;
  en: string;
  input: DeadlineInput;
  now?: string;
}

const examples: Example[] = [
  {
    zh: "有条件共享数据申请，1个工作日内审核（双政办规〔2026〕1号 第二十七条）",
    en: "Conditional data-sharing request, review within 1 working day (Art. 27)",
    input: { start: "2026-09-30T15:00:00+08:00", period: parsePeriodText("1个工作日") },
    now: "2026-10-08T10:00:00+08:00",
  },
  {
    zh: "有条件开放申请，自收到申请之日起5个工作日内答复（第三十九条），跨春节",
    en: "Conditional open-data request, answer within 5 working days (Art. 39), across Spring Festival",
    input: { start: "2026-02-12", period: parsePeriodText("自收到申请之日起5个工作日内") },
    now: "2026-02-25T09:00:00+08:00",
  },
  {
    zh: "劳动节前收到，5个工作日（5月9日周六调休上班）",
    en: "Received before Labour Day, 5 working days (Sat 9 May is a make-up working day)",
    input: { start: "2026-04-30", period: { unit: "workday", amount: 5 } },
  },
  {
    zh: "专家评审暂停期限（行政许可法 第四十五条）",
    en: "Clock stopped for expert review (Administrative Licensing Law Art. 45)",
    input: {
      start: "2026-03-02T09:00",
      period: { unit: "workday", amount: 5 },
      pauses: [{ from: "2026-03-04T10:00", to: "2026-03-10T09:00", reason: "专家评审" }],
    },
  },
  {
    zh: "3个月期间，月末无对应日（民法典 第二百零二条）",
    en: "3-month period without a corresponding day (Civil Code Art. 202)",
    input: { start: "2026-08-31", period: parsePeriodText("3个月") },
  },
  {
    zh: "1个月期间届满日为国庆假期，顺延（民法典 第二百零三条）",
    en: "1-month period ending in the National Day holiday rolls over (Civil Code Art. 203)",
    input: { start: "2026-09-01", period: { unit: "month", amount: 1 } },
  },
  {
    zh: "任务完成时限“5月底”（双政发〔2026〕3号），当日为周日，不顺延",
    en: "Task deadline “end of May” falls on a Sunday and is not moved",
    input: { start: "2026-02-24", period: parseDueText("5月底", 2026) },
    now: "2026-05-29T10:00:00+08:00",
  },
  {
    zh: "跨入2027年：放假安排尚未发布，按放假办法推算",
    en: "Into 2027: arrangement not yet published, derived from the holiday measures",
    input: { start: "2026-12-24", period: { unit: "workday", amount: 10 } },
  },
];

const STATUS: Record<string, string> = {
  ok: "正常 ok",
  "due-soon": "临近 due soon",
  "due-today": "今日到期 due today",
  overdue: "已超期 overdue",
};

console.log("时限 ShiXian — 工作日期限演示 / working-day deadline demo\n");
for (const ex of examples) {
  const d = computeDeadline(ex.input, cal);
  console.log(`■ ${ex.zh}\n  ${ex.en}`);
  console.log(`  起算 start ${d.start} (${weekday(d.start)}) → 届满 due ${d.due} (${weekday(d.due)}) 24:00`);
  if (d.lastWorkday !== d.due)
    console.log(`  最后工作日 last working day: ${d.lastWorkday} (${weekday(d.lastWorkday)})`);
  if (d.excludedDays > 0) console.log(`  不计入 not counted: ${d.excludedDays} 个工作日 working days`);
  if (d.provisional) console.log(`  ⚠ 暂定 provisional: ${d.provisionalReasons.join("；")}`);
  console.log(
    `  依据 basis: ${d.citations.map((c) => `${c.docNo.replace("中华人民共和国", "")}${c.article ?? ""}${c.paragraph ?? ""}`).join("、")}`,
  );
  if (ex.now) {
    const r = remaining(d, ex.now, {}, cal);
    console.log(
      `  ${ex.now.slice(0, 16).replace("T", " ")}: ${STATUS[r.status]}，剩余 ${r.workdaysLeft} 个工作日 / ${r.hoursLeft} 小时 left`,
    );
  }
  console.log("");
}
const y2027 = cal.year(2027);
console.log(`2027: ${y2027.reason}；${y2027.note}`);
