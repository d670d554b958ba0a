// CSS for the overlay's shadow root (isolated from the portal's 2008-era CSS).
export const PANEL_CSS = `
:host { all: initial; }
.sx-panel { position: fixed; top: 12px; right: 12px; z-index: 2147483646; width: 360px; max-height: calc(100vh - 24px);
  overflow: auto; background: #fff; color: #1b1b1b; border: 1px solid #8c8c8c; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); font: 14px/1.5 "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei",
  "PingFang SC", "WenQuanYi Micro Hei", sans-serif; }
.sx-panel.sx-collapsed { width: auto; }
.sx-head { display: flex; align-items: center; gap: 8px; padding: 8px 12px; background: #1f3b63; color: #fff;
  border-radius: 8px 8px 0 0; }
.sx-head h2 { font-size: 15px; margin: 0; flex: 1; font-weight: 600; }
.sx-head button { background: transparent; color: #fff; border: 1px solid #fff8; border-radius: 4px; cursor: pointer;
  font: inherit; font-size: 12px; padding: 1px 6px; }
.sx-body { padding: 8px 12px 12px; }
.sx-kind { font-size: 13px; color: #444; margin: 0 0 6px; }
.sx-body h3 { font-size: 13px; margin: 10px 0 4px; color: #1f3b63; }
.sx-list { list-style: none; margin: 0; padding: 0; }
.sx-dl { display: flex; flex-direction: column; gap: 2px; padding: 6px 0; border-bottom: 1px dashed #ddd; }
.sx-dl-label { font-weight: 600; }
.sx-counter { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 10px;
  font-weight: 600; width: fit-content; }
.sx-meta { font-size: 12px; color: #555; }
.sx-prov { font-size: 12px; color: #7a4a00; }
.sx-f { padding: 6px 0; border-bottom: 1px dashed #ddd; }
.sx-sev { display: inline-block; font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 3px; margin-right: 4px; }
.sx-sev-violation { background: #b3261e; color: #fff; }
.sx-sev-warning { background: #ffd666; color: #4a3000; }
.sx-sev-info { background: #d6e4ff; color: #10239e; }
.sx-cite { background: none; border: none; color: #0645ad; text-decoration: underline; cursor: pointer; padding: 0;
  font: inherit; font-size: 12px; text-align: left; }
.sx-article { white-space: pre-wrap; font-size: 12px; background: #f6f6f6; border-left: 3px solid #1f3b63;
  padding: 4px 8px; margin-top: 4px; max-height: 200px; overflow: auto; }
.sx-flag { background: #b3261e; color: #fff; border: none; border-radius: 4px; padding: 2px 10px; cursor: pointer;
  font: inherit; font-size: 12px; margin-top: 4px; }
.sx-flag[disabled] { background: #888; cursor: default; }
.sx-note { width: 100%; box-sizing: border-box; font: inherit; font-size: 12px; min-height: 40px; margin-top: 4px; }
.sx-error { color: #b3261e; }
/* The explanation opens from its own 读取与计算 button (hover or keyboard focus), floating over the panel: opened by
   hovering the whole item, in flow, it pushed the item's flag button away from under the pointer. The item's title
   carries the same text for a plain hover. */
.sx-has-explain { position: relative; }
.sx-explain { display: none; position: absolute; left: 0; right: 0; top: 100%; z-index: 2; font-size: 12px;
  color: #1b1b1b; background: #f3f6fb; border-left: 3px solid #1f3b63; padding: 2px 6px;
  box-shadow: 0 2px 6px rgba(0, 0, 0, 0.25); }
.sx-why:hover + .sx-explain, .sx-why:focus + .sx-explain { display: block; }
.sx-why { background: none; border: 1px dotted #1f3b63; color: #1f3b63; border-radius: 3px; cursor: help;
  font: inherit; font-size: 11px; padding: 0 4px; margin-left: 4px; width: fit-content; }
.sx-uncertain { color: #5c3c00; }
.sx-uncertain-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; width: fit-content;
  background: #eee; color: #333; border: 1px dashed #777; }
.sx-notice { background: #fff7e0; border: 1px solid #d4a100; border-radius: 4px; padding: 4px 8px; font-size: 12px;
  margin: 4px 0; }
.sx-teach { background: #fff; color: #1f3b63; border: 1px solid #1f3b63; border-radius: 4px; padding: 2px 10px;
  cursor: pointer; font: inherit; font-size: 12px; margin-top: 8px; margin-left: 6px; }
.sx-steps { margin: 4px 0 0; padding-left: 18px; font-size: 12px; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #ffbf47; outline-offset: 1px; }
`;

/** One stylesheet for the inline field markers, added once to the portal page: attribute selectors with !important
 * so that portal CSS does not restyle them. */
export const PAGE_CSS = `
span[data-shixian-marker]{display:inline-block!important;margin:0 0 0 6px!important;padding:0 5px!important;border-radius:3px!important;
background:#fff!important;font:600 12px/1.5 "Noto Sans CJK SC","Microsoft YaHei",sans-serif!important;cursor:pointer!important;
text-decoration:none!important;float:none!important;position:static!important;visibility:visible!important}
span[data-shixian-marker=violation]{color:#b3261e!important;border:1px solid #b3261e!important}
span[data-shixian-marker=warning]{color:#8a5a00!important;border:1px solid #8a5a00!important}
span[data-shixian-marker=info]{color:#10239e!important;border:1px solid #10239e!important}
`;

const STYLE_ID = "shixian-page-style";

export function ensurePageStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const st = doc.createElement("style");
  st.id = STYLE_ID;
  st.setAttribute("data-shixian-style", "");
  st.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).appendChild(st);
}
