import type { IsoDay } from "../time/day.ts";

/** work = 工作日 (including 调休 make-up working weekends); rest = ordinary weekend; holiday = 法定节假日 and the
 * rest days arranged around it. */
export type DayKind = "work" | "rest" | "holiday";

export interface DayInfo {
  date: IsoDay;
  kind: DayKind;
  /** zh-CN name of the holiday (or of the holiday a make-up working day belongs to). */
  holidayName?: string;
  /** English name of that holiday, where known. */
  holidayNameEn?: string;
  /** 调休: a weekend day that is a working day. */
  makeupWorkday: boolean;
  /** The year has no published State Council arrangement; the answer is derived, see YearInfo.reason. */
  provisional: boolean;
}

/** A State Council holiday arrangement as data (also the PUT /api/calendar/:year body). */
export interface YearArrangement {
  year: number;
  /** e.g. "国办发明电〔2025〕7号" */
  source: string;
  /** Days off: 法定节假日 and the rest days around them. */
  holidays: { date: IsoDay; name: string }[];
  /** 调休 working weekends. */
  makeupWorkdays: { date: IsoDay; name: string }[];
}

export interface YearInfo {
  year: number;
  provisional: boolean;
  /** "<year> 年放假安排尚未发布" when provisional. */
  reason?: string;
  /** What is known to be missing, e.g. that 调休 make-up days of a provisional year are unknown. */
  note?: string;
  source: string;
  days: DayInfo[];
}
