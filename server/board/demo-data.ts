// Demo data for the board, written once when the server starts with the demo portal (`npm start`) on a database
// with no tracked cases: two units (数据资源科, 待遇保障科), a supervisor and a clerk in each with random passwords
// printed once, open cases that are overdue / due today / due soon / running (received relative to today on the
// real calendar, so the 今日 view is never empty), cases closed in the last months (on time and late, for the
// on-time chart), and flags in every state with comments. A production server runs with DEMO_PORT=off and never
// gets any of it; a database that already tracks cases is never touched.
import type { Kysely } from "kysely";
import { maskPersonalDeep } from "../../shared/privacy/index.ts";
import { generatePassword, hashPassword } from "../auth/passwords.ts";
import { userPrincipal } from "../auth/principal.ts";
import type { Database } from "../db/schema.ts";
import type { Engine } from "../engine.ts";
import { upsertCase } from "../store/cases.ts";
import { assignFlag, commentFlag, transitionFlag } from "../store/flag-workflow.ts";
import { createFlag } from "../store/flags.ts";
import { createUnit, insertUser } from "../store/people.ts";
import { toBeijingInstant } from "../time.ts";

const RULE = "sy-data-27-review-deadline";
const PORTAL = "demo.shuangyashan.gov.cn";

export interface DemoLogin {
  name: string;
  password: string;
  role: string;
  unit: string;
}

async function claim(db: Kysely<Database>): Promise<boolean> {
  const r = await db
    .insertInto("meta")
    .values({ key: "board-demo", value: toBeijingInstant() })
    .onConflict((oc) => oc.column("key").doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function seedBoardDemo(db: Kysely<Database>, engine: Engine, now = new Date()): Promise<DemoLogin[]> {
  const tracked = await db.selectFrom("cases").select("id").limit(1).executeTakeFirst();
  if (tracked || !(await claim(db))) return [];
  const cal = engine.calendar;
  const today = toBeijingInstant(now).slice(0, 10);
  const at = (day: string, hm: string) => `${day}T${hm}:00+08:00`;
  const logins: DemoLogin[] = [];
  const units = [
    { name: "市数据局数据资源科", sup: "zhangke", clerk: "liming" },
    { name: "市医保局待遇保障科", sup: "wangke", clerk: "zhaoli" },
  ];
  let n = 0;
  for (const [k, u] of units.entries()) {
    const unit = await createUnit(db, u.name);
    const ids: Record<string, string> = {};
    for (const [name, role] of [
      [u.sup, "supervisor"],
      [u.clerk, "clerk"],
    ] as const) {
      const password = generatePassword();
      ids[name] = await insertUser(db, {
        name,
        role,
        unitId: unit.id,
        passwordHash: await hashPassword(password),
        mustChangePassword: false,
      });
      logins.push({ name, password, role, unit: u.name });
    }
    const clerk = await userPrincipal(db, ids[u.clerk], "token");
    const sup = await userPrincipal(db, ids[u.sup], "token");
    if (!clerk || !sup) continue;
    const evaluate = (kind: string, facts: Record<string, unknown>, when?: string) => {
      const r = engine.evaluate(kind, facts, when);
      return { facts: maskPersonalDeep(r.facts), deadlines: r.deadlines, findings: r.findings };
    };
    // open cases: received 6…1 working days ago (overdue), the last working day (due today), today (due soon)
    const received: string[] = [];
    for (let back = 6 - k; back >= 1; back--) received.push(cal.addWorkdays(today, -back).date);
    received.push(today);
    const caseIds: string[] = [];
    for (const [i, day] of received.entries()) {
      n++;
      const facts: Record<string, unknown> = {
        receivedAt: at(day, `0${8 + (i % 2)}:${String(10 + i * 7).padStart(2, "0")}`),
        shareClass: i % 4 === 3 ? "无条件共享" : "有条件共享",
        scenario: ["社保待遇资格核验", "低保对象认定", "不动产登记查询", "企业开办"][i % 4],
        method: "接口调用",
        scope: "本部门业务办理",
        // one case in three lacks its 履职依据: the board shows the finding with its article
        ...(i % 3 === 0 ? {} : { basis: "《社会保险法》第七十四条" }),
      };
      const r = await upsertCase(
        db,
        evaluate,
        {
          portal: PORTAL,
          externalId: `GX-${today.slice(0, 4)}-${String(900 + n).padStart(5, "0")}`,
          kind: "data-share-request",
          facts,
        },
        clerk,
      );
      caseIds.push(r.case.id);
    }
    // closed cases over the last five months: one in five late
    for (let m = 1; m <= 5; m++) {
      for (let j = 0; j < 4 + k; j++) {
        n++;
        const day = cal.addWorkdays(today, -(m * 21 + j)).date;
        const r = await upsertCase(
          db,
          evaluate,
          {
            portal: PORTAL,
            externalId: `GX-${day.slice(0, 4)}-${String(900 + n).padStart(5, "0")}`,
            kind: "data-share-request",
            facts: { receivedAt: at(day, "09:30"), shareClass: "有条件共享", scenario: "历史办件" },
          },
          clerk,
        );
        const late = (j + m) % 5 === 0;
        const closedDay = cal.addWorkdays(day, late ? 3 : 1).date;
        await db
          .updateTable("cases")
          .set({ status: "closed", closed_at: at(closedDay, "16:00") })
          .where("id", "=", r.case.id)
          .execute();
      }
    }
    // flags: open (assigned, with a comment), resolved, dismissed
    const f1 = await createFlag(
      db,
      { assertRule: () => {}, maskEvidence: (e) => maskPersonalDeep(e) },
      { ruleId: RULE, caseId: caseIds[0], note: "超过1个工作日未审核", evidence: {} },
      undefined,
      clerk,
    );
    await assignFlag(db, sup, f1.flag.id, { userId: ids[u.clerk] });
    await commentFlag(db, clerk, f1.flag.id, "已联系数据提供部门，明日答复");
    const f2 = await createFlag(
      db,
      { assertRule: () => {}, maskEvidence: (e) => maskPersonalDeep(e) },
      { ruleId: RULE, caseId: caseIds[1], note: "审核超期", evidence: {} },
      undefined,
      clerk,
    );
    await transitionFlag(db, sup, f2.flag.id, "resolved", { text: "已督促办结并约谈经办人" });
    const f3 = await createFlag(
      db,
      { assertRule: () => {}, maskEvidence: (e) => maskPersonalDeep(e) },
      { ruleId: RULE, caseId: caseIds[2], note: "疑似超期", evidence: {} },
      undefined,
      clerk,
    );
    await transitionFlag(db, sup, f3.flag.id, "dismissed", { text: "申请单位已撤回申请，不计超期" });
  }
  return logins;
}
