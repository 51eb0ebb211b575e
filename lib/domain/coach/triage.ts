import { dateFormat, formatHours, formatPercent } from '../time/format';
import { DAY_MS, roundTo } from '../time/numbers';
import { reasonColumn, type TrendRow } from '../files/trend-format';
import { fromIsoDate } from '../time/week';

/**
 * The coach's Monday question: which of my leaders need a conversation, and about what? Each leader is
 * compared with their own baseline and their own weeks before — never ranked against the others.
 */

/** Weeks a "recent" figure covers, and the weeks before it that a change is measured against. */
export const TRIAGE_WEEKS = 4;

export type FlagKind =
  | 'below-baseline'
  | 'rate-fell'
  | 'stale'
  | 'open-loops'
  | 'displaced'
  | 'feedback-late'
  | 'responder-gap'
  | 'coverage';

export interface Flag {
  kind: FlagKind;
  /** One plain sentence: why a conversation may help. */
  text: string;
}

export interface TriageRow {
  leader: string;
  /** The last week a file covers. */
  lastWeek: string;
  /** Walkthrough + coaching hours a week over the last four weeks of data. */
  visitsAndCoaching: number | null;
  /** The leader's own baseline (from the files, else the mean of their first three weeks). */
  baseline: number | null;
  /** Redirected / reclaimed over the last four weeks, and over the four before. */
  rate: number | null;
  previousRate: number | null;
  /** Reclaimed hours that did not become walkthroughs or coaching, over the last four weeks (null while measuring). */
  absorbed: number | null;
  /** Walkthroughs with no feedback conversation after them, over the last four weeks (where the files say). */
  openLoops: number | null;
  planned: number | null;
  displaced: number | null;
  /** From the daily reconcile (version 2 files): visits whose feedback window closed, and those followed in time. */
  feedback: { judged: number; followed: number } | null;
  /** Hours lost to a reason in weeks where nobody was named to take it, over the last four weeks, by reason. */
  gaps: { reason: string; hours: number }[];
  /** Share of the staff seen within the target in the newest week that says, and the target. */
  coverage: { share: number; weeks: number } | null;
  flags: Flag[];
}

const round = (n: number) => roundTo(n, 2);
const sum = (rows: readonly TrendRow[], f: (r: TrendRow) => number) => rows.reduce((s, r) => s + f(r), 0);
const known = (rows: readonly TrendRow[], f: (r: TrendRow) => number | null) => {
  const values = rows.map(f).filter((v): v is number => v !== null);
  return values.length ? round(values.reduce((a, b) => a + b, 0)) : null;
};
const rateOf = (rows: readonly TrendRow[]) => {
  const reclaimed = sum(rows, (r) => r.reclaimed_hours);
  return reclaimed > 0 ? round(sum(rows, (r) => r.redirected_hours ?? 0) / reclaimed) : null;
};
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const spelled = (n: number) => WORDS[n] ?? String(n);
const dateLabel = (weekKey: string) =>
  dateFormat('en-US', { month: 'short', day: 'numeric' }).format(fromIsoDate(weekKey));
const weeksBetween = (a: string, b: string) =>
  Math.round((fromIsoDate(b).getTime() - fromIsoDate(a).getTime()) / (7 * DAY_MS));

/** Thresholds a flag needs, kept together so each is tested at its edge. */
export const FLAG_RULES = {
  /** Walkthrough + coaching this many hours a week under the leader's own baseline. */
  belowBaselineHours: 0.5,
  /** The redirect rate fell by at least this much (a fraction) from the four weeks before. */
  rateFall: 0.15,
  /** No file for at least this many weeks after the newest week any leader's file covers. */
  staleWeeks: 2,
  /** Walkthroughs without feedback over the last four weeks. */
  openLoops: 3,
  /** Share of planned protected hours that were displaced. */
  displacedShare: 0.5,
  /** Visits whose feedback window closed before the share is judged, and the share followed in time below which… */
  feedbackJudged: 4,
  feedbackShare: 0.5,
  /** Hours lost to one reason with no First Responder named, over four weeks. */
  gapHours: 2,
  /** Share of the staff seen within the target. */
  coverageShare: 0.5,
} as const;

