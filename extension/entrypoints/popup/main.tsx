import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { DEMO_CLOCK_KEY, type DemoClock, nowMs } from "../../lib/clock.ts";
import { openDb, type TrackedCase } from "../../lib/db.ts";
import { kindName, labelled, pick, STATUS_COLOR, STATUS_ICON, t } from "../../lib/i18n.ts";
import type { Lang, StatusReply } from "../../lib/messages.ts";
import { type PopupRow, popupRows } from "../../lib/popup-model.ts";
import { loadSettings } from "../../lib/settings.ts";

const db = openDb();

/**
 * The portal tab to teach: the active tab of the last focused window when it is a web page, else the web page tab
 * used most recently (the popup opened in a tab of its own, e.g. from a keyboard shortcut or a test).
 */
async function portalTab() {
  const isWeb = (u?: string) => !!u && /^https?:/.test(u);
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (isWeb(active?.url)) return active;
  const tabs = (await browser.tabs.query({})).filter((tb) => isWeb(tb.url));
  tabs.sort(
    (a, b) =>
      ((b as { lastAccessed?: number }).lastAccessed ?? 0) - ((a as { lastAccessed?: number }).lastAccessed ?? 0),
  );
  return tabs[0];
}

const SYNC_WORDS: Record<string, [string, string]> = {
  idle: ["已同步", "Synced"],
  syncing: ["同步中", "Syncing"],
  offline: ["离线（稍后重试）", "Offline (will retry)"],
  error: ["同步出错（稍后重试）", "Sync error (will retry)"],
  unconfigured: ["未配置服务器", "No server configured"],
};

function fmtLeft(lang: Lang, ms: number): string {
  const h = Math.round(Math.abs(ms) / 3600_000);
  const txt =
    h >= 48
      ? lang === "en"
        ? `${Math.round(h / 24)} d`
        : `${Math.round(h / 24)} 天`
      : lang === "en"
        ? `${h} h`
        : `${h} 小时`;
  if (ms < 0) return lang === "en" ? `overdue ${txt}` : `已超期 ${txt}`;
  return lang === "en" ? `${txt} left` : `剩余 ${txt}`;
}

function Row({ r, lang }: { r: PopupRow; lang: Lang }) {
  const c = STATUS_COLOR[r.status];
  return (
    <li data-testid="shixian-popup-case" data-status={r.status} data-due={r.due} data-case={r.c.id}>
      <a href={r.c.url} target="_blank" rel="noreferrer">
        {kindName(lang, r.c.kind)} {r.c.externalId ?? ""}
      </a>
      <div>
        <span class="badge" style={{ color: c.fg, background: c.bg }}>
          <span aria-hidden="true">{STATUS_ICON[r.status]} </span>
          {fmtLeft(lang, r.msLeft)}
        </span>{" "}
        <small>
          {pick(lang, r.label)} · {t(lang, "due")} {r.due}
        </small>
      </div>
    </li>
  );
}

function Popup() {
  const [lang, setLang] = useState<Lang>("zh-CN");
  const [cases, setCases] = useState<TrackedCase[]>([]);
  const [status, setStatus] = useState<StatusReply | undefined>();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    void loadSettings().then((s) => setLang(s.lang));
    const load = async () => {
      setCases(await db.cases.toArray());
      setStatus((await browser.runtime.sendMessage({ type: "status" })) as StatusReply);
      const demo = (await browser.storage.local.get(DEMO_CLOCK_KEY))[DEMO_CLOCK_KEY] as DemoClock | undefined;
      setNow(nowMs(demo));
    };
    void load();
    const id = setInterval(load, 15_000);
    return () => clearInterval(id);
  }, []);
  const { urgent, later } = popupRows(cases, now);
  const sync = status?.sync;
  const [teachState, setTeachState] = useState<"" | "sent" | "none">("");
  /** Opens the page teacher on the portal page the clerk was looking at (its top frame). */
  const teach = async (e: Event) => {
    if (!e.isTrusted) return;
    const tab = await portalTab();
    if (tab?.id === undefined) return setTeachState("none");
    try {
      await browser.tabs.sendMessage(tab.id, { type: "teach" }, { frameId: 0 });
      setTeachState("sent");
      await browser.tabs.update(tab.id, { active: true });
      window.close();
    } catch {
      setTeachState("none");
    }
  };
  const syncNow = async () => setStatus((await browser.runtime.sendMessage({ type: "syncNow" })) as StatusReply);
  return (
    <main lang={lang}>
      <h1>时限 ShiXian</h1>
      <section aria-label={t(lang, "syncState")}>
        <p>
          {labelled(lang, "openFlags")}
          <strong data-testid="shixian-open-flags">{status?.openFlags ?? "…"}</strong>
        </p>
        <p data-testid="shixian-sync-state" data-state={sync?.state ?? ""} data-pending={sync?.pending ?? ""}>
          {labelled(lang, "syncState")}
          {sync ? (lang === "en" ? SYNC_WORDS[sync.state][1] : SYNC_WORDS[sync.state][0]) : "…"}
          {sync?.pending ? (lang === "en" ? ` · ${sync.pending} waiting` : ` · ${sync.pending} 条待上传`) : ""}{" "}
          <button type="button" onClick={syncNow}>
            {lang === "en" ? "Sync now" : "立即同步"}
          </button>
        </p>
        {sync?.lastError ? <p class="err">{sync.lastError}</p> : null}
      </section>
      <p>
        <button type="button" data-testid="shixian-teach" onClick={teach}>
          {t(lang, "teach")}
        </button>
        {teachState === "none" ? (
          <small class="err">{lang === "en" ? " Open a portal page first." : " 请先打开要识别的门户页面。"}</small>
        ) : null}
      </p>
      <h2>{t(lang, "todayOverdue")}</h2>
      {urgent.length ? (
        <ul data-testid="shixian-popup-urgent">
          {urgent.map((r) => (
            <Row key={r.c.id} r={r} lang={lang} />
          ))}
        </ul>
      ) : (
        <p>{t(lang, "none")}</p>
      )}
      <h2>{t(lang, "allTracked")}</h2>
      {later.length ? (
        <ul data-testid="shixian-popup-later">
          {later.map((r) => (
            <Row key={r.c.id} r={r} lang={lang} />
          ))}
        </ul>
      ) : (
        <p>{t(lang, "none")}</p>
      )}
      <p>
        <small>
          {lang === "en" ? "Rule packs" : "规则包"} {status?.rulePackVersion ?? ""} · {status?.apiUrl ?? ""} ·{" "}
          <a href={browser.runtime.getURL("/options.html")} target="_blank" rel="noreferrer">
            {lang === "en" ? "Settings" : "设置"}
          </a>
        </small>
      </p>
    </main>
  );
}

const style = document.createElement("style");
style.textContent = `body{margin:0;min-width:340px;font:14px/1.5 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1b1b1b}
main{padding:10px 14px}h1{font-size:16px;margin:0 0 6px;color:#1f3b63}h2{font-size:14px;margin:10px 0 4px}
ul{list-style:none;margin:0;padding:0}li{padding:4px 0;border-bottom:1px dashed #ddd}
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-weight:600;font-size:12px}.err{color:#b3261e;font-size:12px}`;
document.head.appendChild(style);
render(<Popup />, document.getElementById("app") as HTMLElement);
