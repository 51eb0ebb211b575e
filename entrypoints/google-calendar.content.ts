import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { GOOGLE_CALENDAR_MATCHES } from '../lib/hosts/hosts';
import { googleReader } from '../lib/hosts/google/read-google';
import { runCalendarContent, type Send } from '../lib/hosts/run-content';

export default defineContentScript({
  matches: GOOGLE_CALENDAR_MATCHES,
  runAt: 'document_idle',
  // Do not announce the extension to the page (WXT otherwise posts a message the page can see).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const send: Send = (message) => (ctx.isValid ? browser.runtime.sendMessage(message) : Promise.resolve(undefined));
    runCalendarContent(document, googleReader, send, ctx.signal);
  },
});
