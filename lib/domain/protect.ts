import { activityLabel } from './activities';
import { type CalendarEvent, exclusionReason } from './event';
import { formatMinutes } from './format';
import { MINUTE_MS } from './numbers';
import { HOST_IDS, type HostId } from './hosts';
import type { PlannedBlock, WeekPlan } from './plan';
import type { ReclaimedEntry, RecurringEstimate } from './reclaimed';
import { effectiveStatus, type Tag } from './tag';
import { type TimeRange, fromIsoDate } from './week';

/**
 * "Protect the hours": turns the week's plan (minutes per instructional activity) into concrete blocks
 * in the leader's free school-day time. Pure: busy time, the school day, now and the plan in; blocks out.
 */

export interface ProposedBlock {
  /** Stable for the same activity and time: the .ics UID and the link to the plan are built from it. */
  id: string;
  activity: string;
  start: number;
  end: number;
  /** One line a person reads: why this time. */
  why: string;
}

export interface FindTimeInput {
  weekKey: string;
  /** Minutes per activity the leader plans to protect. */
  plan: Readonly<Record<string, number>>;
  /** Time that is taken: timed events that count as busy, and times the leader dropped. */
  busy: readonly TimeRange[];
  /** Local "HH:MM". */
  schoolDay: { start: string; end: string };
  now: number;
}

export interface FindTimeResult {
  blocks: ProposedBlock[];
  /** Planned minutes per activity that did not fit, with a plain reason. */
  unplaced: { activity: string; minutes: number }[];
  message: string | null;
}

/** How long one block of an activity is: preferred, shortest and longest (minutes). */
interface Sizing {
  preferred: number;
  min: number;
  max: number;
}
const SIZING: Record<string, Sizing> = {
  // Walkthroughs and observations: short visits, several of them (15–45 min).
  walkthrough: { preferred: 30, min: 15, max: 45 },
  observation: { preferred: 30, min: 15, max: 45 },
  // Coaching and feedback conversations: 30–45 min.
  coaching: { preferred: 30, min: 30, max: 45 },
  feedback: { preferred: 30, min: 30, max: 45 },
};
const DEFAULT_SIZING: Sizing = { preferred: 45, min: 30, max: 60 };
/** PLC and data teams meet for the length the leader asked, in one block (up to half a day). */
const ONE_BLOCK = new Set(['plc']);
/** Classes are in session in the morning: walkthroughs and observations prefer it. */
const MORNING_FIRST = new Set(['walkthrough', 'observation']);
const NOON_MINUTES = 12 * 60;
const STEP_MINUTES = 5;

/** Splits planned minutes into block lengths of the activity's size, summing to the plan (5-minute steps). */
export function blockLengths(activity: string, minutes: number): number[] {
  if (minutes <= 0) return [];
  if (ONE_BLOCK.has(activity)) return [Math.min(roundUpTo(minutes, STEP_MINUTES), 240)];
  const size = SIZING[activity] ?? DEFAULT_SIZING;
  if (minutes <= size.min) return [size.min];
  let count = Math.max(1, Math.round(minutes / size.preferred));
  while (minutes / count > size.max) count++;
  while (count > 1 && minutes / count < size.min) count--;
  const total = roundUpTo(minutes, STEP_MINUTES);
  const base = Math.floor(total / count / STEP_MINUTES) * STEP_MINUTES;
  const lengths = Array.from({ length: count }, () => base);
  for (let left = total - base * count, i = 0; left > 0; left -= STEP_MINUTES, i++) lengths[i % count]! += STEP_MINUTES;
  return lengths;
}

const roundUpTo = (n: number, step: number) => Math.ceil(n / step) * step;

function atTime(isoDate: Date, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(isoDate.getFullYear(), isoDate.getMonth(), isoDate.getDate(), h, m).getTime();
}

