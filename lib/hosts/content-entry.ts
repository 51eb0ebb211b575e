import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runCalendarContent, type Send } from './run-content';
import type { HostReader } from './types';

/**
 * What each calendar's content-script entrypoint is: its host list and its reader, wired to the shared
 * runner. Entrypoints only call this (WXT imports them in Node at build time, so nothing runs at import).
 */
export function calendarContentScript(matches: string[], reader: HostReader) {
  return {
    matches,
    runAt: 'document_idle' as const,
    // Do not announce the extension to the page (WXT otherwise posts a message the page can see).
    noScriptStartedPostMessage: true,
    main(ctx: ContentScriptContext) {
      const send: Send = (message) => (ctx.isValid ? browser.runtime.sendMessage(message) : Promise.resolve(undefined));
      runCalendarContent(document, reader, send, ctx.signal);
    },
  };
}
