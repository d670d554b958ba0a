// Numbers as official documents write them: ASCII, full-width or Chinese numerals (十五, 二十七, 一百零三, 二〇二六).
// Shared by the period-text reader and the article splitter.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const NUM_PATTERN = "[0-9０-９零〇一二两三四五六七八九十百千]+";

/** "5", "５", "十五", "二十", "一百二十" → number; undefined when not a number. */
export function parseNumber(s: string): number | undefined {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let cur = 0;
  let seen = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      cur = cur * 10 + d; // handles "二〇二六"-style digit runs as well
      seen = true;
      continue;
    }
    const scale = SCALES[ch];
    if (scale === undefined) return undefined;
    total += (cur === 0 ? 1 : cur) * scale;
    cur = 0;
    seen = true;
  }
  return seen ? total + cur : undefined;
}
