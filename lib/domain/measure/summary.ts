/**
 * lib/domain/measure: the week's numbers and the words about them — the week's summary and baseline (this module),
 * the goal, the trend, every sentence a leader reads, what was not counted, the Friday review, which week the panel
 * opens on, and the record of nudges delivered.
 */
import { calendarsOf } from '../events/calendar-ids';
import { ALL_CALENDARS, calendarKey, countsAsMine, type CalendarScope } from '../events/calendars';
import { COACHING_ACTIVITIES, KINDS, WALKTHROUGH_ACTIVITIES, findActivity, type Kind } from '../events/activities';
import { exclusionReason, type CalendarEvent } from '../events/event';
import { clip, HOUR_MS, toHours, unionLength } from '../time/intervals';
import type { WeekPlan } from '../planning/plan';
import type { ReclaimedEntry } from '../planning/reclaimed';
import { effectiveStatus, type Tag } from '../events/tag';
import { displacingActivity } from '../reconcile/reasons';
import { isoDate, weekRange, type TimeRange } from '../time/week';
import { roundTo } from '../time/numbers';

/** How many days after a walkthrough a feedback or coaching conversation still closes the loop (SAM chaining). */
export const OPEN_LOOP_DAYS = 7;

export interface Baseline {
  /** Walkthrough + coaching hours per week the leader is measured against; null until a week is tracked. */
  hours: number | null;
  /** `override`: set by the leader; `measured`: mean of the first three tracked weeks; `provisional`: fewer than three so far. */
  source: 'override' | 'measured' | 'provisional' | 'none';
  weeks: string[];
}

export interface WeekInput {
  weekKey: string;
  /** Events overlapping the week (and, for open loops, the following OPEN_LOOP_DAYS); others are ignored. */
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
  /** Reclaimed entries; only those dated inside the week count. */
  reclaimed: readonly ReclaimedEntry[];
  plan?: WeekPlan | undefined;
  now: number;
  /** Whose time counts: events on other calendars are listed but never counted. Default: every calendar. */
  scope?: CalendarScope | undefined;
}

/** Events whose time is not counted as worked, by reason. */
export interface Exclusions {
  allDay: number;
  declined: number;
  cancelled: number;
  removed: number;
  displaced: number;
  /** Imported copies of meetings also seen live (counted once, under the live event). */
  duplicate: number;
  /** Events on calendars that are not the leader's (an AP's, the school's, holidays). */
  otherCalendar: number;
  /** Busy time shown without details (a calendar shared with limited permission): nothing to count it as. */
  busyOnly: number;
}

/** Everything measured about a week that does not depend on the baseline. */
export interface WeekMeasure {
  weekKey: string;
  range: TimeRange;
  /** At least one counted event: weeks without any are not used for the baseline. */
  tracked: boolean;
  countedEvents: number;
  workedHours: number;
  hoursByKind: Record<Kind, number>;
  hoursByActivity: Record<string, number>;
  walkthroughHours: number;
  coachingHours: number;
  untaggedHours: number;
  /** Events with no tag yet: their time counts as worked hours, in no kind. */
  untaggedEvents: number;
  /** Displaced instructional time whose displacing activity is unknown. */
  displacedHours: number;
  instructionalShare: number | null;
  blocks: { plannedHours: number; happenedHours: number; displacedHours: number; awaitingConfirmation: number };
  reclaimedHours: number;
  reclaimedByActivity: Record<string, number>;
  reclaimedEntries: number;
  excluded: Exclusions;
  /** How many calendars the not-counted `otherCalendar` events are on. */
  otherCalendars: number;
  walkthroughCount: number;
  conversationCount: number;
  /** Walkthroughs/observations already over with no feedback or coaching conversation after them within OPEN_LOOP_DAYS. */
  openLoops: number;
  plan: {
    minutesByActivity: Record<string, number>;
    actualMinutesByActivity: Record<string, number>;
    note?: string;
  } | null;
}

export interface WeekSummary extends WeekMeasure {
  baseline: Baseline;
  /** Walkthrough + coaching hours above (or below, negative) the baseline. */
  gainHours: number | null;
  /** min(reclaimed, max(0, walkthrough + coaching − baseline)). */
  redirectedHours: number | null;
  /** Reclaimed hours that did not show up as extra walkthrough/coaching time. */
  absorbedHours: number | null;
  /** redirected / reclaimed; null when nothing was reclaimed. */
  redirectRate: number | null;
}

type Bucket = { kind: Kind; activity: string } | 'untagged' | 'displaced';

/** Where displaced time went: the reason's activity (discipline time is discipline), else unknown. */
function displacedBucket(tag: Tag): Exclude<Bucket, 'untagged'> {
  const id = displacingActivity(tag.answer?.reason) ?? tag.displacedBy;
  const by = id ? findActivity(id) : undefined;
  return by ? { kind: by.kind, activity: by.id } : 'displaced';
}

