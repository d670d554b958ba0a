// Validation of a YearArrangement (a published State Council notice as data). Errors name the field.
import { z } from "zod";
import { isValidIsoDay, isWeekend, parseDay } from "../time/day.ts";
import type { YearArrangement } from "./types.ts";

const dayEntry = z.object({
  date: z.string().refine(isValidIsoDay, { message: "expected an existing day as YYYY-MM-DD" }),
  name: z.string().min(1, { message: "expected the holiday's name" }),
});

export const YearArrangementSchema = z
  .object({
    year: z.number().int({ message: "expected a whole year such as 2027" }),
    source: z.string().min(1, { message: "expected the notice's document number, e.g. 国办发明电〔2026〕X号" }),
    holidays: z.array(dayEntry),
    makeupWorkdays: z.array(dayEntry),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.holidays.forEach((h, i) => {
      if (isValidIsoDay(h.date) && Number(h.date.slice(0, 4)) !== a.year)
        ctx.addIssue({ code: "custom", path: ["holidays", i, "date"], message: `${h.date} is not in ${a.year}` });
      if (seen.has(h.date))
        ctx.addIssue({ code: "custom", path: ["holidays", i, "date"], message: `${h.date} is listed twice` });
      seen.add(h.date);
    });
    a.makeupWorkdays.forEach((w, i) => {
      if (!isValidIsoDay(w.date)) return;
      if (Number(w.date.slice(0, 4)) !== a.year)
        ctx.addIssue({ code: "custom", path: ["makeupWorkdays", i, "date"], message: `${w.date} is not in ${a.year}` });
      if (seen.has(w.date))
        ctx.addIssue({
          code: "custom",
          path: ["makeupWorkdays", i, "date"],
          message: `${w.date} cannot be both a holiday and a make-up working day`,
        });
      else if (!isWeekend(parseDay(w.date)))
        ctx.addIssue({
          code: "custom",
          path: ["makeupWorkdays", i, "date"],
          message: `${w.date} is a weekday; make-up working days (调休) are weekend days`,
        });
      seen.add(w.date);
    });
  });

export type ArrangementIssue = { path: string; message: string };

/** Returns the problems of an arrangement (empty when valid). */
export function arrangementIssues(input: unknown): ArrangementIssue[] {
  const r = YearArrangementSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: i.message }));
}

export function isYearArrangement(input: unknown): input is YearArrangement {
  return YearArrangementSchema.safeParse(input).success;
}
