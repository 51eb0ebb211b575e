import { useLiveQuery } from 'dexie-react-hooks';
import type { BlockStatus } from '../domain/events/tag';
import type { Kind } from '../domain/events/activities';
import type { CalendarEvent } from '../domain/events/event';
import type { NudgeRecord } from '../domain/measure/nudge';
import type { WeekPlan } from '../domain/planning/plan';
import type { ReclaimedDraft } from '../store/reclaimed-repo';
import type { Settings } from '../domain/settings/settings';
import { dismissNudge, snoozeNudge, turnOffNudge } from '../nudges/deliver';
import type { LeadershipDb } from '../store/db';
import { previousPlan, savePlan, setPlanBlocks } from '../store/plans-repo';
import { eventsInSeries } from '../store/events-repo';
import { loadSettings } from '../store/settings-repo';
import { unseenDays } from '../store/seen-repo';
import { proposeForPlan } from '../domain/planning/protect';
import { schoolDates } from '../domain/planning/find-time';
import { isoDate, shiftWeek, type TimeRange } from '../domain/time/week';
import { blocksToIcs } from '../domain/planning/calendar-links';
import { type CalendarChoice, ownEvents } from '../domain/events/calendars';
import { MAX_TAGS_FILE_BYTES, parseTagsFile } from '../domain/files/tags-file';
import { acceptAssistantTag, type AssistantConflict, importAssistantTags } from '../store/assistant-tags-repo';
import type { PlannedBlock } from '../domain/planning/plan';
import { downloadText } from './download';
import { loadWeekPractice } from '../store/reconcile-repo';
import { nameTeachers } from '../domain/reconcile/plan-offers';
import { withStoreErrors } from './store-errors';
import { loadVisitReview, loadWeek, recentNudges, recentVisitStarts, reclaimedInWeek } from '../store/queries';
import { deleteReclaimed, saveReclaimed } from '../store/reclaimed-repo';
import { listRecurring, materializeRecurring, repeatWeekly, stopRecurring } from '../store/recurring-repo';
import { ruleFromEvent } from '../store/rules-repo';
import { saveSettings } from '../store/settings-repo';
import { acceptSuggestions, setBlockStatus, setPersonTags, undoAccept } from '../store/tags-repo';

/**
 * What the panel needs after its first paint, for the week on screen: time-saved entries, repeating
 * estimates, the plan (null: none yet; undefined: loading) and recent nudges. Nothing is queried until
 * `ready`, so these never compete with the first summary.
 */
export function useWeekDetails(db: LeadershipDb, weekKey: string, ready: boolean) {
  const entries = useLiveQuery(async () => (ready ? reclaimedInWeek(db, weekKey) : []), [db, weekKey, ready]);
  const estimates = useLiveQuery(async () => (ready ? listRecurring(db) : []), [db, ready]);
  const plan = useLiveQuery(
    async () => (ready ? ((await db.plans.get(weekKey)) ?? null) : undefined),
    [db, weekKey, ready],
  );
  const nudges = useLiveQuery(async () => (ready ? recentNudges(db, 30) : []), [db, ready]);
  const previous = useLiveQuery(
    async () =>
      ready
        ? { entries: await reclaimedInWeek(db, shiftWeek(weekKey, -1)), plan: await previousPlan(db, weekKey) }
        : undefined,
    [db, weekKey, ready],
  );
  return { entries, estimates, plan, nudges, previous };
}

/** The Friday review's visits (by part of the day, and each with its feedback), read only while the review is shown. */
export function useVisitReview(
  db: LeadershipDb,
  weekKey: string,
  settings: Settings | undefined,
  now: number,
  shown: boolean,
) {
  return useLiveQuery(
    async () => (shown && settings ? loadVisitReview(db, weekKey, settings, now) : undefined),
    [db, weekKey, settings, now, shown],
  );
}

/** Which of the week's events belong to a series (so "tag the whole series" is offered), read for the tag view only. */
export function useSeriesMembers(db: LeadershipDb, events: readonly CalendarEvent[] | undefined, shown: boolean) {
  return useLiveQuery(async () => (shown && events ? eventsInSeries(db, events) : undefined), [db, events, shown]);
}