function bucketOf(tag: Tag | undefined): Bucket {
  if (!tag) return 'untagged';
  if (tag.kind === 'instructional' && tag.status === 'displaced') return displacedBucket(tag);
  return { kind: tag.kind, activity: tag.activity };
}

/** A block that partly happened: its first minutes happened, the rest was displaced. Null for any other block. */
function partlySplit(tag: Tag | undefined, range: TimeRange): { happened: TimeRange | null; lost: TimeRange } | null {
  if (tag?.answer?.outcome !== 'partly') return null;
  const cut = Math.min(range.end, range.start + (tag.answer.minutesHappened ?? 0) * 60_000);
  return {
    happened: cut > range.start ? { start: range.start, end: cut } : null,
    lost: { start: cut, end: range.end },
  };
}

const round = (n: number) => roundTo(n, 3);

/** Measures one week. Pure: the same input always gives the same numbers the panel, nudges and exports show. */
export function measureWeek(input: WeekInput): WeekMeasure {
  const range = weekRange(input.weekKey);
  const excluded: Exclusions = {
    allDay: 0,
    declined: 0,
    cancelled: 0,
    removed: 0,
    displaced: 0,
    duplicate: 0,
    otherCalendar: 0,
    busyOnly: 0,
  };
  const scope = input.scope ?? ALL_CALENDARS;
  const otherCalendars = new Set<string>();
  let untaggedEvents = 0;
  const byKind = new Map<Kind, TimeRange[]>(KINDS.map((k) => [k, []]));
  const byActivity = new Map<string, TimeRange[]>();
  const worked: TimeRange[] = [];
  const untagged: TimeRange[] = [];
  const displaced: TimeRange[] = [];
  const walkthrough: TimeRange[] = [];
  const coaching: TimeRange[] = [];
  const planned: TimeRange[] = [];
  const happened: TimeRange[] = [];
  const displacedBlocks: TimeRange[] = [];
  let countedEvents = 0;
  let awaitingConfirmation = 0;
  let walkthroughCount = 0;
  /** Starts of walkthroughs that are already over: only those can be open loops. */
  const pastWalkthroughStarts: number[] = [];
  const conversationStarts: number[] = [];

  /** Counts a range under its kind and activity; a visit's own event (not a displaced part) may open a loop. */
  const count = (bucket: { kind: Kind; activity: string }, part: TimeRange, event: CalendarEvent | null) => {
    byKind.get(bucket.kind)!.push(part);
    const list = byActivity.get(bucket.activity) ?? [];
    list.push(part);
    byActivity.set(bucket.activity, list);
    if (WALKTHROUGH_ACTIVITIES.includes(bucket.activity)) {
      walkthrough.push(part);
      if (event && event.start >= range.start) {
        walkthroughCount++;
        if (event.end <= input.now) pastWalkthroughStarts.push(event.start);
      }
    }
    if (COACHING_ACTIVITIES.includes(bucket.activity)) coaching.push(part);
  };

  for (const event of input.events) {
    const mine = countsAsMine(event, scope);
    const tag = input.tags.get(event.id);
    const status = effectiveStatus(tag);
    // Conversations in the days after the week can still close a loop opened inside it.
    if (
      mine &&
      tag &&
      status !== 'displaced' &&
      exclusionReason(event) === null &&
      COACHING_ACTIVITIES.includes(tag.activity)
    ) {
      if (event.start >= range.start && event.start < range.end + OPEN_LOOP_DAYS * 24 * HOUR_MS)
        conversationStarts.push(event.start);
    }
    const inWeek = clip(event, range);
    if (!inWeek) continue;
    // Not the leader's time at all: the other reasons below are about the leader's own events.
    if (!mine) {
      excluded.otherCalendar++;
      for (const id of calendarsOf(event)) otherCalendars.add(calendarKey(id));
      continue;
    }
    const reason = exclusionReason(event);
    if (reason) {
      if (reason === 'all-day') excluded.allDay++;
      else if (reason === 'busy-only') excluded.busyOnly++;
      else excluded[reason]++;
      continue;
    }
    countedEvents++;
    const split = partlySplit(tag, inWeek);
    if (split) {
      // The part that happened counts as the block's activity; the rest as what took it.
      worked.push(inWeek);
      if (split.happened) {
        happened.push(split.happened);
        count({ kind: tag!.kind, activity: tag!.activity }, split.happened, event);
      }
      if (split.lost.end > split.lost.start) {
        displacedBlocks.push(split.lost);
        const lostTo = displacedBucket(tag!);
        if (lostTo === 'displaced') displaced.push(split.lost);
        else count(lostTo, split.lost, null);
      }
      continue;
    }
    const bucket = bucketOf(tag);
    if (bucket === 'untagged') {
      untaggedEvents++;
      untagged.push(inWeek);
      worked.push(inWeek);
      continue;
    }
    if (status === 'displaced') {
      excluded.displaced++;
      displacedBlocks.push(inWeek);
    } else if (status === 'happened') happened.push(inWeek);
    else if (status === 'planned') {
      planned.push(inWeek);
      if (event.end <= input.now) awaitingConfirmation++;
    }
    if (bucket === 'displaced') {
      displaced.push(inWeek);
      worked.push(inWeek);
      continue;
    }
    if (bucket.kind !== 'personal') worked.push(inWeek);
    count(bucket, inWeek, event);
  }

  const hours = (ranges: TimeRange[]) => round(toHours(unionLength(ranges)));
  const hoursByKind = Object.fromEntries(KINDS.map((k) => [k, hours(byKind.get(k)!)])) as Record<Kind, number>;
  const hoursByActivity: Record<string, number> = {};
  for (const [activity, list] of byActivity) hoursByActivity[activity] = hours(list);
  const workedHours = hours(worked);

  const openLoops = pastWalkthroughStarts.filter(
    (start) => !conversationStarts.some((c) => c > start && c - start <= OPEN_LOOP_DAYS * 24 * HOUR_MS),
  ).length;

  const firstDay = isoDate(range.start);
  const lastDay = isoDate(range.end - 1);
  const weekEntries = input.reclaimed.filter((e) => e.date >= firstDay && e.date <= lastDay);
  const reclaimedByActivity: Record<string, number> = {};
  for (const e of weekEntries)
    reclaimedByActivity[e.fromActivity] = round((reclaimedByActivity[e.fromActivity] ?? 0) + e.minutes / 60);

  let plan: WeekMeasure['plan'] = null;
  if (input.plan) {
    const actualMinutesByActivity: Record<string, number> = {};
    for (const activity of Object.keys(input.plan.minutes)) {
      actualMinutesByActivity[activity] = Math.round((hoursByActivity[activity] ?? 0) * 60);
    }
    plan = { minutesByActivity: { ...input.plan.minutes }, actualMinutesByActivity };
    if (input.plan.note) plan.note = input.plan.note;
  }

  return {
    weekKey: input.weekKey,
    range,
    tracked: countedEvents > 0,
    countedEvents,
    workedHours,
    hoursByKind,
    hoursByActivity,
    walkthroughHours: hours(walkthrough),
    coachingHours: hours(coaching),
    untaggedHours: hours(untagged),
    untaggedEvents,
    displacedHours: hours(displaced),
    instructionalShare: workedHours > 0 ? round(hoursByKind.instructional / workedHours) : null,
    blocks: {
      plannedHours: hours(planned),
      happenedHours: hours(happened),
      displacedHours: hours(displacedBlocks),
      awaitingConfirmation,
    },
    reclaimedHours: round(weekEntries.reduce((s, e) => s + e.minutes, 0) / 60),
    reclaimedByActivity,
    reclaimedEntries: weekEntries.length,
    excluded,
    otherCalendars: otherCalendars.size,
    walkthroughCount,
    conversationCount: conversationStarts.filter((c) => c < range.end).length,
    openLoops,
    plan,
  };
}

