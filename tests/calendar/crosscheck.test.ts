// Our table-driven calendar against a naive day-by-day walk over chinese-days' own isWorkday, for every start
// day 2004–2026 and N = 1…30 working days.
//
// chinese-days builds its holiday map at load time by parsing "Y-M-D" as UTC midnight and printing it with
// local-time getters, so west of UTC (e.g. TZ=America/Los_Angeles) its runtime map is shifted one day back and
// isWorkday/findWorkday give wrong answers. There the naive reference walks chinese-days' prebuilt data file
// (dist/chinese-days.json) instead; at UTC and east of it, its runtime isWorkday is used directly.
import chineseDays from "chinese-days";
import data from "chinese-days/dist/chinese-days.json";
import { describe, expect, it } from "vitest";
import { createCalendar } from "../../shared/calendar/index.ts";
import { civil, epochDay, formatDay } from "../../shared/time/index.ts";

const cal = createCalendar();
const FIRST = epochDay(2004, 1, 1);
const LAST = epochDay(2026, 12, 31);
const TAIL = LAST + 80; // room for 30 working days after 2026-12-31

const PEER_RUNTIME_OK = new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() <= 0;
const table = data as { holidays: Record<string, string>; workdays: Record<string, string> };

function peerIsWorkday(day: number): boolean {
  const { y, m, d } = civil(day);
  if (PEER_RUNTIME_OK) return chineseDays.isWorkday(new Date(y, m - 1, d));
  const iso = formatDay(day);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return iso in table.workdays || (dow >= 1 && dow <= 5 && !(iso in table.holidays));
}

// Naive reference: chinese-days for published days; after 2026 its plain Mon–Fri answer minus the statutory
// holidays we derive (chinese-days has no 2027 data, so it alone would be the silent Mon–Fri fallback).
const derived2027 = new Set(cal.arrangementOf(2027).holidays.map((h) => h.date));
const work = new Uint8Array(TAIL - FIRST + 1);
for (let d = FIRST; d <= TAIL; d++)
  work[d - FIRST] = peerIsWorkday(d) && !(d > LAST && derived2027.has(formatDay(d))) ? 1 : 0;
const next = new Int32Array(TAIL - FIRST + 1).fill(-1);
for (let d = TAIL - 1, n = -1; d >= FIRST; d--) {
  if (work[d + 1 - FIRST]) n = d + 1;
  next[d - FIRST] = n;
}

describe("cross-check against chinese-days 2004–2026", () => {
  it("classifies every day like chinese-days", () => {
    const bad: string[] = [];
    for (let d = FIRST; d <= LAST; d++) {
      const iso = formatDay(d);
      const info = cal.day(iso);
      if ((info.kind === "work") !== (work[d - FIRST] === 1)) bad.push(iso);
      if (cal.isWorkday(iso) !== (work[d - FIRST] === 1)) bad.push(iso);
      const weekend = new Date(Date.UTC(civil(d).y, civil(d).m - 1, civil(d).d)).getUTCDay() % 6 === 0;
      if (info.makeupWorkday !== (weekend && work[d - FIRST] === 1)) bad.push(`makeup ${iso}`);
      if (info.provisional) bad.push(`provisional ${iso}`);
    }
    expect(bad).toEqual([]);
  });

  it("addWorkdays(start, N) equals the naive walk for every start day and N = 1…30", () => {
    const bad: string[] = [];
    let checked = 0;
    for (let s = FIRST; s <= LAST; s++) {
      const iso = formatDay(s);
      let d = s;
      for (let n = 1; n <= 30; n++) {
        d = next[d - FIRST] as number;
        const r = cal.addWorkdays(iso, n);
        checked++;
        if (r.date !== formatDay(d)) bad.push(`${iso} + ${n} → ${r.date}, naive ${formatDay(d)}`);
        if (r.provisional !== d > LAST) bad.push(`${iso} + ${n} provisional=${r.provisional}`);
        if (bad.length > 20) break;
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBe((LAST - FIRST + 1) * 30);
  });

  it("countWorkdays(from, to) equals the naive count for every start day and spans of 0…45 days", () => {
    const bad: string[] = [];
    for (let s = FIRST; s <= LAST; s++) {
      const iso = formatDay(s);
      let naive = 0;
      for (let k = 0; k <= 45; k++) {
        if (k > 0) naive += work[s + k - FIRST] as number;
        const r = cal.countWorkdays(iso, formatDay(s + k));
        if (r.count !== naive) bad.push(`${iso}…+${k}: ${r.count} vs ${naive}`);
        if (bad.length > 20) break;
      }
    }
    expect(bad).toEqual([]);
  });

  it("agrees with chinese-days' own findWorkday and getWorkdaysInRange on sample inputs", () => {
    // Only where chinese-days' runtime is right (UTC and east of it; see the note at the top).
    if (!PEER_RUNTIME_OK) return;
    for (const [s, n] of [
      ["2026-09-30", 1],
      ["2026-02-12", 5],
      ["2026-04-30", 5],
      ["2026-01-01", 3],
      ["2015-09-01", 7],
    ] as const) {
      expect(cal.addWorkdays(s, n).date).toBe(chineseDays.findWorkday(n, s));
    }
    expect(cal.countWorkdays("2026-09-30", "2026-10-31").count).toBe(
      chineseDays.getWorkdaysInRange("2026-10-01", "2026-10-31").length,
    );
  });
});
