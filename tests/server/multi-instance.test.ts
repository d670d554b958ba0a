// Several instances on one database (the PostgreSQL deployment; SQLite behaves the same): concurrent first
// starts create exactly one admin token, and a calendar year loaded through one instance reaches the others.
import { afterAll, describe, expect, it } from "vitest";
import { openInstance } from "../../server/instance.ts";
import { DATABASES, emptyDatabase, req } from "./helpers.ts";

const ARR_2028 = {
  year: 2028,
  source: "国办发明电〔2027〕99号（测试）",
  holidays: [
    { date: "2028-01-01", name: "元旦" },
    { date: "2028-10-02", name: "国庆节" },
  ],
  makeupWorkdays: [{ date: "2028-10-07", name: "国庆节" }],
};

for (const { kind, skip } of DATABASES) {
  describe.skipIf(skip)(`several instances on one ${kind} database`, () => {
    const drops: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const d of drops) await d();
    });

    it("starting three instances at once migrates once and creates exactly one admin token", async () => {
      const db = await emptyDatabase(kind);
      drops.push(db.drop);
      const insts = await Promise.all([1, 2, 3].map(() => openInstance(db.location)));
      try {
        const tokens = insts.map((i) => i.adminToken).filter(Boolean);
        expect(tokens).toHaveLength(1);
        const rows = await insts[0].deps.db.selectFrom("tokens").selectAll().execute();
        expect(rows.filter((r) => r.role === "admin")).toHaveLength(1);
        for (const i of insts) expect((await req(i, "GET", "/api/tokens", { token: tokens[0] })).status).toBe(200);
      } finally {
        for (const i of insts) await i.close();
      }
    });

    it("a calendar year loaded through one instance reaches another on its refresh", async () => {
      const db = await emptyDatabase(kind);
      drops.push(db.drop);
      const a = await openInstance(db.location);
      const b = await openInstance(db.location);
      try {
        const admin = a.adminToken ?? b.adminToken ?? "";
        expect((await (await req(b, "GET", "/api/calendar/2028")).json()).provisional).toBe(true);
        expect((await req(a, "PUT", "/api/calendar/2028", { token: admin, body: ARR_2028 })).status).toBe(200);
        expect(await b.refreshCalendar()).toBe(1);
        const y = await (await req(b, "GET", "/api/calendar/2028")).json();
        expect(y.provisional).toBe(false);
        expect(y.days.find((d: { date: string }) => d.date === "2028-10-07")).toMatchObject({
          kind: "work",
          makeupWorkday: true,
        });
        expect(await b.refreshCalendar()).toBe(0);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
