import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OUTLOOK_MATCHES } from '../lib/hosts/hosts';
import { outlookReader } from '../lib/hosts/outlook/read-outlook';
import { runCalendarContent, type Send } from '../lib/hosts/run-content';

export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const send: Send = (message) => (ctx.isValid ? browser.runtime.sendMessage(message) : Promise.resolve(undefined));
    runCalendarContent(document, outlookReader, send, ctx.signal);
  },
});
