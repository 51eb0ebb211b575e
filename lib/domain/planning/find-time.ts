/**
 * lib/domain/planning: the hours given back and where they are meant to go — time saved and repeating estimates,
 * the week's plan, the school day's shape, Find time (this module), protected blocks and the calendar links that
 * put them on the calendar.
 */
import { activityLabel } from '../events/activities';
import { MINUTE_MS } from '../time/numbers';
import type { PlannedBlock } from './plan';
import {
  type BlockMinutes,
  DAY_PARTS,
  type DayPart,
  type DayShape,
  dayPartAt,
  dayShape,
  type SchoolDay,
} from './school-day';
import { fromIsoDate, type TimeRange } from '../time/week';

/**
 * "Find time": turns the week's plan into blocks a leader would keep (research/leader-practice.md §3–4):
 * - walkthroughs and observations only while classes are in session, at varied parts of the day and on
 *   different days, preferring the parts the leader's tagged walkthroughs covered least in the last weeks;
 * - each visit followed by a feedback conversation within two school days (the next day preferred), because
 *   visits alone rarely help (Grissom, Loeb & Master 2013) — the two are one pair;
 * - blocks of the activity's own length, a buffer around every event, at most a few blocks a day.
 * Pure: the plan, busy time, the school day's shape, now and the recent visits in; blocks out.
 */

export interface ProposedBlock {
  /** Stable for the same activity and time: the .ics UID and the link to the plan are built from it. */
  id: string;
  activity: string;
  start: number;
  end: number;
  /** One line a person reads: why this time. */
  why: string;
  /** A feedback conversation names the visit it follows: the two are shown and dropped as a pair. */
  follows?: string;
}

export interface FindTimeInput {
  weekKey: string;
  /** Minutes per activity still to place. */
  plan: Readonly<Record<string, number>>;
  /** Time that is taken: timed events that count as busy, and times the leader dropped. */
  busy: readonly TimeRange[];
  schoolDay: SchoolDay;
  blockMinutes: BlockMinutes;
  now: number;
  /** Blocks already on the calendar: they count toward each day's limit; a visit among them still gets its conversation. */
  kept?: readonly PlannedBlock[];
  /** Starts of the leader's tagged walkthroughs and observations in the four weeks before this one. */
  recentVisits?: readonly number[];
}

export interface FindTimeResult {
  blocks: ProposedBlock[];
  /** Planned minutes per activity that did not fit. */
  unplaced: { activity: string; minutes: number }[];
  /** Visits with no conversation after them: the plan had too little coaching and feedback time for them. */
  unpairedVisits: number;
  /** Minutes of feedback conversations that would close every visit's loop (what "add them" adds). */
  missingFeedbackMinutes: number;
  message: string | null;
}

export const VISITS: readonly string[] = ['walkthrough', 'observation'];
/** Conversations that follow a visit, in the order their planned minutes are used. */
export const CONVERSATIONS: readonly string[] = ['feedback', 'coaching'];
const STEP_MS = 5 * MINUTE_MS;
const WEEK_MS = 7 * 24 * 60 * MINUTE_MS;
/** The shortest feedback conversation worth having (the practice is 15–30 minutes). */
const SHORTEST_CONVERSATION = 15;
/** PLC and data teams meet for the length the leader asked, in one block (up to half a day). */
const ONE_BLOCK = new Set(['plc']);
const OTHER_BLOCK = 45;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const CLASSES: Record<DayPart, string> = {
  'early-morning': 'Early-morning classes',
  'late-morning': 'Late-morning classes',
  'early-afternoon': 'Afternoon classes',
  'late-afternoon': 'Late-afternoon classes',
};
const WHEN: Record<DayPart, string> = {
  'early-morning': 'early in the morning',
  'late-morning': 'late in the morning',
  'early-afternoon': 'after lunch',
  'late-afternoon': 'late in the afternoon',
};

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

/** How many blocks of the activity's own length a planned number of minutes makes (at least one). */
export function blockCount(minutes: number, length: number): number {
  return minutes <= 0 ? 0 : Math.max(1, Math.round(minutes / length));
}

interface Day {
  index: number;
  date: Date;
  shape: DayShape;
  /** Blocks on this day, kept and proposed: at most `maxBlocksPerDay`. */
  blocks: number;
}

interface Requests {
  visits: { activity: string; length: number }[];
  /** One conversation per visit, up to what the plan's coaching and feedback time pays for. */
  conversations: { activity: string; length: number }[];
  /** Conversation time left after the pairs. */
  standalone: { activity: string; length: number }[];
  other: { activity: string; length: number }[];
}

