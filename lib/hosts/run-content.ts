import { ACTIVITIES } from '../domain/events/activity-list';
import type { EventsSeenReply, ReadOutcome, TagView } from '../messages/schemas';
import { type ActivityOption, createBadges, OWN_MARKER } from './badges';
import type { VisibilityWatch } from './badges/visibility';
import { observeCalendar } from './observe';
import { timed } from './timing';
import { type HostAdapter, type HostRead, readInSlices, type ReadChip, type Send } from './types';

export type { Send };

/** Event elements read per task; `npm run bench` checks that no slice comes near a 50 ms long task. */
export const READ_SLICE = 150;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const UNKNOWN_LANGUAGE_NOTICE =
  "Leadership Calendar doesn't know this calendar's language yet, so it reads only the times it is sure of; " +
  'events it cannot read are left out and your history is unchanged. Switching Google Calendar to English reads everything.';

export const CANT_READ_NOTICE =
  "Leadership Calendar can't read this calendar view yet, so nothing was recorded for it. Your history is unchanged. Try the Day or Week view.";

/**
 * The whole content script, host-independent: read the page, send what was read (the background
 * validates and stores it), draw badges with the tags it answers, and do it again when the page
 * changes. Unchanged reads are not re-sent; badges are re-applied to re-rendered chips.
 */
export function runCalendarContent(
  doc: Document,
  adapter: HostAdapter,
  send: Send,
  signal: AbortSignal,
  options: { visibility?: VisibilityWatch } = {},
): { refresh: () => Promise<void> } {
  const activities: ActivityOption[] = ACTIVITIES.map(({ id, kind, label }) => ({ id, kind, label }));

  const observer = observeCalendar(doc, () => void refresh(), {
    signal,
    ownMarker: OWN_MARKER,
    attributes: adapter.observedAttributes,
  });
  const badges = createBadges({
    doc,
    activities,
    chips: adapter,
    signal,
    unobserved: observer.unobserved,
    ...(options.visibility ? { visibility: options.visibility } : {}),
    onChoose: async (sourceId, kind, activity) => {
      const reply = await send<{ tag: TagView | null }>({
        type: 'set-tag',
        source: adapter.id,
        sourceId,
        kind,
        activity,
      });
      return reply?.ok ? reply.data.tag : null;
    },
  });
  let lastSignature = '';
  // The events the last read could not read: their chips get no badge (a tag on them would mean nothing).
  let unread = new Set<string>();
  const readable = (chips: ReadChip[]) => chips.filter((c) => !unread.has(c.sourceId));

  async function refresh() {
    if (signal.aborted) return;
    const result = await readInSlices(adapter.reader, doc, READ_SLICE, yieldToPage, timed);
    if (signal.aborted) return;
    const signature = JSON.stringify([
      result.view,
      result.range,
      result.elements,
      result.failures,
      result.events,
      result.labels,
      result.calendars,
      result.account,
    ]);
    if (signature === lastSignature) {
      badges.apply(readable(result.chips));
      return;
    }
    lastSignature = signature;
    // The message is copied for the worker as it is sent, on this thread: measured on its own.
    const sending = timed('send', () =>
      send<EventsSeenReply>({
        type: 'events-seen',
        source: result.source,
        view: result.view,
        range: result.range,
        elements: result.elements,
        failures: result.failures,
        complete: result.failures === 0 && result.range !== null,
        events: result.events,
        ...(result.labels ? { labels: result.labels } : {}),
        ...(result.calendars?.length ? { calendars: result.calendars } : {}),
        ...(result.account ? { account: result.account } : {}),
      }),
    );
    const reply = await sending;
    if (signal.aborted) return;
    if (reply && !reply.ok) console.warn(`[leadership-calendar] ${reply.error}`);
    // Not recorded: the next change of the page sends this read again rather than taking it as already sent.
    if (!reply?.ok) lastSignature = '';
    // What the read came to: the worker's answer (it reads Google's texts); without one, what this page read itself,
    // if it parsed anything (Outlook's). Otherwise nothing is said or badged until the next read is answered.
    const outcome = reply?.ok ? reply.data.read : result.labels ? undefined : ownOutcome(result);
    if (!outcome) return;
    unread = new Set(outcome.unread ?? unreadOnPage(result));
    const unreadable = outcome.elements > 0 && outcome.read === 0;
    // Whether the language is known: the worker says for the texts it read, the page for the labels it parsed itself.
    const languageKnown = outcome.languageKnown ?? result.languageKnown;
    badges.showNotice(unreadable ? CANT_READ_NOTICE : languageKnown === false ? UNKNOWN_LANGUAGE_NOTICE : null);
    // A district's own activities come with the answer (docs/deployment.md): the list is filled in place, so the
    // picker and the badges name them from then on.
    if (reply?.ok && Array.isArray(reply.data.activities))
      activities.splice(0, activities.length, ...reply.data.activities);
    badges.apply(readable(result.chips), reply?.ok ? reply.data.tags : undefined);
  }

  void refresh();
  return { refresh };
}

/** A read parsed on the page (Outlook's), when the worker did not answer. */
function ownOutcome(result: HostRead): ReadOutcome {
  return { elements: result.elements, failures: result.failures, read: result.events.length };
}

/** The chips of events a page-parsed read could not read. */
function unreadOnPage(result: HostRead): string[] {
  const read = new Set(result.events.map((e) => e.sourceId));
  return result.chips.filter((c) => !read.has(c.sourceId)).map((c) => c.sourceId);
}
