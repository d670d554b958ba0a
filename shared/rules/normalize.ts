// Tolerant name matching for table lookups (事项名称, 受理机关 …): portal pages and OCR'd gazettes differ from the
// table text in punctuation, whitespace, full/half width, bracket style and a few character variants. Reused by
// the pack parsers (scripts/parse-*.ts) so that table keys and looked-up names are normalised the same way.

/**
 * Traditional / OCR variant → the form used in the tables. Extend when a seed or portal shows a new variant
 * (keep one pair per line of reasoning; every entry is tested in tests/rules/core/normalize.test.ts).
 */
export const CHAR_VARIANTS: Readonly<Record<string, string>> = {
  // traditional characters seen in OCR'd gazettes (e.g. seed 000 row 122 "達到")
  達: "达",
  與: "与",
  於: "于",
  為: "为",
  務: "务",
  業: "业",
  區: "区",
  專: "专",
  權: "权",
  廳: "厅",
  縣: "县",
  審: "审",
  準: "准",
  證: "证",
  設: "设",
  門: "门",
  開: "开",
  關: "关",
  發: "发",
  資: "资",
  質: "质",
  運: "运",
  產: "产",
  項: "项",
  環: "环",
  劃: "划",
  規: "规",
  場: "场",
  醫: "医",
  療: "疗",
  衛: "卫",
  電: "电",
  網: "网",
  鐵: "铁",
  礦: "矿",
  廠: "厂",
  藥: "药",
  農: "农",
  機: "机",
  構: "构",
  國: "国",
  營: "营",
  記: "记",
  錄: "录",
  檢: "检",
  驗: "验",
  測: "测",
  總: "总",
  體: "体",
  築: "筑",
  勞: "劳",
  動: "动",
  險: "险",
  報: "报",
  銷: "销",
  單: "单",
  縮: "缩",
  // OCR confusions
  〇: "0",
};

const STRIP = /[\s\p{P}\p{S}\u00a0\u200b\u3000]+/gu;

/**
 * Normalises a name for matching: NFKC (full-width → half-width, compatibility forms), character variants,
 * lower case, and every whitespace, punctuation and symbol character removed
 * ("《建设项目 环境影响评价》审批" ≡ "建设项目环境影响评价审批").
 */
export function normalizeName(s: string): string {
  const n = s.normalize("NFKC");
  let out = "";
  for (const ch of n) out += CHAR_VARIANTS[ch] ?? ch;
  return out.replace(STRIP, "").toLowerCase();
}

/** Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

export interface NameIndex<T> {
  /** the entry whose key matches `name` tolerantly, or undefined (also when ambiguous) */
  lookup(name: string): T | undefined;
}

/**
 * Builds a tolerant index over `entries` keyed by `key(entry)`. Lookup order: exact normalised key; else the one
 * key that contains the name or is contained in it (at least 4 characters, so "审批" alone matches nothing);
 * else (names of at least 4 characters) the one key within edit distance max(1, ⌊len/8⌋) (OCR slips such as a
 * doubled or dropped character).
 * Ambiguity (two candidates at the same step) → undefined, never a guess. Results are memoised per input.
 */
export function buildNameIndex<T>(entries: readonly T[], key: (e: T) => string | null | undefined): NameIndex<T> {
  const exact = new Map<string, T | null>(); // null = ambiguous key
  const keys: { k: string; e: T }[] = [];
  for (const e of entries) {
    const raw = key(e);
    if (raw === null || raw === undefined || raw === "") continue;
    const k = normalizeName(String(raw));
    exact.set(k, exact.has(k) ? null : e);
    keys.push({ k, e });
  }
  const memo = new Map<string, T | undefined>();
  const find = (name: string): T | undefined => {
    const n = normalizeName(name);
    if (n === "") return undefined;
    const hit = exact.get(n);
    if (hit !== undefined) return hit ?? undefined;
    if (n.length >= 4) {
      const cont = keys.filter((x) => x.k.includes(n) || (x.k.length >= 4 && n.includes(x.k)));
      const uniq = new Set(cont.map((x) => x.e));
      if (uniq.size === 1) return cont[0].e;
      if (uniq.size > 1) {
        // prefer the longest key contained in the name (the most specific item), if it is unique
        const inside = cont.filter((x) => n.includes(x.k));
        if (inside.length > 0) {
          const best = Math.max(...inside.map((x) => x.k.length));
          const top = inside.filter((x) => x.k.length === best);
          if (new Set(top.map((x) => x.e)).size === 1) return top[0].e;
        }
        return undefined;
      }
    }
    if (n.length < 4) return undefined; // too short to tell an OCR slip from another name
    const max = Math.max(1, Math.floor(n.length / 8));
    let best: T | undefined;
    let bestD = max + 1;
    let tie = false;
    for (const x of keys) {
      const d = editDistance(n, x.k, max);
      if (d < bestD) {
        bestD = d;
        best = x.e;
        tie = false;
      } else if (d === bestD && x.e !== best) tie = true;
    }
    return bestD <= max && !tie ? best : undefined;
  };
  return {
    lookup(name: string) {
      if (memo.has(name)) return memo.get(name);
      const r = find(name);
      if (memo.size > 10_000) memo.clear();
      memo.set(name, r);
      return r;
    },
  };
}