/** Splits the plan into blocks: visits, the conversations that follow them, the rest. */
function requestsOf(plan: Readonly<Record<string, number>>, sizes: BlockMinutes, keptVisits: number): Requests {
  const visits = VISITS.flatMap((activity) =>
    Array.from({ length: blockCount(plan[activity] ?? 0, sizes[activity as keyof BlockMinutes]) }, () => ({
      activity,
      length: sizes[activity as keyof BlockMinutes],
    })),
  );
  const budget = new Map(CONVERSATIONS.map((a) => [a, plan[a] ?? 0]));
  const total = [...budget.values()].reduce((s, m) => s + m, 0);
  const needed = visits.length + keptVisits;
  // Each visit's conversation is the feedback length, shorter (not under 15 min) when the plan has less.
  const length =
    needed === 0
      ? sizes.feedback
      : Math.max(SHORTEST_CONVERSATION, Math.min(sizes.feedback, Math.floor(total / needed / 5) * 5));
  const conversations: Requests['conversations'] = [];
  for (let i = 0; i < needed; i++) {
    if ([...budget.values()].reduce((s, m) => s + m, 0) < length) break;
    // Feedback minutes first, then coaching; the conversation is named after what paid for most of it.
    let left = length;
    const paid = new Map<string, number>();
    for (const activity of CONVERSATIONS) {
      const take = Math.min(left, budget.get(activity)!);
      budget.set(activity, budget.get(activity)! - take);
      paid.set(activity, take);
      left -= take;
    }
    const from = CONVERSATIONS.reduce((a, b) => (paid.get(b)! > paid.get(a)! ? b : a));
    conversations.push({ activity: from, length });
  }
  const standalone = CONVERSATIONS.flatMap((activity) => {
    const size = sizes[activity as keyof BlockMinutes];
    const left = budget.get(activity)!;
    // What is left after the pairs becomes conversations of their own, if there is a useful amount.
    return left >= SHORTEST_CONVERSATION
      ? Array.from({ length: blockCount(left, size) }, () => ({ activity, length: Math.min(size, left) }))
      : [];
  });
  const other = Object.entries(plan)
    .filter(([activity, minutes]) => minutes > 0 && !VISITS.includes(activity) && !CONVERSATIONS.includes(activity))
    .flatMap(([activity, minutes]) =>
      ONE_BLOCK.has(activity)
        ? [{ activity, length: Math.min(Math.ceil(minutes / 5) * 5, 240) }]
        : Array.from({ length: blockCount(minutes, OTHER_BLOCK) }, () => ({ activity, length: OTHER_BLOCK })),
    );
  return { visits, conversations, standalone, other };
}

/**
 * The earliest start in `window` (on a 5-minute step, not before `notBefore`, starting before `startBefore`)
 * where `length` fits with `buffer` clear of everything taken.
 */
function firstFit(
  window: TimeRange,
  length: number,
  taken: readonly TimeRange[],
  buffer: number,
  notBefore: number,
  startBefore = window.end,
): TimeRange | null {
  let start = Math.ceil(Math.max(window.start, notBefore) / STEP_MS) * STEP_MS;
  for (;;) {
    const end = start + length;
    if (start >= startBefore || end > window.end) return null;
    const clash = taken.find((t) => t.start < end + buffer && t.end > start - buffer);
    if (!clash) return { start, end };
    start = Math.ceil((clash.end + buffer) / STEP_MS) * STEP_MS;
  }
}

/** How the leader's recent visits covered each part of the day. */
function coverage(recent: readonly number[], schoolDay: SchoolDay) {
  const counts = new Map<DayPart, number>();
  const last = new Map<DayPart, number>();
  for (const t of recent) {
    const part = dayPartAt(t, schoolDay);
    if (!part) continue;
    counts.set(part, (counts.get(part) ?? 0) + 1);
    last.set(part, Math.max(last.get(part) ?? 0, t));
  }
  return { counts, last, known: recent.length > 0 };
}

