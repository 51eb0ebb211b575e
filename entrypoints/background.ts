import '../lib/zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../lib/background/handlers';
import { createRouter } from '../lib/messages/router';
import { describeStoreError, getDb } from '../lib/store/db';

export default defineBackground(() => {
  const route = createRouter(createHandlers(getDb), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    log: (line) => console.warn(`[leadership-calendar] ${line}`),
    describeError: describeStoreError,
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true; // answer asynchronously
  });

  // The toolbar button opens the side panel (Chrome) or toggles the sidebar (Firefox).
  const chromeSidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (chromeSidePanel) {
    void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.warn(e));
  } else if (firefoxSidebar) {
    (browser.action ?? browser.browserAction).onClicked.addListener(() => void firefoxSidebar.toggle());
  }
});
