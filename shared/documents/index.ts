// Document registry API: look up a document by 文号 (tolerant of bracket style and spaces) and compute its status
// as of a date. Pure.
import { DOCUMENTS, type DocumentEntry, type DocumentSource } from "./registry.ts";

export { type Article, splitArticles } from "../sources/articles.ts";
export { DOCUMENTS, type DocumentEntry, type DocumentSource };

export type DocumentStatus = "in-force" | "expired" | "repealed" | "not-yet-effective";

export interface StatusInfo {
  status: DocumentStatus;
  /** first day of the current status (day after validTo; the repealing document's effective date; …) */
  since?: string;
  repealedBy?: string;
  validTo?: string;
  effective?: string;
}

/** Canonical 文号 key: half-width, no spaces, brackets 〔〕 ([ ] ［ ］ 【 】 ( ) （ ） 〈 〉 ⟨ ⟩ are read as 〔〕). */
export function docNoKey(docNo: string): string {
  return docNo
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[[［【(（〈〔]/g, "〔")
    .replace(/[\]］】)）〉〕]/g, "〕");
}

const BY_KEY = new Map(
  DOCUMENTS.flatMap((d) => [d.docNo, ...(d.aliases ?? [])].map((no) => [docNoKey(no), d] as const)),
);

export function allDocuments(): readonly DocumentEntry[] {
  return DOCUMENTS;
}

export function getDocument(docNo: string): DocumentEntry | undefined {
  return BY_KEY.get(docNoKey(docNo));
}

function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/**
 * Status of a document on day `asOf` (YYYY-MM-DD or an instant; its Beijing day is used — instants we emit are
 * +08:00, so the first 10 characters are the Beijing day). Repeal wins over expiry; a document whose dates are
 * unknown is in force. Unknown 文号 → undefined.
 */
export function documentStatus(docNo: string, asOf: string): StatusInfo | undefined {
  const d = getDocument(docNo);
  if (!d) return undefined;
  const day = asOf.slice(0, 10);
  if (d.repealedBy) {
    const by = getDocument(d.repealedBy);
    const since = by?.effective;
    if (since === undefined || day >= since)
      return { status: "repealed", since, repealedBy: by?.docNo ?? d.repealedBy };
  }
  if (d.effective && day < d.effective) return { status: "not-yet-effective", effective: d.effective };
  if (d.validTo && day > d.validTo) return { status: "expired", since: nextDay(d.validTo), validTo: d.validTo };
  return { status: "in-force", effective: d.effective, validTo: d.validTo };
}

/** A sentence for findings from a document that is not in force (zh, en); undefined when it is in force. */
export function statusNote(docNo: string, info: StatusInfo | undefined): { zh: string; en: string } | undefined {
  if (!info || info.status === "in-force") return undefined;
  switch (info.status) {
    case "expired":
      return {
        zh: `依据文件${docNo}已于${info.validTo}有效期届满失效`,
        en: `${docNo} expired after ${info.validTo}`,
      };
    case "repealed":
      return {
        zh: `依据文件${docNo}已被${info.repealedBy}废止${info.since ? `（${info.since}起）` : ""}`,
        en: `${docNo} was repealed by ${info.repealedBy}${info.since ? ` (from ${info.since})` : ""}`,
      };
    case "not-yet-effective":
      return {
        zh: `依据文件${docNo}自${info.effective}起施行，尚未生效`,
        en: `${docNo} takes effect on ${info.effective}; not yet in force`,
      };
  }
}
