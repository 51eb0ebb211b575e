import { useLiveQuery } from 'dexie-react-hooks';
import type { BlockStatus } from '../domain/tag';
import type { Kind } from '../domain/activities';
import type { CalendarEvent } from '../domain/event';
import type { NudgeKind } from '../nudges/schedule';
import type { WeekPlan } from '../domain/plan';
import type { ReclaimedDraft } from '../store/reclaimed-repo';
import type { Settings } from '../domain/settings';
import { dismissNudge, snoozeNudge, turnOffNudge } from '../nudges/deliver';
import type { LeadershipDb } from '../store/db';
import { savePlan } from '../store/plans-repo';
import { recentNudges, reclaimedInWeek } from '../store/queries';
import { deleteReclaimed, saveReclaimed } from '../store/reclaimed-repo';
import { listRecurring, materializeRecurring, repeatWeekly, stopRecurring } from '../store/recurring-repo';
import { ruleFromEvent } from '../store/rules-repo';
import { saveSettings } from '../store/settings-repo';
import { setBlockStatus, setPersonTags } from '../store/tags-repo';

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
  return { entries, estimates, plan, nudges };
}

/** Every store action the side panel offers, in one typed object (views call these, never the store). */
export function createPanelActions(db: LeadershipDb) {
  const now = () => Date.now();
  return {
    saveSettings: async (patch: Partial<Settings>) => void (await saveSettings(db, patch)),
    materializeRecurring: (today: string, weekStartsOn: Settings['weekStartsOn']) =>
      materializeRecurring(db, today, weekStartsOn, now()),
    tag: async (ids: readonly string[], kind: Kind, activity?: string) =>
      void (await setPersonTags(db, { eventIds: ids, kind, activity }, now())),
    tagSeries: async (id: string, kind: Kind, activity?: string) =>
      void (await setPersonTags(db, { eventIds: [id], kind, activity, wholeSeries: true }, now())),
    alwaysTagLikeThis: async (event: CalendarEvent, kind: Kind, activity: string) =>
      void (await ruleFromEvent(db, event, kind, activity, now())),
    setStatus: (id: string, status: BlockStatus, displacedBy?: string) =>
      setBlockStatus(db, id, status, displacedBy, now()),
    saveReclaimed: async (draft: ReclaimedDraft) => void (await saveReclaimed(db, draft, now())),
    deleteReclaimed: (id: string) => deleteReclaimed(db, id),
    repeatWeekly: async (draft: ReclaimedDraft, today: string, weekStartsOn: Settings['weekStartsOn']) =>
      void (await repeatWeekly(db, draft, today, weekStartsOn, now())),
    stopRepeating: (id: string, today: string) => stopRecurring(db, id, today),
    savePlan: async (plan: Omit<WeekPlan, 'updatedAt'>) => void (await savePlan(db, plan, now())),
    snoozeNudge: (id: string) => snoozeNudge(db, id, now()),
    dismissNudge: (id: string) => dismissNudge(db, id),
    turnOffNudge: (kind: NudgeKind) => turnOffNudge(db, kind),
  };
}
export type PanelActions = ReturnType<typeof createPanelActions>;
