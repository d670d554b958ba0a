// Options page: the pages ShiXian was taught (on this computer and by the office), export as a JSON file for IT,
// import one (validated by the background with the same zod schema as the server), delete.
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { labelled, t } from "../i18n.ts";
import type { Lang, PortalAdapter } from "../messages.ts";
import type { AdapterLists } from "./store.ts";

type Reply<T> = T & { error?: string };

export function AdaptersSection({ lang }: { lang: Lang }) {
  const [lists, setLists] = useState<AdapterLists>({ local: [], office: [] });
  const [msg, setMsg] = useState("");
  const load = async () => setLists((await browser.runtime.sendMessage({ type: "listAdapters" })) as AdapterLists);
  useEffect(() => {
    void load();
  }, []);
  const all: (PortalAdapter & { where: "local" | "office" })[] = [
    ...lists.local.map((a) => ({ ...a, where: "local" as const })),
    ...lists.office
      .filter((o) => !lists.local.some((l) => l.id === o.id))
      .map((a) => ({ ...a, where: "office" as const })),
  ];
  const exportFile = (e: Event) => {
    if (!e.isTrusted) return;
    const data = all.map(({ where: _w, ...a }) => a);
    const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "shixian-adapters.json";
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const importFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!e.isTrusted || !file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setMsg(lang === "en" ? `${file.name}: not a JSON file` : `${file.name}：不是有效的 JSON 文件`);
      return;
    }
    const r = (await browser.runtime.sendMessage({
      type: "importAdapters",
      adapters: Array.isArray(json) ? json : [json],
    })) as Reply<{ imported: string[] }>;
    setMsg(r.error ? r.error : `${t(lang, "imported")}：${r.imported.join("、")}`);
    input.value = "";
    await load();
  };
  const remove = async (e: Event, id: string) => {
    if (!e.isTrusted) return;
    const r = (await browser.runtime.sendMessage({ type: "deleteAdapter", id })) as Reply<{ server: string }>;
    setMsg(r.error ?? (r.server === "forbidden" ? t(lang, "teachSavedLocalOnly") : ""));
    await load();
  };
  return (
    <fieldset data-testid="options-adapters">
      <legend>{t(lang, "adapters")}</legend>
      <ul>
        {all.map((a) => (
          <li key={a.id} data-testid="options-adapter" data-id={a.id} data-where={a.where}>
            {(lang === "en" ? a.title?.en : a.title?.zh) ?? a.id}{" "}
            <small>
              ({a.where === "local" ? (lang === "en" ? "this computer" : "本机") : lang === "en" ? "office" : "单位"})
            </small>{" "}
            <button type="button" onClick={(e) => void remove(e, a.id)}>
              {t(lang, "deleteAdapter")}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" data-testid="options-adapters-export" onClick={exportFile} disabled={!all.length}>
        {t(lang, "exportAdapters")}
      </button>
      <label>
        {labelled(lang, "importAdapters")}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="options-adapters-import"
          onChange={(e) => void importFile(e)}
        />
      </label>
      <p role="status" data-testid="options-adapters-status">
        {msg}
      </p>
    </fieldset>
  );
}