/** A reason as a coach's sentence names it ("Discipline took 5 h …"). */
const REASON_WORDS: Record<string, string> = {
  discipline: 'Discipline',
  'walk-in': 'Walk-ins',
  district: 'District calls and meetings',
  coverage: 'Staff coverage',
  safety: 'Safety and facilities',
  'meeting-ran-over': 'Meetings running over',
  paperwork: 'Email and paperwork',
};

/** One leader's triage row from their rows (any order) and the newest week any file covers. */
export function triageLeader(leader: string, rows: readonly TrendRow[], newestWeek: string): TriageRow {
  const sorted = [...rows].sort((a, b) => a.week_start.localeCompare(b.week_start));
  const recent = sorted.slice(-TRIAGE_WEEKS);
  const before = sorted.slice(-2 * TRIAGE_WEEKS, -TRIAGE_WEEKS);
  const lastWeek = sorted.at(-1)?.week_start ?? newestWeek;
  const fromFiles = [...sorted].reverse().find((r) => r.baseline_hours !== null)?.baseline_hours ?? null;
  const firstWeeks = sorted.slice(0, 3);
  const baseline =
    fromFiles ??
    (firstWeeks.length
      ? round(sum(firstWeeks, (r) => r.walkthrough_hours + r.coaching_hours) / firstWeeks.length)
      : null);
  const visitsAndCoaching = recent.length
    ? round(sum(recent, (r) => r.walkthrough_hours + r.coaching_hours) / recent.length)
    : null;
  const row: Omit<TriageRow, 'flags'> = {
    leader,
    lastWeek,
    visitsAndCoaching,
    baseline,
    rate: rateOf(recent),
    previousRate: before.length ? rateOf(before) : null,
    // Only weeks with a baseline say what was redirected; while it is measured, nothing is called absorbed.
    absorbed: known(recent, (r) =>
      r.redirected_hours === null ? null : Math.max(0, r.reclaimed_hours - r.redirected_hours),
    ),
    openLoops: known(recent, (r) => r.open_loops),
    planned: known(recent, (r) => r.planned_hours),
    displaced: known(recent, (r) => r.displaced_hours),
    feedback: feedbackOf(recent),
    gaps: gapsOf(recent),
    coverage: coverageOf(recent),
  };
  return { ...row, flags: flagsFor(row, newestWeek) };
}

function feedbackOf(rows: readonly TrendRow[]): TriageRow['feedback'] {
  const known = rows.filter((r) => r.visits_owed_feedback !== null);
  if (known.length === 0) return null;
  return {
    judged: sum(known, (r) => r.visits_owed_feedback ?? 0),
    followed: sum(known, (r) => r.visits_followed_in_two_days ?? 0),
  };
}

function gapsOf(rows: readonly TrendRow[]): TriageRow['gaps'] {
  const hours = new Map<string, number>();
  for (const r of rows)
    for (const reason of r.unassigned_reasons?.split(';') ?? []) {
      const lost = r[reasonColumn(reason)];
      if (reason in REASON_WORDS && lost) hours.set(reason, round((hours.get(reason) ?? 0) + lost));
    }
  return [...hours].map(([reason, h]) => ({ reason, hours: h })).sort((a, b) => b.hours - a.hours);
}

function coverageOf(rows: readonly TrendRow[]): TriageRow['coverage'] {
  const last = [...rows].reverse().find((r) => r.coverage !== null && r.coverage_weeks !== null);
  return last ? { share: last.coverage!, weeks: last.coverage_weeks! } : null;
}

