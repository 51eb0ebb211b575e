import { ACTIVITIES } from '../domain/events/activity-list';
import type { TagView } from '../messages/schemas';
import { type ActivityOption, createBadges, OWN_MARKER } from './badges';
import type { VisibilityWatch } from './badges/visibility';
import { observeCalendar } from './observe';
import { timed } from './timing';
import { type HostAdapter, readInSlices, type Send } from './types';

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

  // What the reader needs (Google: the page language's month names) arrives before the first read;
  // if it cannot, reading goes on with what is always known (English months, unambiguous times).
  const ready = (adapter.prepare?.(doc, send) ?? Promise.resolve()).catch(() => undefined);
  const observer = observeCalendar(doc, () => void ready.then(refresh), {
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
      result.calendars,
      result.account,
    ]);
    if (signature === lastSignature) {
      badges.apply(result.chips);
      return;
    }
    lastSignature = signature;
    const unreadable = result.elements > 0 && result.events.length === 0;
    badges.showNotice(unreadable ? CANT_READ_NOTICE : result.languageKnown === false ? UNKNOWN_LANGUAGE_NOTICE : null);
    const reply = await send<{ recorded: boolean; tags: Record<string, TagView>; activities?: ActivityOption[] }>({
      type: 'events-seen',
      source: result.source,
      view: result.view,
      range: result.range,
      elements: result.elements,
      failures: result.failures,
      complete: result.failures === 0 && result.range !== null,
      events: result.events,
      ...(result.calendars?.length ? { calendars: result.calendars } : {}),
      ...(result.account ? { account: result.account } : {}),
    });
    if (signal.aborted) return;
    if (reply && !reply.ok) console.warn(`[leadership-calendar] ${reply.error}`);
    // A district's own activities come with the answer (docs/deployment.md): the list is filled in place, so the
    // picker and the badges name them from then on.
    if (reply?.ok && Array.isArray(reply.data.activities))
      activities.splice(0, activities.length, ...reply.data.activities);
    const readable = new Set(result.events.map((e) => e.sourceId));
    badges.apply(
      result.chips.filter((c) => readable.has(c.sourceId)),
      reply?.ok ? reply.data.tags : undefined,
    );
  }

  void ready.then(refresh);
  return { refresh };
}