export function findTime(input: FindTimeInput): FindTimeResult {
  const { schoolDay, now } = input;
  const buffer = schoolDay.bufferMinutes * MINUTE_MS;
  const days: Day[] = schoolDates(input.weekKey).map((date, index) => ({
    index,
    date,
    shape: dayShape(date, schoolDay),
    blocks: 0,
  }));
  const dayOf = (t: number) => days.find((d) => t >= d.shape.office.start && t < d.shape.afterSchool.end);
  for (const k of input.kept ?? []) {
    const d = dayOf(k.start);
    if (d) d.blocks++;
  }
  const open = (d: Day) => d.blocks < schoolDay.maxBlocksPerDay && d.shape.afterSchool.end > now;
  const taken: TimeRange[] = [...input.busy];
  const blocks: ProposedBlock[] = [];
  const unplaced = new Map<string, number>();
  const notPlaced = (r: { activity: string; length: number }) =>
    unplaced.set(r.activity, (unplaced.get(r.activity) ?? 0) + r.length);
  const place = (d: Day, activity: string, slot: TimeRange, why: string, follows?: string): ProposedBlock => {
    const block: ProposedBlock = { id: blockId(activity, slot.start), activity, ...slot, why };
    if (follows) block.follows = follows;
    blocks.push(block);
    taken.push(slot);
    d.blocks++;
    return block;
  };

  const history = coverage(input.recentVisits ?? [], schoolDay);
  const keptVisits = (input.kept ?? []).filter(
    (k) => VISITS.includes(k.activity) && !(input.kept ?? []).some((c) => c.follows === k.id),
  );
  const requests = requestsOf(input.plan, input.blockMinutes, keptVisits.length);
  const usedParts = new Set<DayPart>();
  const visitDays = new Set<number>();
  const conversationsLeft = [...requests.conversations];

  /** Where a conversation after `visit` can go: the next school day first, then the same day, then the day after. */
  const conversationSlot = (visit: TimeRange, length: number) => {
    const visitDay = dayOf(visit.start);
    if (!visitDay) return null;
    for (const [offset, relation] of [
      [1, 'the next school day'],
      [0, 'the same day'],
      [2, 'two school days later'],
    ] as const) {
      const d = days[visitDay.index + offset];
      if (!d || !open(d)) continue;
      const notBefore = Math.max(now, offset === 0 ? visit.end : 0);
      for (const window of conversationWindows(d.shape)) {
        const slot = firstFit(window, length * MINUTE_MS, taken, buffer, notBefore);
        if (slot) return { day: d, slot, relation };
      }
    }
    return null;
  };

  /**
   * A visit, with its conversation when one is planned: the best-scoring slot whose pair also fits. True when the
   * visit was placed without a conversation (none was left to pair it with).
   */
  const placeVisit = (visit: { activity: string; length: number }): boolean => {
    const candidates = days.filter(open).flatMap((d) =>
      d.shape.parts.flatMap(({ part, range }) => {
        // A visit starts in its part of the day and may run on while the same classes are in session (the parts are
        // in time order inside the instruction ranges, so the first range that ends after the part holds it).
        const inClass = d.shape.instruction.find((r) => range.end <= r.end)!;
        const window = { start: range.start, end: inClass.end };
        const slot = firstFit(window, visit.length * MINUTE_MS, taken, buffer, now, range.end);
        return slot ? [{ d, part, slot }] : [];
      }),
    );
    const score = (c: (typeof candidates)[number]) =>
      (usedParts.has(c.part) ? 100 : 0) +
      (visitDays.has(c.d.index) ? 50 : 0) +
      10 * (history.counts.get(c.part) ?? 0) +
      5 * c.d.blocks +
      c.d.index;
    // The candidates are in time order and the sort is stable: of equal scores, the earliest comes first.
    candidates.sort((a, b) => score(a) - score(b));
    const conversation = conversationsLeft[0];
    for (const c of candidates) {
      if (!conversation) {
        commitVisit(c, visit);
        return true;
      }
      // Try the visit, then its conversation; undo the visit when the conversation does not fit.
      taken.push(c.slot);
      c.d.blocks++;
      const after = conversationSlot(c.slot, conversation.length);
      taken.pop();
      c.d.blocks--;
      if (!after) continue;
      const placed = commitVisit(c, visit);
      placeConversation(after, { day: c.d, activity: visit.activity, id: placed.id });
      return false;
    }
    notPlaced(visit);
    return false;
  };
  /** The next planned conversation, in the slot found after its visit, named as following it. */
  const placeConversation = (
    after: NonNullable<ReturnType<typeof conversationSlot>>,
    visit: { day: Day; activity: string; id: string },
  ) => {
    const conversation = conversationsLeft.shift()!;
    const why = conversationWhy(conversation.activity, visit, after.relation);
    place(after.day, conversation.activity, after.slot, why, visit.id);
  };
  const commitVisit = (c: { d: Day; part: DayPart; slot: TimeRange }, visit: { activity: string }) => {
    usedParts.add(c.part);
    visitDays.add(c.d.index);
    return place(c.d, visit.activity, c.slot, visitWhy(c.part, history, now, usedParts.size > 1));
  };

  // Visits already on the calendar without their conversation get one first (they cannot move).
  for (const k of keptVisits) {
    const conversation = conversationsLeft[0];
    if (!conversation) break;
    const after = conversationSlot(k, conversation.length);
    const d = dayOf(k.start);
    if (!after || !d) continue;
    placeConversation(after, { day: d, activity: k.activity, id: k.id });
  }
  let unpaired = keptVisits.length - (requests.conversations.length - conversationsLeft.length);
  for (const visit of requests.visits) if (placeVisit(visit)) unpaired++;
  // Conversations planned for visits that found no slot become conversations of their own.
  const standalone = [...conversationsLeft, ...requests.standalone];
  for (const r of [...requests.other, ...standalone].sort((a, b) => b.length - a.length)) {
    const conversation = CONVERSATIONS.includes(r.activity);
    const choice = days
      .filter(open)
      .sort((a, b) => a.blocks - b.blocks || a.index - b.index)
      .flatMap((d) => {
        const windows = conversation ? conversationWindows(d.shape) : [...d.shape.instruction, d.shape.afterSchool];
        for (const window of windows) {
          const slot = firstFit(window, r.length * MINUTE_MS, taken, buffer, now);
          if (slot) return [{ d, slot, window }];
        }
        return [];
      })[0];
    if (!choice) {
      notPlaced(r);
      continue;
    }
    const dayName = DAY_NAMES[choice.d.date.getDay()]!;
    const when =
      choice.window === choice.d.shape.afterSchool
        ? 'after school, when teachers are free'
        : choice.window === choice.d.shape.office
          ? 'before classes'
          : 'during the school day';
    const why = conversation
      ? `${dayName}, ${when}: the day with the least protected time.`
      : `${dayName}: the first free ${r.length} minutes, on the day with the least protected time.`;
    place(choice.d, r.activity, choice.slot, why);
  }

  blocks.sort((a, b) => a.start - b.start);
  const missing = [...unplaced.entries()].map(([activity, minutes]) => ({ activity, minutes }));
  const noConversations = requests.conversations.length + requests.standalone.length === 0;
  return {
    blocks,
    unplaced: missing,
    unpairedVisits: unpaired,
    missingFeedbackMinutes: unpaired * input.blockMinutes.feedback,
    message: messageFor(blocks, missing, unpaired, noConversations, schoolDay),
  };
}

