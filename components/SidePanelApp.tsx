import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { goalStatus, weeklyGoal, type Goal } from '../lib/domain/goal';
import { biggestAbsorber, displacedBlocks } from '../lib/domain/review';
import type { Role, Settings } from '../lib/domain/settings';
import type { WeekSummary } from '../lib/domain/summary';
import { isoDate, shiftWeek, weekKeyOf, weekRange } from '../lib/domain/week';
import { usePanelData, useTrend } from '../lib/live/hooks';
import { useNow } from '../lib/live/use-now';
import type { LeadershipDb } from '../lib/store/db';
import { savePlan } from '../lib/store/plans-repo';
import { deleteReclaimed, saveReclaimed } from '../lib/store/reclaimed-repo';
import type { ReadHealth } from '../lib/store/read-health';
import { materializeRecurring, repeatWeekly, stopRecurring } from '../lib/store/recurring-repo';
import { ruleFromEvent } from '../lib/store/rules-repo';
import { saveSettings } from '../lib/store/settings-repo';
import { setBlockStatus, setPersonTags } from '../lib/store/tags-repo';
import { dismissNudge, snoozeNudge, turnOffNudge } from '../lib/nudges/deliver';
import { EmptyWeek } from './EmptyWeek';
import { NudgeCard } from './NudgeCard';
import { FirstRun } from './FirstRun';
import { PlanForm } from './PlanForm';
import { ReclaimedForm } from './ReclaimedForm';
import { TaggingQueue, type TaggingActions } from './TaggingQueue';
import { TrendChart } from './TrendChart';
import { WeekGlance } from './WeekGlance';
import { WeekReview } from './WeekReview';
import { WeekSwitcher } from './WeekSwitcher';

/** A calendar read within this window decides which week the panel opens on. */
const ON_SCREEN_WINDOW_MS = 30 * 60_000;
export const TREND_WEEKS = 12;

export function onScreenWeek(
  health: ReadHealth | null | undefined,
  now: number,
  weekStartsOn: Settings['weekStartsOn'],
): string {
  if (health?.range && now - health.at < ON_SCREEN_WINDOW_MS) {
    return weekKeyOf(health.range.start + (health.range.end - health.range.start) / 2, weekStartsOn);
  }
  return weekKeyOf(now, weekStartsOn);
}

export type View = 'week' | 'tag' | 'log' | 'plan' | 'review';
export const isView = (value: string): value is View => VIEWS.some((v) => v.id === value);
const VIEWS: { id: View; label: string }[] = [
  { id: 'week', label: 'This week' },
  { id: 'tag', label: 'Tag' },
  { id: 'log', label: 'Log time' },
  { id: 'plan', label: 'Plan' },
  { id: 'review', label: 'Review' },
];

/** The panel opens where each role works: assistant principals tag, principals read the glance. */
export function defaultView(role: Role): View {
  return role === 'assistant-principal' ? 'tag' : 'week';
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : null);

export function goalFor(summary: WeekSummary, trend: readonly WeekSummary[], settings: Settings): Goal {
  const tracked = trend.filter((w) => w.tracked);
  const baselineWeeks = trend.filter(
    (w) => summary.baseline.weeks.includes(w.weekKey) && w.instructionalShare !== null,
  );
  return weeklyGoal({
    baseline: summary.baseline,
    firstWeekKey: summary.baseline.weeks[0] ?? null,
    weekKey: summary.weekKey,
    typicalWorkedHours: median(tracked.map((w) => w.workedHours)),
    baselineShare: baselineWeeks.length
      ? baselineWeeks.reduce((s, w) => s + w.instructionalShare!, 0) / baselineWeeks.length
      : null,
    overrideHours: settings.goalOverrideHours,
  });
}

interface Props {
  db: LeadershipDb;
  /** From a nudge click (`sidepanel.html#review`). */
  initialView?: View | undefined;
}

