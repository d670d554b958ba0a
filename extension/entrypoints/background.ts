// Background service worker: owns the extension's Dexie database (rule packs, calendar years, tracked cases,
// flags, outbox) and every network call to the API. Content scripts, popup and options talk to it by message.
import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { parseAdapters } from "../../shared/adapters/schema.ts";
import { lookupArticle } from "../lib/articles.ts";
import { createFlag, trackCase } from "../lib/cases.ts";
import { DEMO_CLOCK_KEY, type DemoClock, nowIso, nowMs } from "../lib/clock.ts";
import { openDb } from "../lib/db.ts";
import { Engine } from "../lib/engine.ts";
import { checkMessage, type GuardContext } from "../lib/message-guard.ts";
import type { ArticleText, Request, StatusReply } from "../lib/messages.ts";
import { nextAttempt } from "../lib/outbox.ts";
import { syncPortalScripts } from "../lib/portals.ts";
import { decodeFacts, encodeRowResults } from "../lib/row-codec.ts";
import { loadSettings, type Settings } from "../lib/settings.ts";
import { readSyncState, syncOnce } from "../lib/sync.ts";
import { AdapterStore, type ServerOutcome } from "../lib/teacher/store.ts";

export default defineBackground(() => {
  const db = openDb();
  const engine = new Engine();
  const adapterStore = new AdapterStore(db);
  const ready = engine.load(db).catch((err) => console.warn("ShiXian: stored rule packs unreadable", err));
  let settings: Promise<Settings> = loadSettings();
  let syncing: Promise<unknown> | undefined;
  let syncTimer: ReturnType<typeof setTimeout> | undefined;
  let demoClock: Promise<DemoClock | undefined> = readDemoClock();
  async function readDemoClock() {
    return (await browser.storage.local.get(DEMO_CLOCK_KEY))[DEMO_CLOCK_KEY] as DemoClock | undefined;
  }

  async function runSync(force = false) {
    if (syncing) await syncing.catch(() => {});
    syncing = (async () => {
      const s = await settings;
      const state = await syncOnce(db, { apiUrl: s.apiUrl, token: s.token, force });
      const at = await nextAttempt(db);
      if (at !== undefined && at > Date.now())
        browser.alarms.create("sync-retry", { when: Math.max(at, Date.now() + 1000) });
      return state;
    })().finally(() => {
      syncing = undefined;
    });
    return syncing;
  }

  function syncSoon() {
    clearTimeout(syncTimer);
    syncTimer = setTimeout(() => void runSync(), 300);
  }

  async function refreshFromApi() {
    const s = await settings;
    if (!s.apiUrl) return;
    await ready;
    try {
      await engine.refreshRulePacks(db, s.apiUrl);
      const y = new Date().getFullYear();
      await engine.refreshCalendar(db, s.apiUrl, [y, y + 1]);
    } catch (err) {
      // Server down: the bundled (or last fetched) packs keep working.
      console.info("ShiXian: rule refresh skipped:", (err as Error).message);
    }
    try {
      // the office's taught adapters, like the rule packs (any token may read them)
      await adapterStore.refreshOffice(s.apiUrl, s.token);
    } catch (err) {
      // Server down: the adapters fetched last time keep working.
      console.info("ShiXian: adapter refresh skipped:", (err as Error).message);
    }
  }

  async function status(): Promise<StatusReply> {
    return {
      sync: await readSyncState(db),
      openFlags: await db.flags.where("status").equals("open").count(),
      rulePackVersion: engine.version,
      apiUrl: (await settings).apiUrl,
    };
  }

  /** Saves an adapter on the server when the token's role allows (supervisor/admin); a clerk's stays local. */
  async function pushAdapters(adapters: { id: string }[]): Promise<{ server: ServerOutcome; error?: string }> {
    const s = await settings;
    let last: { outcome: ServerOutcome; error?: string } = { outcome: "unconfigured" };
    for (const a of adapters) {
      last = await adapterStore.pushToServer(a as Parameters<typeof adapterStore.pushToServer>[0], s.apiUrl, s.token);
      if (last.outcome !== "saved") break;
    }
    return { server: last.outcome, ...(last.error ? { error: last.error } : {}) };
  }

  async function handle(msg: Request, fromExtensionPage = true): Promise<unknown> {
    switch (msg.type) {
      case "adapters":
        return { adapters: await adapterStore.forUrl(String(msg.url)) };
      case "saveAdapter": {
        const a = await adapterStore.saveLocal(msg.adapter);
        return { id: a.id, ...(await pushAdapters([a])) };
      }
      case "listAdapters":
      case "deleteAdapter":
      case "importAdapters":
        if (!fromExtensionPage) throw new Error(`${msg.type}: only the extension's own pages may ask this`);
        if (msg.type === "listAdapters") return adapterStore.all();
        if (msg.type === "deleteAdapter") {
          const s = await settings;
          const removed = await adapterStore.removeLocal(String(msg.id));
          return { removed, server: (await adapterStore.deleteOnServer(String(msg.id), s.apiUrl, s.token)).outcome };
        }
        {
          const list = parseAdapters(msg.adapters);
          for (const a of list) await adapterStore.saveLocal(a);
          return { imported: list.map((a) => a.id), ...(await pushAdapters(list)) };
        }
      case "evaluate": {
        await ready;
        const now = msg.now ?? nowIso(await demoClock);
        const result = engine.evaluate(msg.kind, msg.facts, now, {
          kindUncertain: msg.confidence === "low" ? { alternatives: msg.altKinds ?? [] } : undefined,
        });
        if (!result.error && (result.deadlines.length || result.findings.length)) {
          const c = await trackCase(
            db,
            {
              url: msg.url,
              externalId: msg.externalId,
              kind: msg.kind,
              facts: msg.facts,
              result,
            },
            new Date(Date.parse(now)),
          );
          result.caseId = c.id;
          syncSoon();
        }
        return result;
      }
      case "evaluateRows": {
        await ready;
        const rows = engine.evaluateRows(msg.kind, decodeFacts(msg.rows), msg.now ?? nowIso(await demoClock));
        const enc = encodeRowResults(rows);
        return { ...enc, explain: engine.rowExplain(msg.kind, enc.rules) };
      }
      case "flag": {
        const flag = await createFlag(
          db,
          {
            caseId: msg.caseId,
            kind: msg.kind,
            externalId: msg.externalId,
            url: msg.url,
            ruleId: msg.ruleId,
            checkId: msg.checkId,
            note: msg.note?.trim() || undefined,
            evidence: msg.evidence,
          },
          new Date(nowMs(await demoClock)),
        );
        syncSoon();
        return { flagId: flag.id };
      }
      case "article": {
        const s = await settings;
        return lookupArticle(engine.packs, msg.docNo, msg.article, s.apiUrl) satisfies Promise<ArticleText>;
      }
      case "syncNow":
        await runSync(true);
        return status();
      case "refreshRules":
        await refreshFromApi();
        return status();
      case "status":
        return status();
    }
  }

  // The same handler on the worker's global, so end-to-end tests (Playwright's worker.evaluate) and a
  // support engineer's DevTools console can drive it exactly as the extension's pages do.
  (globalThis as { __shixianHandle?: typeof handle }).__shixianHandle = handle;

  // Who may message us: our extension pages, and our content script on the build's portals plus the portals granted
  // at run time (kept up to date below). Everything else is refused with a logged reason (lib/message-guard.ts).
  const builtInPortals = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const guard: GuardContext = { extensionId: browser.runtime.id, portals: builtInPortals };
  const updatePortals = (s: Settings) =>
    syncPortalScripts(s.portals)
      .then((granted) => {
        guard.portals = [...builtInPortals, ...granted];
      })
      .catch(() => {});
  /** Settled once the run-time portals are known (a worker woken by a message waits for them). */
  let portalsReady = settings.then(updatePortals, () => {});

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    void portalsReady.then(() => {
      const verdict = checkMessage(raw, sender, guard);
      if (!verdict.ok) {
        console.warn(`ShiXian: refused a message: ${verdict.reason}`);
        sendResponse({ error: `refused: ${verdict.reason}` });
        return;
      }
      // some requests (listing, deleting, importing adapters) are for the extension's own pages only
      handle(verdict.msg, verdict.from === "extension-page").then(
        (r) => sendResponse(r),
        (err: Error) => sendResponse({ error: err.message }),
      );
    });
    return true; // answer asynchronously
  });
  // A portal permission granted or revoked outside the options page (chrome://extensions) changes who may talk.
  browser.permissions?.onAdded?.addListener(() => {
    portalsReady = settings.then(updatePortals, () => {});
  });
  browser.permissions?.onRemoved?.addListener(() => {
    portalsReady = settings.then(updatePortals, () => {});
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "local" || area === "managed") {
      settings = loadSettings();
      // a new server or token: pull the office's adapters now, not at the next 6-hourly refresh
      if ("settings" in changes || area === "managed")
        void settings.then((s) => adapterStore.refreshOffice(s.apiUrl, s.token)).catch(() => {});
      demoClock = readDemoClock();
      portalsReady = settings.then(updatePortals, () => {});
      syncSoon();
    }
  });

  browser.alarms.create("sync", { periodInMinutes: 1 });
  browser.alarms.create("refresh", { periodInMinutes: 360 });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === "sync" || a.name === "sync-retry") void runSync();
    if (a.name === "refresh") void refreshFromApi();
  });

  void refreshFromApi().then(() => runSync());
});