/** Why a conversation may help, each in a sentence; none when the leader is doing as they usually do. */
export function flagsFor(row: Omit<TriageRow, 'flags'>, newestWeek: string): Flag[] {
  const flags: Flag[] = [];
  const missing = weeksBetween(row.lastWeek, newestWeek);
  if (missing >= FLAG_RULES.staleWeeks)
    flags.push({ kind: 'stale', text: `No file since the week of ${dateLabel(row.lastWeek)}.` });
  if (row.rate !== null && row.previousRate !== null && row.previousRate - row.rate >= FLAG_RULES.rateFall - 1e-9)
    flags.push({
      kind: 'rate-fell',
      text: `Redirect rate fell from ${formatPercent(row.previousRate)} to ${formatPercent(row.rate)} over four weeks.`,
    });
  if (
    row.visitsAndCoaching !== null &&
    row.baseline !== null &&
    row.baseline - row.visitsAndCoaching >= FLAG_RULES.belowBaselineHours - 1e-9
  )
    flags.push({
      kind: 'below-baseline',
      text: `Walkthroughs and coaching came to ${formatHours(row.visitsAndCoaching)} a week, under their own baseline of ${formatHours(row.baseline)}.`,
    });
  if (row.openLoops !== null && row.openLoops >= FLAG_RULES.openLoops) {
    const n = spelled(row.openLoops);
    flags.push({ kind: 'open-loops', text: `${n[0]!.toUpperCase()}${n.slice(1)} walkthroughs without feedback.` });
  }
  if (
    row.planned !== null &&
    row.displaced !== null &&
    row.planned > 0 &&
    row.displaced / row.planned >= FLAG_RULES.displacedShare
  )
    flags.push({
      kind: 'displaced',
      text: `${formatHours(row.displaced)} of the ${formatHours(row.planned)} of protected time they planned was displaced.`,
    });
  if (
    row.feedback &&
    row.feedback.judged >= FLAG_RULES.feedbackJudged &&
    row.feedback.followed / row.feedback.judged < FLAG_RULES.feedbackShare
  )
    flags.push({
      kind: 'feedback-late',
      text: `Feedback followed ${row.feedback.followed} of ${row.feedback.judged} visits within two days.`,
    });
  for (const gap of row.gaps.filter((g) => g.hours >= FLAG_RULES.gapHours - 1e-9))
    flags.push({
      kind: 'responder-gap',
      text: `${REASON_WORDS[gap.reason]} took ${formatHours(gap.hours)} of protected time in four weeks; no First Responder is named for it.`,
    });
  if (row.coverage && row.coverage.share < FLAG_RULES.coverageShare)
    flags.push({
      kind: 'coverage',
      text: `Saw ${formatPercent(row.coverage.share)} of their staff within ${row.coverage.weeks === 1 ? 'a week' : `${row.coverage.weeks} weeks`}.`,
    });
  return flags;
}

/** Each leader's rows, in the order they were read (leaders in order of first appearance). */
export function rowsByLeader(rows: readonly TrendRow[]): Map<string, TrendRow[]> {
  const byLeader = new Map<string, TrendRow[]>();
  for (const r of rows) {
    const list = byLeader.get(r.leader);
    if (list) list.push(r);
    else byLeader.set(r.leader, [r]);
  }
  return byLeader;
}

/**
 * Every leader's row, from their rows grouped by leader. The default order puts leaders with more reasons for a
 * conversation first, then by name: a to-do list, never a ranking of who is best.
 */
export function triage(byLeader: ReadonlyMap<string, readonly TrendRow[]>): TriageRow[] {
  let newestWeek = '';
  for (const list of byLeader.values()) for (const r of list) if (r.week_start > newestWeek) newestWeek = r.week_start;
  return [...byLeader]
    .map(([leader, list]) => triageLeader(leader, list, newestWeek))
    .sort((a, b) => b.flags.length - a.flags.length || a.leader.localeCompare(b.leader));
}