/** Where a coaching or feedback conversation may go, in order: after school, while classes run, the office time. */
function conversationWindows(shape: DayShape): TimeRange[] {
  return [shape.afterSchool, ...shape.instruction, shape.office];
}

function visitWhy(part: DayPart, history: ReturnType<typeof coverage>, now: number, varied: boolean): string {
  const where = CLASSES[part];
  const elsewhere = `${where}: a different part of the day from this week's other visits.`;
  if (!history.known) return varied ? elsewhere : `${where}, while they are in session.`;
  const n = history.counts.get(part) ?? 0;
  if (n === 0) return `${where}: no walkthrough ${WHEN[part]} in the last 4 weeks.`;
  const weeks = Math.floor((now - history.last.get(part)!) / WEEK_MS);
  if (weeks >= 2) return `${where}: no walkthrough ${WHEN[part]} in ${weeks} weeks.`;
  const fewest = Math.min(...DAY_PARTS.map((p) => history.counts.get(p) ?? 0));
  if (n === fewest) return `${where}: the part of the day you have visited least lately (${n} in 4 weeks).`;
  return varied ? elsewhere : `${where}, while they are in session.`;
}

function conversationWhy(activity: string, visit: { day: Day; activity: string }, relation: string): string {
  const what = activity === 'feedback' ? 'Feedback' : 'A coaching conversation';
  const visitName = activityLabel(visit.activity).toLowerCase();
  return `${what} after ${DAY_NAMES[visit.day.date.getDay()]}'s ${visitName}, ${relation}, while it is fresh.`;
}

function messageFor(
  blocks: readonly ProposedBlock[],
  missing: readonly { activity: string; minutes: number }[],
  unpaired: number,
  noConversations: boolean,
  schoolDay: SchoolDay,
): string | null {
  const parts: string[] = [];
  // Which of the school day's rules left no room, in the words of the settings.
  const why =
    `a block needs ${schoolDay.bufferMinutes} free minutes around it, walkthroughs need class time and a ` +
    `conversation within two school days, and a day takes at most ${schoolDay.maxBlocksPerDay} protected blocks.`;
  if (blocks.length === 0 && missing.length > 0)
    parts.push(
      'No free time is left in your school day this week for these blocks. Shorten the plan, move something on your calendar, or plan next week.',
    );
  else if (missing.length > 0)
    parts.push(
      `Not everything fitted: ${missing.map((m) => `${m.minutes} min of ${activityLabel(m.activity).toLowerCase()}`).join(', ')} ` +
        `could not be placed — ${why}`,
    );
  if (unpaired > 0)
    parts.push(
      noConversations
        ? 'Walkthroughs on their own rarely help teachers grow: a short feedback conversation within a day or two is what makes a visit count.'
        : `${unpaired} ${unpaired === 1 ? 'visit has' : 'visits have'} no feedback conversation after ` +
            `${unpaired === 1 ? 'it' : 'them'}: the plan's coaching and feedback time ran out.`,
    );
  return parts.length ? parts.join(' ') : null;
}
