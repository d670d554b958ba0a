// Background service worker: owns the extension's Dexie database (rule packs, calendar years, tracked cases,
// flags, outbox) and every network call to the API. Content scripts, popup and options talk to it by message.
import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { lookupArticle } from "../lib/articles.ts";
import { createFlag, trackCase } from "../lib/cases.ts";
import { DEMO_CLOCK_KEY, type DemoClock, nowIso, nowMs } from "../lib/clock.ts";
import { openDb } from "../lib/db.ts";
import { Engine } from "../lib/engine.ts";
import type { ArticleText, Request, StatusReply } from "../lib/messages.ts";
import { nextAttempt } from "../lib/outbox.ts";
import { syncPortalScripts } from "../lib/portals.ts";
import { decodeFacts, encodeRowResults } from "../lib/row-codec.ts";
import { loadSettings, type Settings } from "../lib/settings.ts";
import { readSyncState, syncOnce } from "../lib/sync.ts";

export default defineBackground(() => {
  const db = openDb();
  const engine = new Engine();
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
  }

  async function status(): Promise<StatusReply> {
    return {
      sync: await readSyncState(db),
      openFlags: await db.flags.where("status").equals("open").count(),
      rulePackVersion: engine.version,
      apiUrl: (await settings).apiUrl,
    };
  }

  async function handle(msg: Request): Promise<unknown> {
    switch (msg.type) {
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
        return encodeRowResults(rows);
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

  browser.runtime.onMessage.addListener((msg: Request, _sender, sendResponse) => {
    handle(msg).then(
      (r) => sendResponse(r),
      (err: Error) => sendResponse({ error: err.message }),
    );
    return true; // answer asynchronously
  });

  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === "local" || area === "managed") {
      settings = loadSettings();
      demoClock = readDemoClock();
      void settings.then((s) => syncPortalScripts(s.portals)).catch(() => {});
      syncSoon();
    }
  });

  browser.alarms.create("sync", { periodInMinutes: 1 });
  browser.alarms.create("refresh", { periodInMinutes: 360 });
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === "sync" || a.name === "sync-retry") void runSync();
    if (a.name === "refresh") void refreshFromApi();
  });

  void settings.then((s) => syncPortalScripts(s.portals)).catch(() => {});
  void refreshFromApi().then(() => runSync());
});