export function SidePanelApp({ db, initialView }: Props) {
  const now = useNow();
  const [chosenWeek, setChosenWeek] = useState<string | null>(null);
  const [view, setView] = useState<View | null>(initialView ?? null);
  const data = usePanelData(db, chosenWeek, now, onScreenWeek);
  const settingsRead = data?.settingsRead;
  const health = data?.health;
  const settings = settingsRead?.settings;
  const weekStartsOn = settings?.weekStartsOn ?? 1;
  const weekKey = data?.weekKey ?? chosenWeek ?? weekKeyOf(now, weekStartsOn);
  const week = data?.week ?? undefined;
  // The trend is not needed for the first paint: it loads after the week is on screen.
  const trend = useTrend(db, weekKey, TREND_WEEKS, week ? settings : undefined, now, data?.baseline);
  const range = weekRange(weekKey);
  // Queries the first paint does not need start after it, so they never compete with it.
  const ready = data?.week !== undefined && data?.week !== null;
  const entries = useLiveQuery(
    async () =>
      ready
        ? db.reclaimed
            .where('date')
            .between(isoDate(range.start), isoDate(range.end - 1), true, true)
            .sortBy('date')
        : [],
    [db, weekKey, ready],
  );
  const estimates = useLiveQuery(async () => (ready ? db.recurring.toArray() : []), [db, ready]);
  // null: no plan yet; undefined: still loading.
  const plan = useLiveQuery(
    async () => (ready ? ((await db.plans.get(weekKey)) ?? null) : undefined),
    [db, weekKey, ready],
  );
  const nudges = useLiveQuery(
    async () => (ready ? db.nudges.orderBy('deliveredAt').reverse().limit(30).toArray() : []),
    [db, ready],
  );
  const thisWeek = weekKeyOf(now, weekStartsOn);
  const today = isoDate(now);

  // Weekly repeating estimates are written after the first paint, so the write never delays it.
  const painted = week !== undefined;
  useEffect(() => {
    if (settings && painted) void materializeRecurring(db, today, settings.weekStartsOn, Date.now());
  }, [db, today, settings, painted]);

  if (settingsRead === undefined)
    return (
      <main>
        <p role="status">Loading…</p>
      </main>
    );
  if (!settingsRead.settings.onboarded) {
    return (
      <main>
        <h1>Leadership Calendar</h1>
        <FirstRun onDone={async (patch) => void (await saveSettings(db, patch))} />
      </main>
    );
  }
  const current = view ?? defaultView(settingsRead.settings.role);
  const unreadable = health
    ? !health.recorded && health.range !== null && weekKeyOf(health.range.start, weekStartsOn) === weekKey
    : false;

  const actions: TaggingActions = {
    tag: async (ids, kind, activity) => void (await setPersonTags(db, { eventIds: ids, kind, activity }, Date.now())),
    tagSeries: async (id, kind, activity) =>
      void (await setPersonTags(db, { eventIds: [id], kind, activity, wholeSeries: true }, Date.now())),
    alwaysTagLikeThis: async (event, kind, activity) =>
      void (await ruleFromEvent(db, event, kind, activity, Date.now())),
    setStatus: (id, status, displacedBy) => setBlockStatus(db, id, status, displacedBy, Date.now()),
  };

  const summary = week?.summary;
  const goal = summary && trend ? goalFor(summary, trend, settingsRead.settings) : undefined;
  return (
    <main>
      <h1>Leadership Calendar</h1>
      {settingsRead.problem && (
        <p className="error" role="alert">
          {settingsRead.problem}
        </p>
      )}
      <WeekSwitcher
        weekKey={weekKey}
        isCurrent={weekKey === thisWeek}
        onPrevious={() => setChosenWeek(shiftWeek(weekKey, -1))}
        onNext={() => setChosenWeek(shiftWeek(weekKey, 1))}
        onToday={() => setChosenWeek(thisWeek)}
      />
      <nav aria-label="Views" className="views">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-current={current === v.id ? 'page' : undefined}
            onClick={() => setView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      {settingsRead.settings.role === 'coach' && (
        <p className="card">
          As a coach, your main view is the <a href="coach.html">coach view</a> for the trend files leaders share with
          you.
        </p>
      )}
      <NudgeCard
        current={nudges?.find(
          (n) => n.weekKey === thisWeek && !n.dismissed && (n.snoozedUntil === null || n.snoozedUntil <= now),
        )}
        history={(nudges ?? []).filter((n) => n.weekKey !== thisWeek)}
        onOpen={(target) => {
          setChosenWeek(target === 'plan' ? thisWeek : null);
          setView(target === 'setup' ? 'week' : target);
        }}
        onSnooze={(id) => snoozeNudge(db, id, Date.now())}
        onTurnOff={(kind) => turnOffNudge(db, kind)}
        onDismiss={(id) => dismissNudge(db, id)}
      />
      {unreadable && <EmptyWeek unreadable />}
      {!unreadable &&
        health &&
        health.recorded &&
        health.failures > 0 &&
        health.range &&
        weekKeyOf(health.range.start, weekStartsOn) === weekKey && (
          <p className="card notice" data-testid="partial-read">
            {health.failures} of {health.elements} events on the calendar page could not be read, so their time is not
            counted this week. Everything else was read; nothing was removed.
          </p>
        )}
      {!week || !summary ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {current === 'week' && (
            <>
              <WeekGlance
                summary={summary}
                goal={
                  goal
                    ? { goal, status: goalStatus(goal, summary.walkthroughHours + summary.coachingHours) }
                    : undefined
                }
              />
              {week.events.length === 0 && !unreadable && <EmptyWeek />}
              {trend && <TrendChart weeks={trend} />}
            </>
          )}
          {current === 'tag' &&
            (week.events.length === 0 ? (
              !unreadable && <EmptyWeek />
            ) : (
              <TaggingQueue events={week.events} tags={week.tags} now={now} actions={actions} />
            ))}
          {current === 'log' && (
            <ReclaimedForm
              today={weekKey === thisWeek ? today : weekKey}
              entries={entries ?? []}
              presets={settingsRead.settings.presets}
              estimates={estimates ?? []}
              onSave={async (draft) => void (await saveReclaimed(db, draft, Date.now()))}
              onDelete={(id) => deleteReclaimed(db, id)}
              onRepeatWeekly={async (draft) => void (await repeatWeekly(db, draft, today, weekStartsOn, Date.now()))}
              onStopRepeating={(id) => stopRecurring(db, id, today)}
            />
          )}
          {current === 'plan' && plan !== undefined && (
            <PlanForm
              key={weekKey}
              weekKey={weekKey}
              plan={plan ?? undefined}
              reclaimedHours={summary.reclaimedHours}
              onSave={async (p) => void (await savePlan(db, p, Date.now()))}
            />
          )}
          {current === 'review' && trend && (
            <WeekReview
              summary={summary}
              absorber={biggestAbsorber(summary, trend.slice(-5, -1))}
              displaced={displacedBlocks(week.events, week.tags)}
            />
          )}
        </>
      )}
    </main>
  );
}
