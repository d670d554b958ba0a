/** Where a rule, a period convention or a finding comes from: a document number (文号) and article. */
export interface Citation {
  /** Full document number including the issuing-organ prefix, e.g. "双政办规〔2026〕1号", or a law's name. */
  docNo: string;
  docTitle?: string;
  /** e.g. "第二十七条" */
  article?: string;
  /** e.g. "第二款" */
  paragraph?: string;
  /** e.g. "（二）" */
  item?: string;
  /** Verbatim quote from the source text. */
  quote?: string;
}
