import { eventId } from '../domain/events/event';
import type { HostId } from '../domain/events/hosts';
import type { Tag } from '../domain/events/tag';
import type { Handlers } from '../messages/router';
import type { ActivityView, EventsSeenReply, TagView } from '../messages/schemas';
import { ACTIVITIES, allActivities, retiredActivities, type ActivityDefinition } from '../domain/events/activities';
import { loadDistrict } from '../store/policy-repo';
import { describeStoreError, type LeadershipDb } from '../store/db';
import { recordScan } from '../store/events-repo';
import { clearStoreProblem, recordReadHealth, recordStoreProblem } from '../store/read-health';
import { setPersonTags } from '../store/tags-repo';
import { readLabels } from './read-labels';

function tagView(tag: Tag): TagView {
  const view: TagView = { kind: tag.kind, activity: tag.activity, setBy: tag.setBy };
  if (tag.reason) view.reason = tag.reason;
  return view;
}

async function tagsBySourceId(
  db: LeadershipDb,
  source: HostId,
  sourceIds: readonly string[],
): Promise<Record<string, TagView>> {
  const tags = await db.tags.bulkGet(sourceIds.map((id) => eventId(source, id)));
  const out: Record<string, TagView> = {};
  sourceIds.forEach((id, i) => {
    const tag = tags[i];
    if (tag) out[id] = tagView(tag);
  });
  return out;
}

/**
 * A district's own activities for the page's picker and badges, sent with the read's answer only when a district
 * has any (reading the district registers them, lib/store/policy-repo.ts); retired ones name old tags only.
 */
async function districtActivities(db: LeadershipDb): Promise<{ activities?: ActivityView[] }> {
  await loadDistrict(db);
  const retired = retiredActivities();
  if (allActivities().length === ACTIVITIES.length && retired.length === 0) return {};
  const views = (list: readonly ActivityDefinition[]): ActivityView[] =>
    list.map(({ id, kind, label, retired }) => (retired ? { id, kind, label, retired } : { id, kind, label }));
  return { activities: [...views(allActivities()), ...views(retired)] };
}

/** The sender page's host name (the router has already checked it is one of ours). */
function hostnameOf(url: string | undefined): { hostname?: string } {
  try {
    return url ? { hostname: new URL(url).hostname } : {};
  } catch {
    return {};
  }
}

/** The background's answers to each message. `now` is injected so tests control time. */
export interface BackgroundServices {
  /** Re-creates the nudge alarms from the current settings. */
  rescheduleNudges(): Promise<unknown>;
  /** Puts the number of days to reconcile on the toolbar button. */
  refreshBadge(): Promise<unknown>;
}

export function createHandlers(
  getDb: () => LeadershipDb,
  now: () => number = Date.now,
  services: BackgroundServices = { rescheduleNudges: async () => null, refreshBadge: async () => null },
): Handlers {
  return {
    'reschedule-nudges': async () => ({ scheduled: await services.rescheduleNudges() }),
    'reconcile-changed': async () => ({ count: await services.refreshBadge() }),
    'events-seen': async (sent, sender): Promise<EventsSeenReply> => {
      const db = getDb();
      const at = now();
      // Google's texts are read into events here, off the calendar page (issue #32).
      const { seen: message, outcome } = readLabels(sent);
      // Event elements on screen but none readable: the site changed. Record nothing for this range
      // (never an empty week, never removals) and count the failure for the side panel.
      const unreadable = message.elements > 0 && message.events.length === 0;
      await recordReadHealth(db, {
        source: message.source,
        view: message.view,
        range: message.range,
        elements: message.elements,
        failures: message.failures,
        recorded: !unreadable,
        at,
        ...hostnameOf(sender.url),
      });
      if (unreadable) return { recorded: false, tags: {}, read: outcome };
      let result: Awaited<ReturnType<typeof recordScan>>;
      try {
        // One transaction: a worker stopped half-way or a full disk leaves what was stored as it was.
        result = await recordScan(db, {
          source: message.source,
          range: message.range,
          complete: message.failures === 0 && message.range !== null,
          events: message.events,
          calendars: message.calendars,
          account: message.account,
          now: at,
        });
      } catch (error) {
        await recordStoreProblem(db, { text: describeStoreError(error), at });
        throw error;
      }
      await clearStoreProblem(db);
      // A read can add a day's events (or the last block of the day): the count of days to reconcile follows.
      void services.refreshBadge();
      return {
        recorded: true,
        read: outcome,
        result: { ...result },
        ...(await districtActivities(db)),
        tags: await tagsBySourceId(
          db,
          message.source,
          message.events.map((e) => e.sourceId),
        ),
      };
    },
    'get-tags': async (message) => ({ tags: await tagsBySourceId(getDb(), message.source, message.sourceIds) }),
    'set-tag': async (message) => {
      const db = getDb();
      await setPersonTags(
        db,
        { eventIds: [eventId(message.source, message.sourceId)], kind: message.kind, activity: message.activity },
        now(),
      );
      const tag = await db.tags.get(eventId(message.source, message.sourceId));
      return { tag: tag ? tagView(tag) : null };
    },
  };
}
