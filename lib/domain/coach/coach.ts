/**
 * lib/domain/coach: the coach's view of many leaders — the merged set of their trend files and its cached summary
 * (this module), and the triage that says who might need a conversation.
 */
import { z } from '../../zod';
import { TrendRowSchema, type TrendRow } from '../files/trend-format';
import { rowsByLeader, triage, type TriageRow } from './triage';

/** A leader-week in the coach's merged set, with where it came from and any disagreeing file. */
export const CoachRowSchema = z.strictObject({
  leader: z.string().min(1).max(60),
  weekStart: z.string(),
  row: TrendRowSchema,
  files: z.array(z.string().max(300)).max(200),
  /** Another file said something different about the same leader-week: kept here, never overwriting. */
  conflicts: z.array(z.strictObject({ file: z.string().max(300), row: TrendRowSchema })).max(50),
});
export type CoachRow = z.infer<typeof CoachRowSchema>;

const sameValues = (a: TrendRow, b: TrendRow) => JSON.stringify(a) === JSON.stringify(b);

export interface MergeResult {
  rows: CoachRow[];
  added: number;
  unchanged: number;
  conflicts: { leader: string; weekStart: string; file: string }[];
}

/** Merges a file's rows into the existing set by leader and week: re-adding a file changes nothing. */
export function mergeRows(
  existing: ReadonlyMap<string, CoachRow>,
  file: string,
  incoming: readonly TrendRow[],
): MergeResult {
  const result: MergeResult = { rows: [], added: 0, unchanged: 0, conflicts: [] };
  for (const row of incoming) {
    const key = `${row.leader}\u0000${row.week_start}`;
    const current = existing.get(key);
    if (!current) {
      result.rows.push({ leader: row.leader, weekStart: row.week_start, row, files: [file], conflicts: [] });
      result.added++;
    } else if (sameValues(current.row, row) || current.conflicts.some((c) => sameValues(c.row, row))) {
      const files = current.files.includes(file) ? current.files : [...current.files, file];
      if (files !== current.files) result.rows.push({ ...current, files });
      result.unchanged++;
    } else {
      result.rows.push({ ...current, conflicts: [...current.conflicts, { file, row }] });
      result.conflicts.push({ leader: row.leader, weekStart: row.week_start, file });
    }
  }
  return result;
}

export interface CohortWeek {
  weekStart: string;
  leaders: number;
  /** Walkthrough + coaching hours across leaders. */
  median: number;
  p25: number;
  p75: number;
  medianReclaimed: number;
  medianRedirectRate: number | null;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return Math.round((sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)) * 100) / 100;
}

/** Median and spread (25th–75th percentile) across leaders for every week. */
export function cohortByWeek(rows: readonly TrendRow[]): CohortWeek[] {
  const byWeek = new Map<string, TrendRow[]>();
  for (const r of rows) {
    const list = byWeek.get(r.week_start);
    if (list) list.push(r);
    else byWeek.set(r.week_start, [r]);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, list]) => {
      const wtc = list.map((r) => r.walkthrough_hours + r.coaching_hours).sort((a, b) => a - b);
      const reclaimed = list.map((r) => r.reclaimed_hours).sort((a, b) => a - b);
      const rates = list
        .map((r) => r.redirect_rate)
        .filter((x): x is number => x !== null)
        .sort((a, b) => a - b);
      return {
        weekStart,
        leaders: list.length,
        median: quantile(wtc, 0.5),
        p25: quantile(wtc, 0.25),
        p75: quantile(wtc, 0.75),
        medianReclaimed: quantile(reclaimed, 0.5),
        medianRedirectRate: rates.length ? quantile(rates, 0.5) : null,
      };
    });
}

/** The shape of the cached summary; a cache of another shape is rebuilt (db.ts). */
export const COACH_SUMMARY_VERSION = 3;
/** Weeks each leader's small chart shows. */
export const MULTIPLE_WEEKS = 12;

/**
 * What the coach view draws first, cached in the store and rebuilt with every import (reading 130,000 rows
 * takes seconds): the cohort by week, who needs a conversation, and each leader's latest weeks.
 */
export interface CoachSummary {
  version: typeof COACH_SUMMARY_VERSION;
  weeks: CohortWeek[];
  leaders: string[];
  rows: number;
  conflicts: { leader: string; weekStart: string; files: string[]; others: string[] }[];
  triage: TriageRow[];
  /** Each leader's last MULTIPLE_WEEKS rows, oldest first, in the leaders' order. */
  recent: { leader: string; rows: TrendRow[] }[];
}

export function coachSummaryOf(rows: readonly CoachRow[]): CoachSummary {
  const trendRows = rows.map((r) => r.row);
  const byLeader = rowsByLeader(trendRows);
  const leaders = [...byLeader.keys()].sort();
  return {
    version: COACH_SUMMARY_VERSION,
    weeks: cohortByWeek(trendRows),
    leaders,
    rows: rows.length,
    triage: triage(byLeader),
    recent: leaders.map((leader) => ({
      leader,
      rows: [...byLeader.get(leader)!].sort((a, b) => a.week_start.localeCompare(b.week_start)).slice(-MULTIPLE_WEEKS),
    })),
    conflicts: rows
      .filter((r) => r.conflicts.length > 0)
      .map((r) => ({
        leader: r.leader,
        weekStart: r.weekStart,
        files: r.files,
        others: r.conflicts.map((c) => c.file),
      })),
  };
}
