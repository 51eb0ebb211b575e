import { useEffect, useMemo, useState } from 'react';
import { goalStatus } from '../../lib/domain/measure/goal';
import { redirectSentence } from '../../lib/domain/measure/explain';
import {
  defaultView,
  goalFor,
  onScreenWeek,
  TREND_WEEKS,
  trendFromFirstTracked,
  VIEWS,
  type View,
} from '../../lib/domain/measure/panel';
import { blockOutcomes, protectHosts, suggestPlanFrom } from '../../lib/domain/planning/protect';
import { biggestAbsorber, displacedBlocks } from '../../lib/domain/measure/review';
import { fromIsoDate, isoDate, shiftWeek, weekKeyOf } from '../../lib/domain/time/week';
import { usePanelData, useTrend } from '../../lib/live/hooks';
import { createPanelActions, useSeriesMembers, useVisitReview, useWeekDetails } from '../../lib/live/panel';
import { useAfterPaint } from '../../lib/live/use-after-paint';
import { useNow } from '../../lib/live/use-now';
import { useLatest } from '../../lib/live/use-latest';
import type { LeadershipDb } from '../../lib/store/db';
import { EmptyWeek } from './EmptyWeek';
import { FirstRun } from './FirstRun';
import { NudgeCard } from './NudgeCard';
import { PlanForm } from './PlanForm';
import { ReclaimedForm } from './ReclaimedForm';
import { type TaggingActions, TaggingQueue } from '../tagging/TaggingQueue';
import { TrendChart } from '../charts/TrendChart';
import { WeekGlance } from './WeekGlance';
import { WeekReview } from './WeekReview';
import { WeekSwitcher } from './WeekSwitcher';
import { AssistantTagsCard } from './AssistantTagsCard';
import { CalendarChooser } from '../common/CalendarChooser';
import { useWhoseTime } from '../../lib/live/whose-time';
import { calendarKey, ownEvents } from '../../lib/domain/events/calendars';
import { MY_CALENDARS } from '../../lib/domain/reconcile/day';
import { createReconcileActions, useReconcile, useSequences, useWeekPractice } from '../../lib/live/reconcile';
import { ReconcileView } from '../reconcile/ReconcileView';
import { planOffers } from '../../lib/domain/reconcile/plan-offers';

interface Props {
  db: LeadershipDb;
  /** Tells the background that answers changed (the toolbar's count of days to reconcile). */
  onReconciled?: () => Promise<unknown>;
  /** From a nudge click (`sidepanel.html#review`). */
  initialView?: View | undefined;
}

