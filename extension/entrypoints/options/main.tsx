import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { Lang } from "../../lib/messages.ts";
import { onPortal, patternRoot } from "../../lib/portal-match.ts";
import { loadSettings, type Settings, saveSettings, toMatchPattern } from "../../lib/settings.ts";
import { AdaptersSection } from "../../lib/teacher/AdaptersSection.tsx";

function Options() {
  const [s, setS] = useState<Settings | undefined>();
  const [portal, setPortal] = useState("");
  const [msg, setMsg] = useState("");
  useEffect(() => {
    void loadSettings().then(setS);
  }, []);
  if (!s) return <p>…</p>;
  const en = s.lang === "en";
  const locked = (k: string) => s.managedKeys.includes(k);
  const save = async (patch: Partial<Settings>) => {
    setS(await saveSettings(patch));
    setMsg(en ? "Saved." : "已保存。");
  };
  const addPortal = async () => {
    let pattern: string;
    try {
      pattern = toMatchPattern(portal);
    } catch (e) {
      setMsg((e as Error).message);
      return;
    }
    // Optional host permission: the browser asks the clerk for this one origin only, and only within what the
    // manifest's optional host permissions cover (the build's SHIXIAN_OPTIONAL_PORTAL_ORIGINS; built-in portals too).
    const manifest = browser.runtime.getManifest();
    const requestable = [...(manifest.optional_host_permissions ?? []), ...(manifest.host_permissions ?? [])];
    if (!onPortal(patternRoot(pattern), requestable)) {
      const list = (manifest.optional_host_permissions ?? []).join(", ") || "—";
      setMsg(
        en
          ? `${pattern} is outside the portals this build may add (${list}). Ask your IT department to add it to the build.`
          : `${pattern} 不在本版本允许添加的门户范围内（${list}）。请联系信息化部门在构建时加入。`,
      );
      return;
    }
    const ok = await browser.permissions.request({ origins: [pattern] });
    if (!ok) {
      setMsg(en ? `Permission for ${pattern} was not granted.` : `未授予 ${pattern} 的访问权限。`);
      return;
    }
    await save({ portals: [...new Set([...s.portals, pattern])] });
    setPortal("");
  };
  const removePortal = async (p: string) => {
    await browser.permissions.remove({ origins: [p] }).catch(() => false);
    await save({ portals: s.portals.filter((x) => x !== p) });
  };
  return (
    <main lang={s.lang}>
      <h1>{en ? "ShiXian settings" : "时限 ShiXian 设置"}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget as HTMLFormElement);
          void save({ apiUrl: String(f.get("apiUrl") ?? "").trim(), token: String(f.get("token") ?? "").trim() });
        }}
      >
        <label>
          {en ? "API server URL" : "服务器地址（API）"}
          <input name="apiUrl" data-testid="options-api-url" value={s.apiUrl} disabled={locked("apiUrl")} />
        </label>
        <label>
          {en ? "Access token" : "访问令牌"}
          <input name="token" type="password" data-testid="options-token" value={s.token} disabled={locked("token")} />
        </label>
        <button type="submit" data-testid="options-save">
          {en ? "Save" : "保存"}
        </button>
      </form>
      <fieldset>
        <legend>{en ? "Language" : "界面语言"}</legend>
        {(["zh-CN", "en"] as Lang[]).map((l) => (
          <label key={l}>
            <input
              type="radio"
              name="lang"
              checked={s.lang === l}
              disabled={locked("lang")}
              onChange={() => void save({ lang: l })}
            />
            {l === "zh-CN" ? "简体中文" : "English"}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{en ? "Portals" : "业务系统（门户）"}</legend>
        <p>
          <small>
            {en
              ? "Built-in: the origins this build was made for. Add more portals here; the browser asks for each one."
              : "内置：本版本构建时配置的门户。可在此添加其他门户，浏览器会逐一请求授权。"}
          </small>
        </p>
        <ul data-testid="options-portals">
          {s.portals.map((p) => (
            <li key={p}>
              {p}{" "}
              {locked("portals") ? null : (
                <button type="button" onClick={() => void removePortal(p)}>
                  {en ? "Remove" : "移除"}
                </button>
              )}
            </li>
          ))}
        </ul>
        <input
          data-testid="options-portal-input"
          placeholder="http://oa.example.gov.cn"
          value={portal}
          onInput={(e) => setPortal((e.target as HTMLInputElement).value)}
        />
        <button type="button" data-testid="options-portal-add" onClick={() => void addPortal()}>
          {en ? "Add portal" : "添加门户"}
        </button>
      </fieldset>
      <AdaptersSection lang={s.lang} />
      {s.managedKeys.length ? (
        <p>
          <small>
            {en ? "Some settings are set by your IT department." : "部分设置由信息化部门统一配置，不能修改。"}
          </small>
        </p>
      ) : null}
      <p role="status">{msg}</p>
    </main>
  );
}

const style = document.createElement("style");
style.textContent = `body{font:14px/1.6 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1b1b1b;max-width:640px;margin:20px auto}
label{display:block;margin:6px 0}input:not([type=radio]){display:block;width:100%;box-sizing:border-box;padding:4px}
fieldset{margin:12px 0}h1{color:#1f3b63;font-size:18px}`;
document.head.appendChild(style);
render(<Options />, document.getElementById("app") as HTMLElement);
