import type { KeptCalendar } from '../domain/events/calendars';
import { TAGS_FILE_FORMAT, TAGS_FILE_VERSION, type TagsFile } from '../domain/files/tags-file';
import { fromIsoDate, isoDate, weekKeyOf } from '../domain/time/week';
import type { Tag } from '../domain/events/tag';
import { tagsToSend } from '../store/assistant-tags-repo';
import type { LeadershipDb } from '../store/db';
import { loadSettings } from '../store/settings-repo';
import { downloadText } from './download';
import { withStoreErrors } from './store-errors';
import { answerLine } from '../domain/reconcile/questions';
import { reasonLabel } from '../domain/reconcile/reasons';
import { blockMinutes } from '../domain/reconcile/day';
import { YOU } from '../domain/events/answer';

/** One row of the "what will be sent" preview: the event as the sender sees it and how the file names it. */
export interface TagsPreviewRow {
  key: string;
  start: number;
  title: string;
  namedBy: string;
  kind: Tag['kind'];
  activity: string;
  status?: Tag['status'];
  /** The reconcile's answer, in words ("Didn't happen — Student behaviour or discipline"). */
  answer?: string;
  confirmed?: boolean;
}

async function weeksOf(db: LeadershipDb, from: string, to: string) {
  const { settings } = await loadSettings(db);
  const first = weekKeyOf(fromIsoDate(from), settings.weekStartsOn);
  const last = weekKeyOf(fromIsoDate(to), settings.weekStartsOn);
  if (last < first) throw new Error('The end of the range is before its start.');
  return { first, last };
}

/** The options page's "Send tags to <name>": the preview and the file come from the same entries. */
export function createSendTagsActions(db: LeadershipDb, now: () => number = Date.now) {
  const entries = async (calendar: KeptCalendar, from: string, to: string) => {
    const { first, last } = await weeksOf(db, from, to);
    return { weeks: { from: first, to: last }, sent: await tagsToSend(db, calendar.calendarId, first, last) };
  };
  return withStoreErrors({
    preview: async (calendar: KeptCalendar, from: string, to: string): Promise<TagsPreviewRow[]> => {
      const { settings } = await loadSettings(db);
      const label = (id: string) => reasonLabel(id, settings.reconcile.reasons);
      return (await entries(calendar, from, to)).sent.map(({ entry, event }) => ({
        key: event.id,
        start: event.start,
        title: event.title,
        namedBy: entry.match === 'google-event-id' ? 'event id' : 'start, end and title',
        kind: entry.kind,
        activity: entry.activity,
        ...(entry.status ? { status: entry.status } : {}),
        ...(entry.answer ? { answer: answerLine({ ...entry.answer, by: YOU }, label, blockMinutes(event)) } : {}),
        ...(entry.confirmed ? { confirmed: true } : {}),
      }));
    },
    download: async (calendar: KeptCalendar, sender: string, from: string, to: string): Promise<number> => {
      if (!sender.trim()) throw new Error(`Say who the tags are from, so ${calendar.name} knows.`);
      const { weeks, sent } = await entries(calendar, from, to);
      if (sent.length === 0) throw new Error('There are no tags of yours on that calendar in those weeks.');
      const file: TagsFile = {
        format: TAGS_FILE_FORMAT,
        version: TAGS_FILE_VERSION,
        exportedAt: new Date(now()).toISOString(),
        from: sender.trim(),
        for: calendar.name,
        calendar: { id: calendar.calendarId },
        weeks,
        entries: sent.map((s) => s.entry),
      };
      const who = calendar.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'calendar';
      downloadText(
        `leadership-calendar-tags-for-${who}-${isoDate(now())}.json`,
        JSON.stringify(file, null, 1),
        'application/json',
      );
      return sent.length;
    },
  });
}
export type SendTagsLiveActions = ReturnType<typeof createSendTagsActions>;