export function SidePanelApp({ db, initialView, onReconciled }: Props) {
  const now = useNow();
  const [chosenWeek, setChosenWeek] = useState<string | null>(null);
  const [view, setView] = useState<View | null>(initialView ?? null);
  // The Reconcile view reads its own days: the week's summary (and the baseline under it) is not read while it is shown,
  // so opening it and answering in it never wait on ten years of history.
  const data = usePanelData(db, chosenWeek, now, onScreenWeek, view !== 'reconcile');
  const settingsRead = data?.settingsRead;
  const health = data?.health;
  const settings = settingsRead?.settings;
  const weekStartsOn = settings?.weekStartsOn ?? 1;
  const weekKey = data?.weekKey ?? chosenWeek ?? weekKeyOf(now, weekStartsOn);
  const week = data?.week ?? undefined;
  // The trend and the week's details are not needed for the first summary: they are read once it has been
  // painted, so their reads and summaries never delay that frame.
  const painted = useAfterPaint(week !== undefined, 'leadership-calendar:panel-summary-painted');
  const trend = useTrend(db, weekKey, TREND_WEEKS, painted ? settings : undefined, now, data?.baseline);
  const { entries, estimates, plan, nudges, previous } = useWeekDetails(db, weekKey, painted && week !== undefined);
  const inSeries = useSeriesMembers(
    db,
    data?.week?.events,
    (view ?? (settings && defaultView(settings.role))) === 'tag',
  );
  const visits = useVisitReview(
    db,
    weekKey,
    settings,
    now,
    (view ?? (settings && defaultView(settings.role))) === 'review',
  );
  const actions = useMemo(() => createPanelActions(db), [db]);
  const reconcileActions = useMemo(() => createReconcileActions(db, onReconciled), [db, onReconciled]);
  const [reconcileCalendar, setReconcileCalendar] = useState(MY_CALENDARS);
  const [reconcileDate, setReconcileDate] = useState<string | null>(null);
  const shownView = view ?? (settings && defaultView(settings.role));
  const reconcile = useLatest(useReconcile(db, reconcileCalendar, reconcileDate, now, shownView === 'reconcile'));
  // The week on screen's totals from the daily reconcile: its review and plan.
  const practice = useWeekPractice(db, weekKey, now, shownView === 'review' || shownView === 'plan');
  const [sequencesOpen, setSequencesOpen] = useState(false);
  const sequences = useSequences(db, settings, now, shownView === 'review' && sequencesOpen);
  // The calendar question opens by itself while unanswered and more than one calendar is on screen; "Not now"
  // closes it for this session, the glance's button opens it again.
  const [choosing, setChoosing] = useState<boolean | null>(null);
  const whose = useWhoseTime(week, data?.calendars, settings);
  const thisWeek = weekKeyOf(now, weekStartsOn);
  const today = isoDate(now);

  // Weekly repeating estimates are written after the first paint, so the write never delays it.
  useEffect(() => {
    if (settings && painted) void actions.materializeRecurring(today, settings.weekStartsOn);
  }, [actions, today, settings, painted]);

  if (settingsRead === undefined)
    return (
      <main>
        <p role="status">Loading…</p>
      </main>
    );
  const problems = (
    <>
      {settingsRead.problem && (
        <p className="error" role="alert">
          {settingsRead.problem}
        </p>
      )}
      {data?.storeProblem && (
        <p className="error" role="alert" data-testid="store-problem">
          {data.storeProblem.text}
        </p>
      )}
    </>
  );
  if (!settingsRead.settings.onboarded) {
    return (
      <main>
        <h1>Leadership Calendar</h1>
        {problems}
        <FirstRun onDone={actions.saveSettings} />
      </main>
    );
  }
  // Views a district switched off are not offered (docs/deployment.md, disabledFeatures).
  const off = settingsRead.district.disabled;
  const views = VIEWS.filter(
    (v) => !(v.id === 'reconcile' && off.includes('reconcile')) && !(v.id === 'log' && off.includes('time-saved')),
  );
  const current = views.find((v) => v.id === view)?.id ?? defaultView(settingsRead.settings.role);
  const unreadable = health
    ? !health.recorded && health.range !== null && weekKeyOf(health.range.start, weekStartsOn) === weekKey
    : false;

  const tagging: TaggingActions = actions;
  const askCalendars = choosing ?? (settingsRead.settings.calendars.mine === null && whose.onScreen.length > 1);
  const calendarQuestion = askCalendars && whose.onScreen.length > 0 && (
    <CalendarChooser
      calendars={whose.onScreen.map((c) => ({
        id: c.id,
        name: c.name,
        detail: `${c.events} ${c.events === 1 ? 'event' : 'events'} this week`,
        mine: c.counted,
        account: c.account,
        keptFor: c.keptFor,
      }))}
      choice={settingsRead.settings.calendars}
      onSave={actions.saveCalendars}
      onDone={() => setChoosing(false)}
      onLater={() => setChoosing(false)}
    />
  );

  const summary = week?.summary;
  const own = week ? ownEvents(week.events, week.scope) : [];
  const outcomes = week && plan?.blocks ? blockOutcomes(plan.blocks, own, week.tags, now) : [];
  const hostsThisWeek = protectHosts(week?.events ?? [], health?.source);
  const suggestion = previous && estimates ? suggestPlanFrom(previous.entries, estimates, previous.plan) : null;
  const goal = summary && trend ? goalFor(summary, trend, settingsRead.settings) : undefined;
  const tracked = trend ? trendFromFirstTracked(trend) : [];
  return (
    <main>
      <h1>Leadership Calendar</h1>
      {problems}
      <div data-print="hide">
        <WeekSwitcher
          weekKey={weekKey}
          isCurrent={weekKey === thisWeek}
          onPrevious={() => setChosenWeek(shiftWeek(weekKey, -1))}
          onNext={() => setChosenWeek(shiftWeek(weekKey, 1))}
          onToday={() => setChosenWeek(thisWeek)}
        />
        <nav aria-label="Views" className="views">
          {views.map((v) => (
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
      </div>
      {settingsRead.settings.role === 'coach' && (
        <p className="card">
          As a coach, your main view is the <a href="coach.html">coach view</a> for the trend files leaders share with
          you.
        </p>
      )}
      <div data-print="hide">
        <NudgeCard
          current={nudges?.find(
            (n) =>
              n.kind !== 'reconcile' &&
              n.weekKey === thisWeek &&
              !n.dismissed &&
              (n.snoozedUntil === null || n.snoozedUntil <= now),
          )}
          history={(nudges ?? []).filter((n) => n.kind !== 'reconcile' && n.weekKey !== thisWeek)}
          onOpen={(target) => {
            setChosenWeek(target === 'plan' ? thisWeek : null);
            setView(target === 'setup' ? 'week' : target);
          }}
          onSnooze={actions.snoozeNudge}
          onTurnOff={actions.turnOffNudge}
          onDismiss={actions.dismissNudge}
          shownSentence={current === 'week' && summary && weekKey === thisWeek ? redirectSentence(summary) : null}
        />
      </div>
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
      {/* The daily reconcile reads its own days: it never waits for the week's summary. */}
      {current === 'reconcile' &&
        (reconcile ? (
          <ReconcileView
            view={reconcile.view}
            calendars={[
              { id: MY_CALENDARS, label: 'Your calendars', keptFor: null },
              ...reconcile.keptFor.map((k) => ({
                id: calendarKey(k.calendarId),
                label: `${k.name}'s calendar (you keep it)`,
                keptFor: k.name,
              })),
            ]}
            onCalendar={(id) => {
              setReconcileCalendar(id);
              setReconcileDate(null);
            }}
            onDay={setReconcileDate}
            settings={reconcile.reconcile}
            staff={reconcile.staff}
            owed={reconcile.view.owed}
            actions={{
              ...reconcileActions,
              confirmRest: (date, ids) => reconcileActions.confirmRest(reconcile.view.calendar, date, ids),
              openTagging: () => {
                setChosenWeek(weekKeyOf(fromIsoDate(reconcile.view.day.date), weekStartsOn));
                setView('tag');
              },
            }}
          />
        ) : (
          <p role="status">Loading…</p>
        ))}
      {current === 'reconcile' ? null : !week || !summary ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {(current === 'week' || current === 'tag') && calendarQuestion}
          {current === 'week' && (
            <>
              <WeekGlance
                summary={summary}
                counting={whose.counting ? { sentence: whose.counting, onChoose: () => setChoosing(true) } : null}
                otherCalendarNames={whose.onScreen.filter((c) => !c.counted).map((c) => c.name)}
                unmatched={{
                  lines: whose.unmatched,
                  onAnswer: (id, counted) => void actions.answerUnmatched(id, counted),
                }}
                goal={
                  goal
                    ? { goal, status: goalStatus(goal, summary.walkthroughHours + summary.coachingHours) }
                    : undefined
                }
              />
              {week.events.length === 0 && !unreadable && <EmptyWeek />}
              {trend &&
                (tracked.length >= 2 ? (
                  <TrendChart weeks={tracked} baselineHours={summary.baseline.hours} goalHours={goal?.hours ?? null} />
                ) : (
                  <p className="card muted" data-testid="trend-not-yet">
                    Your trend appears once two weeks are tracked. Weeks before your first tracked week are not shown as
                    zero: they were not tracked.
                  </p>
                ))}
            </>
          )}
          {current === 'tag' &&
            (week.events.length === 0 ? (
              !unreadable && <EmptyWeek />
            ) : (
              <TaggingQueue
                events={week.events}
                tags={week.tags}
                now={now}
                actions={tagging}
                initialFilter={settingsRead.settings.role === 'assistant-principal' ? 'needs-you' : 'all'}
                groupOf={whose.groupOf}
                inSeries={inSeries}
                groupNote={(group) =>
                  group.keptFor ? (
                    <p className="muted">
                      Your tags here can go to {group.keptFor}:{' '}
                      <a href="options.html#send-tags" target="_blank" rel="noreferrer">
                        send tags to {group.keptFor}
                      </a>
                      .
                    </p>
                  ) : null
                }
              />
            ))}
          {current === 'tag' && settingsRead.settings.role !== 'assistant-principal' && (
            <AssistantTagsCard actions={actions} />
          )}
          {current === 'log' && (
            <ReclaimedForm
              today={weekKey === thisWeek ? today : weekKey}
              entries={entries ?? []}
              presets={settingsRead.settings.presets}
              estimates={estimates ?? []}
              onSave={actions.saveReclaimed}
              onDelete={actions.deleteReclaimed}
              onRepeatWeekly={(draft) => actions.repeatWeekly(draft, today, weekStartsOn)}
              onStopRepeating={(id) => actions.stopRepeating(id, today)}
            />
          )}
          {current === 'plan' && plan !== undefined && (
            <PlanForm
              key={weekKey}
              weekKey={weekKey}
              plan={plan ?? undefined}
              reclaimedHours={summary.reclaimedHours}
              suggestion={suggestion}
              outcomes={outcomes}
              hosts={hostsThisWeek}
              outlookHostname={health?.source === 'outlook' ? health.hostname : undefined}
              findTimeOff={off.includes('find-time')}
              offers={
                practice && weekKey >= thisWeek
                  ? planOffers(practice.owed, practice.coverage, settingsRead.settings.blockMinutes)
                  : undefined
              }
              actions={{
                save: actions.savePlan,
                findTime: (avoid) => actions.findTime(weekKey, avoid),
                dropBlocks: (ids) =>
                  actions.setBlocks(
                    weekKey,
                    (plan?.blocks ?? []).filter((b) => !ids.includes(b.id)),
                  ),
                downloadIcs: () => actions.downloadIcs(weekKey, plan?.blocks ?? []),
              }}
            />
          )}
          {current === 'review' && (
            // The review does not wait for the trend: only its "most of the rest went to …" line needs it.
            <WeekReview
              summary={summary}
              absorber={trend ? biggestAbsorber(summary, trend.slice(-5, -1)) : null}
              displaced={displacedBlocks(own, week.tags)}
              protectedBlocks={outcomes}
              onPrint={() => window.print()}
              visits={visits}
              practice={
                practice && {
                  ...practice,
                  reasons: settingsRead.settings.reconcile.reasons,
                  sequences,
                  onSequences: setSequencesOpen,
                }
              }
            />
          )}
        </>
      )}
    </main>
  );
}