/** Free intervals of a day: the school day minus busy time, from `notBefore` on. */
function freeIntervals(day: TimeRange, busy: readonly TimeRange[], notBefore: number): TimeRange[] {
  const start = Math.max(day.start, roundUpTo(notBefore, STEP_MINUTES * MINUTE_MS));
  if (start >= day.end) return [];
  const overlapping = busy.filter((b) => b.end > start && b.start < day.end).sort((a, b) => a.start - b.start);
  const free: TimeRange[] = [];
  let cursor = start;
  for (const b of overlapping) {
    if (b.start > cursor) free.push({ start: cursor, end: b.start });
    cursor = Math.max(cursor, b.end);
  }
  if (cursor < day.end) free.push({ start: cursor, end: day.end });
  return free;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Proposes blocks covering the plan: Monday–Friday of the week, inside the school day, from now on,
 * never over busy time or each other, spread across days (the least-planned day first), walkthroughs
 * in the morning when a morning slot is free. Larger blocks are placed first so they still fit.
 */
export function findTime(input: FindTimeInput): FindTimeResult {
  const days = schoolDates(input.weekKey).map((date) => ({
    date,
    range: { start: atTime(date, input.schoolDay.start), end: atTime(date, input.schoolDay.end) },
  }));
  const requests = Object.entries(input.plan)
    .flatMap(([activity, minutes]) => blockLengths(activity, minutes).map((length) => ({ activity, length })))
    .sort(
      (a, b) => b.length - a.length || Number(MORNING_FIRST.has(b.activity)) - Number(MORNING_FIRST.has(a.activity)),
    );
  const taken: TimeRange[] = [...input.busy];
  const load = days.map(() => 0);
  const blocks: ProposedBlock[] = [];
  const unplaced = new Map<string, number>();

  for (const { activity, length } of requests) {
    const lengthMs = length * MINUTE_MS;
    const candidates = days
      .map((day, index) => {
        const fits = freeIntervals(day.range, taken, input.now).filter((f) => f.end - f.start >= lengthMs);
        const morning = fits.find((f) => f.start + lengthMs <= atTime(day.date, '12:00'));
        const slot = MORNING_FIRST.has(activity) && morning ? morning : fits[0];
        return slot ? { index, day, slot, morning: !!morning } : null;
      })
      .filter((c) => c !== null)
      .sort((a, b) => load[a.index]! - load[b.index]! || a.index - b.index);
    // Walkthroughs: among the least-loaded days, one with a free morning wins.
    const least = candidates[0] ? load[candidates[0].index]! : 0;
    const choice =
      (MORNING_FIRST.has(activity) && candidates.find((c) => c.morning && load[c.index] === least)) || candidates[0];
    if (!choice) {
      unplaced.set(activity, (unplaced.get(activity) ?? 0) + length);
      continue;
    }
    const start = choice.slot.start;
    const block = { start, end: start + lengthMs };
    taken.push(block);
    load[choice.index]! += length;
    const dayName = DAY_NAMES[choice.day.date.getDay()]!;
    const inMorning = new Date(start).getHours() * 60 + new Date(start).getMinutes() + length <= NOON_MINUTES;
    const why = MORNING_FIRST.has(activity)
      ? inMorning
        ? `${dayName} morning, while classes are in session.`
        : `${dayName}: no free morning was left, so the first free time after.`
      : `${dayName}: the first free ${length} minutes, on the day with the least protected time.`;
    blocks.push({ id: blockId(activity, start), activity, ...block, why });
  }
  blocks.sort((a, b) => a.start - b.start);
  const missing = [...unplaced.entries()].map(([activity, minutes]) => ({ activity, minutes }));
  let message: string | null = null;
  if (blocks.length === 0 && missing.length > 0) {
    message =
      'No free time is left in your school day this week for these blocks. ' +
      'Shorten the plan, move something on your calendar, or plan next week.';
  } else if (missing.length > 0) {
    message = `Not everything fitted: ${missing.map((m) => `${m.minutes} min of ${activityLabel(m.activity).toLowerCase()}`).join(', ')} could not be placed.`;
  }
  return { blocks, unplaced: missing, message };
}

/** Monday to Friday of the week that starts on `weekKey` (weeks may start on Saturday, Sunday or Monday). */
export function schoolDates(weekKey: string): Date[] {
  const first = fromIsoDate(weekKey);
  const toMonday = (8 - first.getDay()) % 7; // Monday: 0, Sunday: 1, Saturday: 2
  return Array.from(
    { length: 5 },
    (_, i) => new Date(first.getFullYear(), first.getMonth(), first.getDate() + toMonday + i),
  );
}

/** A stable id for a block: the same activity at the same time is the same block. */
export function blockId(activity: string, start: number): string {
  return `${activity}-${new Date(start).toISOString().replace(/[-:]|\.\d+/g, '')}`;
}

/** Where a planned block stands: proposed but not on the calendar, on it, and afterwards what happened. */
export type BlockState = 'not-scheduled' | 'on-calendar' | 'to-confirm' | 'happened' | 'displaced';
export interface BlockOutcome {
  block: PlannedBlock;
  state: BlockState;
  event?: CalendarEvent;
  displacedBy?: string;
}

/** Each planned block's state, from the captured events the plan tagged as that block. */
export function blockOutcomes(
  blocks: readonly PlannedBlock[],
  events: readonly CalendarEvent[],
  tags: ReadonlyMap<string, Tag>,
  now: number,
): BlockOutcome[] {
  const byBlock = new Map<string, CalendarEvent>();
  for (const event of events) {
    const tag = tags.get(event.id);
    if (tag?.blockId && exclusionReason(event) === null) byBlock.set(tag.blockId, event);
  }
  return blocks.map((block) => {
    const event = byBlock.get(block.id);
    if (!event) return { block, state: 'not-scheduled' };
    const tag = tags.get(event.id)!;
    const status = effectiveStatus(tag);
    if (status === 'happened') return { block, state: 'happened', event };
    if (status === 'displaced') {
      const outcome: BlockOutcome = { block, state: 'displaced', event };
      if (tag.displacedBy) outcome.displacedBy = tag.displacedBy;
      return outcome;
    }
    return { block, state: event.end <= now ? 'to-confirm' : 'on-calendar', event };
  });
}

export interface ProposalInput {
  weekKey: string;
  plan: Pick<WeekPlan, 'minutes' | 'blocks'>;
  events: readonly CalendarEvent[];
  tags: ReadonlyMap<string, Tag>;
  /** Times the leader dropped: never proposed again in this session. */
  avoid: readonly TimeRange[];
  schoolDay: { start: string; end: string };
  now: number;
}

/** Timed events that count as busy: not declined, not cancelled, not removed; all-day events do not block. */
export function busyTime(events: readonly CalendarEvent[]): TimeRange[] {
  return events
    .filter((e) => exclusionReason(e) === null && e.end > e.start)
    .map((e) => ({ start: e.start, end: e.end }));
}

/**
 * "Find time" for a plan: blocks already on the calendar are kept and count toward the plan; the rest
 * of the planned minutes get new proposals (replacing earlier ones that never reached the calendar).
 */
export function proposeForPlan(input: ProposalInput): FindTimeResult & { kept: PlannedBlock[] } {
  const outcomes = blockOutcomes(input.plan.blocks ?? [], input.events, input.tags, input.now);
  const kept = outcomes.filter((o) => o.state !== 'not-scheduled').map((o) => o.block);
  const remaining: Record<string, number> = {};
  for (const [activity, minutes] of Object.entries(input.plan.minutes)) {
    const already = kept.filter((b) => b.activity === activity).reduce((s, b) => s + (b.end - b.start) / MINUTE_MS, 0);
    if (minutes - already > 0) remaining[activity] = minutes - already;
  }
  const result = findTime({
    weekKey: input.weekKey,
    plan: remaining,
    busy: [...busyTime(input.events), ...input.avoid],
    schoolDay: input.schoolDay,
    now: input.now,
  });
  return { ...result, kept };
}

export interface PlanSuggestion {
  /** About how many minutes AI will give back this week. */
  totalMinutes: number;
  minutes: Record<string, number>;
  /** One line: where the number comes from. */
  source: string;
}

/** suggestPlan from what is stored: last week's entries (one-off ones only) and the repeating estimates still running. */
export function suggestPlanFrom(
  lastWeekEntries: readonly Pick<ReclaimedEntry, 'minutes' | 'recurringId'>[],
  estimates: readonly Pick<RecurringEstimate, 'minutes' | 'stoppedAt'>[],
  previous: Pick<WeekPlan, 'minutes'> | undefined,
): PlanSuggestion | null {
  return suggestPlan({
    lastWeekOneOffMinutes: lastWeekEntries.filter((e) => !e.recurringId).reduce((s, e) => s + e.minutes, 0),
    weeklyEstimateMinutes: estimates.filter((e) => e.stoppedAt === null).reduce((s, e) => s + e.minutes, 0),
    previous,
  });
}

/** The instructional split when the leader has not planned before: walkthroughs and coaching, half each. */
const FIRST_SPLIT: Record<string, number> = { walkthrough: 0.5, coaching: 0.5 };

/**
 * What to pre-fill a new plan with: last week's one-off time saved plus the weekly repeating estimates
 * still running, split as the leader last planned (rounded to 15 minutes).
 */
export function suggestPlan(input: {
  lastWeekOneOffMinutes: number;
  weeklyEstimateMinutes: number;
  previous?: Pick<WeekPlan, 'minutes'> | undefined;
}): PlanSuggestion | null {
  const total = Math.round(input.lastWeekOneOffMinutes + input.weeklyEstimateMinutes);
  if (total < 15) return null;
  const previousTotal = Object.values(input.previous?.minutes ?? {}).reduce((s, m) => s + m, 0);
  const split =
    previousTotal > 0
      ? Object.fromEntries(Object.entries(input.previous!.minutes).map(([a, m]) => [a, m / previousTotal]))
      : FIRST_SPLIT;
  const minutes: Record<string, number> = {};
  for (const [activity, share] of Object.entries(split)) {
    const m = Math.round((total * share) / 15) * 15;
    if (m > 0) minutes[activity] = m;
  }
  const parts = [
    input.lastWeekOneOffMinutes > 0 ? `${formatMinutes(input.lastWeekOneOffMinutes)} saved last week` : null,
    input.weeklyEstimateMinutes > 0
      ? `${formatMinutes(input.weeklyEstimateMinutes)} your weekly repeating tasks save`
      : null,
  ].filter((p) => p !== null);
  const how = previousTotal > 0 ? 'split as you planned last time' : 'split between walkthroughs and coaching';
  return {
    totalMinutes: total,
    minutes,
    source: `About ${formatMinutes(total)} this week (${parts.join(' plus ')}), ${how}.`,
  };
}

/** The calendars whose "add" links a week's blocks get: where its events came from, else the last one read. */
export function protectHosts(events: readonly CalendarEvent[], lastRead: HostId | undefined): HostId[] {
  const seen = HOST_IDS.filter((id) => events.some((e) => e.source === id));
  return seen.length > 0 ? seen : lastRead ? [lastRead] : [];
}