/** Every store action the side panel offers, in one typed object (views call these, never the store). */
export function createPanelActions(db: LeadershipDb) {
  const now = () => Date.now();
  return withStoreErrors({
    saveSettings: async (patch: Partial<Settings>) => void (await saveSettings(db, patch)),
    saveCalendars: async (calendars: CalendarChoice) => void (await saveSettings(db, { calendars })),
    /** "3 Outlook events could not be matched to a calendar": count that colour's events as the leader's, or not. */
    answerUnmatched: async (id: string, counted: boolean) => {
      const { calendars } = (await loadSettings(db)).settings;
      await saveSettings(db, { calendars: { ...calendars, unmatched: { ...calendars.unmatched, [id]: counted } } });
    },
    /** "Tags from your assistant": a tags file read and validated whole, then applied in one transaction. */
    importAssistantTags: async (file: File) => {
      if (file.size > MAX_TAGS_FILE_BYTES) throw new Error(`${file.name} is too large to be a tags file.`);
      return importAssistantTags(db, parseTagsFile(await file.text(), file.name), now());
    },
    acceptAssistantTag: (conflict: AssistantConflict, from: string) => acceptAssistantTag(db, conflict, from, now()),
    materializeRecurring: (today: string, weekStartsOn: Settings['weekStartsOn']) =>
      materializeRecurring(db, today, weekStartsOn, now()),
    tag: async (ids: readonly string[], kind: Kind, activity?: string) =>
      void (await setPersonTags(db, { eventIds: ids, kind, activity }, now())),
    tagSeries: async (id: string, kind: Kind, activity?: string) =>
      void (await setPersonTags(db, { eventIds: [id], kind, activity, wholeSeries: true }, now())),
    alwaysTagLikeThis: async (event: CalendarEvent, kind: Kind, activity: string) =>
      void (await ruleFromEvent(db, event, kind, activity, now())),
    /** Confirms every rule suggestion among these events; resolves with an undo. */
    acceptSuggestions: async (ids: readonly string[]) => {
      const at = now();
      const previous = await acceptSuggestions(db, ids, at);
      return { count: previous.length, undo: async () => void (await undoAccept(db, previous, at)) };
    },
    setStatus: (id: string, status: BlockStatus, displacedBy?: string) =>
      setBlockStatus(db, id, status, displacedBy, now()),
    saveReclaimed: async (draft: ReclaimedDraft) => void (await saveReclaimed(db, draft, now())),
    deleteReclaimed: (id: string) => deleteReclaimed(db, id),
    repeatWeekly: async (draft: ReclaimedDraft, today: string, weekStartsOn: Settings['weekStartsOn']) =>
      void (await repeatWeekly(db, draft, today, weekStartsOn, now())),
    stopRepeating: (id: string, today: string) => stopRecurring(db, id, today),
    savePlan: async (plan: Omit<WeekPlan, 'updatedAt'>) => void (await savePlan(db, plan, now())),
    findTime: (weekKey: string, avoid: readonly TimeRange[]) => findTimeForWeek(db, weekKey, avoid, now()),
    setBlocks: async (weekKey: string, blocks: readonly PlannedBlock[]) =>
      void (await setPlanBlocks(db, weekKey, blocks, now())),
    downloadIcs: (weekKey: string, blocks: readonly PlannedBlock[]) =>
      downloadText(`protected-time-${weekKey}.ics`, blocksToIcs(blocks, now()), 'text/calendar'),
    snoozeNudge: (id: string) => snoozeNudge(db, id, now()),
    dismissNudge: (id: string) => dismissNudge(db, id),
    turnOffNudge: (kind: NudgeRecord['kind']) => turnOffNudge(db, kind),
  });
}
export type PanelActions = ReturnType<typeof createPanelActions>;

export type FindTimeAnswer =
  | { kind: 'unseen'; days: string[] }
  | { kind: 'over' }
  | {
      kind: 'proposed';
      added: number;
      kept: number;
      message: string | null;
      /** Feedback minutes that would give every visit its conversation (0: none missing). */
      missingFeedbackMinutes: number;
    };

/**
 * "Find time": checks that the rest of the week has been seen on the calendar, proposes blocks in its
 * free school-day time and saves them to the plan (blocks already on the calendar are kept).
 */
export async function findTimeForWeek(
  db: LeadershipDb,
  weekKey: string,
  avoid: readonly TimeRange[],
  now: number,
): Promise<FindTimeAnswer> {
  const { settings } = await loadSettings(db);
  const plan = await db.plans.get(weekKey);
  if (!plan || Object.keys(plan.minutes).length === 0) throw new Error('Save a plan with some minutes first.');
  const today = isoDate(now);
  const ahead = schoolDates(weekKey)
    .map((d) => isoDate(d))
    .filter((d) => d >= today);
  if (ahead.length === 0) return { kind: 'over' };
  const days = await unseenDays(db, ahead);
  if (days.length > 0) return { kind: 'unseen', days };
  const [week, recentVisits, practice] = await Promise.all([
    loadWeek(db, weekKey, settings, now),
    recentVisitStarts(db, weekKey, settings, now),
    loadWeekPractice(db, settings, weekKey, now),
  ]);
  const result = proposeForPlan({
    weekKey,
    plan,
    // Only the leader's own calendars are busy time: an AP's or the school's events on screen are not.
    events: ownEvents(week.events, week.scope),
    tags: week.tags,
    avoid,
    schoolDay: settings.schoolDay,
    blockMinutes: settings.blockMinutes,
    now,
    recentVisits,
  });
  // The proposals say whom they are for: the feedback still owed, the teachers not seen within the target.
  const named = nameTeachers(result.blocks, practice.owed, practice.coverage);
  await setPlanBlocks(db, weekKey, [...result.kept, ...named], now);
  return {
    kind: 'proposed',
    added: result.blocks.length,
    kept: result.kept.length,
    message: result.message,
    missingFeedbackMinutes: result.missingFeedbackMinutes,
  };
}
