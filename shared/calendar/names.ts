// English names of China's public holidays, for the bilingual UI (zh-CN first, English second).
const EN: Record<string, string> = {
  元旦: "New Year's Day",
  春节: "Spring Festival",
  清明: "Qingming Festival",
  清明节: "Qingming Festival",
  劳动节: "Labour Day",
  端午: "Dragon Boat Festival",
  端午节: "Dragon Boat Festival",
  中秋: "Mid-Autumn Festival",
  中秋节: "Mid-Autumn Festival",
  国庆: "National Day",
  国庆节: "National Day",
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: "70th anniversary of the victory of the War of Resistance",
};

/** "中秋节、国庆节" → "Mid-Autumn Festival / National Day"; undefined when a part is unknown. */
export function englishHolidayName(zh: string): string | undefined {
  const parts = zh.split(/[、,，/]/).map((p) => EN[p.trim()]);
  return parts.every((p) => p !== undefined) ? parts.join(" / ") : undefined;
}
