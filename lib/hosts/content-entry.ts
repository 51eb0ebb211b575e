import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hostMatches } from '../domain/events/hosts';
import { runCalendarContent, type Send } from './run-content';
import { timed } from './timing';
import type { HostAdapter } from './types';

/**
 * What each calendar's content-script entrypoint is: its adapter wired to the shared runner, on the
 * host's own match patterns. Entrypoints only call this (WXT imports them in Node at build time, so
 * nothing runs at import).
 */
export function calendarContentScript(adapter: HostAdapter) {
  return {
    matches: hostMatches(adapter.id),
    runAt: 'document_idle' as const,
    // Do not announce the extension to the page (WXT otherwise posts a message the page can see).
    noScriptStartedPostMessage: true,
    main(ctx: ContentScriptContext) {
      const send: Send = (message) => (ctx.isValid ? browser.runtime.sendMessage(message) : Promise.resolve(undefined));
      // Measured so the bench can tell our start from the script's compile (docs/performance.md).
      timed('start', () => runCalendarContent(document, adapter, send, ctx.signal));
    },
  };
}
