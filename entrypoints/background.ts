import '../lib/zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../lib/background/handlers';
import { startNudges } from '../lib/background/nudges';
import { refreshBadge } from '../lib/background/badge';
import { type ManagedStorage, startPolicy } from '../lib/background/policy';
import { createRouter } from '../lib/messages/router';
import { describeStoreError, getDb } from '../lib/store/db';

export default defineBackground(() => {
  const log = (line: string) => console.warn(`[leadership-calendar] ${line}`);
  // The toolbar button's quiet count of days to reconcile (Chrome: action; Firefox MV2: browserAction).
  const badge = () =>
    refreshBadge(getDb(), browser.action ?? browser.browserAction, Date.now()).catch((e: unknown) =>
      log(`Badge: ${String(e)}`),
    );
  const nudges = startNudges(getDb, {
    alarms: browser.alarms,
    now: Date.now,
    log,
    afterCatchUp: badge,
    notifier: {
      show: async (id, title, message) => {
        await browser.notifications.create(id, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title,
          message,
        });
      },
    },
  });
  // The district's policy (managed storage): read at every start and again whenever the browser says it changed.
  const policy = startPolicy(getDb, {
    storage: browser.storage as unknown as ManagedStorage | undefined,
    now: Date.now,
    log,
    afterChange: () => Promise.all([nudges.reschedule(), badge()]),
  });
  void policy.apply();
  const route = createRouter(
    createHandlers(getDb, Date.now, { rescheduleNudges: nudges.reschedule, refreshBadge: badge }),
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      log,
      describeError: describeStoreError,
    },
  );

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true; // answer asynchronously
  });

  // A nudge click opens the place it talks about (the review or the plan) in the panel page.
  browser.notifications.onClicked.addListener((id) => {
    void getDb()
      .nudges.get(id)
      .then((record) =>
        browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html#${record?.target ?? 'review'}`) }),
      );
    void browser.notifications.clear(id);
  });

  // Alarms may not survive a restart: re-create them on install, on start-up and whenever the worker starts.
  browser.runtime.onInstalled.addListener(() => void nudges.catchUp());
  browser.runtime.onStartup.addListener(() => void nudges.catchUp());
  void nudges.catchUp();

  // The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox).
  const chromeSidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }
  ).sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (chromeSidePanel) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => log(String(e)));
  } else if (firefoxSidebar) {
    (browser.action ?? browser.browserAction).onClicked.addListener(() => void firefoxSidebar.toggle());
  }
});