/** The baseline-dependent part: how much of the reclaimed time was redirected into walkthroughs and coaching. */
export function applyBaseline(measure: WeekMeasure, baseline: Baseline): WeekSummary {
  const reclaimed = measure.reclaimedHours;
  const gain =
    baseline.hours === null ? null : round(measure.walkthroughHours + measure.coachingHours - baseline.hours);
  const redirected = gain === null ? null : round(Math.min(reclaimed, Math.max(0, gain)));
  return {
    ...measure,
    baseline,
    gainHours: gain,
    redirectedHours: redirected,
    absorbedHours: redirected === null ? null : round(reclaimed - redirected),
    redirectRate: redirected === null || reclaimed === 0 ? null : round(redirected / reclaimed),
  };
}

/**
 * True while no redirect can be measured for this week: there is no baseline yet, or the week is itself
 * one of the (fewer than three) weeks the provisional baseline is measured from.
 */
export function baselineStillMeasuring(s: WeekSummary): boolean {
  return s.baseline.source === 'none' || (s.baseline.source === 'provisional' && s.baseline.weeks.includes(s.weekKey));
}

export const BASELINE_WEEKS = 3;

/**
 * The leader's own baseline: the leader's number when set, else the mean walkthrough + coaching hours
 * of the first three tracked weeks (provisional while fewer than three exist).
 */
export function computeBaseline(measures: readonly WeekMeasure[], overrideHours: number | null): Baseline {
  if (overrideHours !== null) return { hours: overrideHours, source: 'override', weeks: [] };
  const first = [...measures]
    .filter((m) => m.tracked)
    .sort((a, b) => a.weekKey.localeCompare(b.weekKey))
    .slice(0, BASELINE_WEEKS);
  if (first.length === 0) return { hours: null, source: 'none', weeks: [] };
  const mean = first.reduce((s, m) => s + m.walkthroughHours + m.coachingHours, 0) / first.length;
  return {
    hours: round(mean),
    source: first.length < BASELINE_WEEKS ? 'provisional' : 'measured',
    weeks: first.map((m) => m.weekKey),
  };
}

export function summarizeWeek(input: WeekInput, baseline: Baseline): WeekSummary {
  return applyBaseline(measureWeek(input), baseline);
}
