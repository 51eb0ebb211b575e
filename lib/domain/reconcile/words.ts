import { formatMinutes } from '../time/format';
import type { Coverage } from './coverage';
import type { OwedFeedback } from './feedback';
import { reasonLabel, type Reason } from './reasons';
import { type ReconcileWeek, UNSTATED } from './week';

/**
 * Every sentence the review and the plan say about the daily reconcile, built here so the panel, the print and the
 * nudges say the same. Plain words, no blame: the question is where protected time went, never who failed.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Protected time: 3 h planned, 2 h 15 min happened. 1 block is not reconciled yet (45 min)." */
export function protectedSentence(week: ReconcileWeek): string {
  if (week.blocks === 0) return 'No protected or instructional blocks are over yet this week.';
  const parts = [
    `Protected time: ${formatMinutes(week.plannedMinutes)} planned, ${formatMinutes(week.happenedMinutes)} happened.`,
  ];
  if (week.moved.blocks) parts.push(`${plural(week.moved.blocks, 'block was', 'blocks were')} moved.`);
  if (week.notReconciled.blocks)
    parts.push(
      `${plural(week.notReconciled.blocks, 'block is', 'blocks are')} not reconciled yet (${formatMinutes(
        week.notReconciled.minutes,
      )}), so ${week.notReconciled.blocks === 1 ? 'it is' : 'they are'} not counted as happened.`,
    );
  return parts.join(' ');
}

/** The time that did not happen, by what took it, with a label each ("No reason given" for the rest). */
export function reasonRows(week: ReconcileWeek, reasons: readonly Reason[]): { label: string; minutes: number }[] {
  return week.byReason.map((r) => ({
    label: r.reason === UNSTATED ? 'No reason given' : reasonLabel(r.reason, reasons),
    minutes: r.minutes,
  }));
}

/** "Student behaviour or discipline (45 min): no one is assigned yet — name a First Responder in the options." */
export function gapLines(week: ReconcileWeek, reasons: readonly Reason[]): string[] {
  return week.gaps.map(
    (g) =>
      `${g.reason === UNSTATED ? 'No reason given' : reasonLabel(g.reason, reasons)} (${formatMinutes(g.minutes)}): ` +
      'no one is assigned yet.',
  );
}

/** "Feedback owed: 3 teachers, 1 overdue." */
export function owedSentence(owed: readonly OwedFeedback[]): string {
  const open = owed.filter((o) => o.state !== 'closed');
  if (open.length === 0)
    return owed.length
      ? 'Every visit has had its feedback.'
      : 'No feedback is owed: no visit with a teacher named yet.';
  const overdue = open.filter((o) => o.state === 'overdue').length;
  return `Feedback owed: ${plural(open.length, 'conversation', 'conversations')}${overdue ? `, ${overdue} overdue` : ''}.`;
}

/** "Not seen in 3 weeks: 2 of 12 teachers (James Chen, Ana Ruiz)." */
export function notSeenSentence(coverage: Coverage): string {
  if (coverage.teachers.length === 0) return 'Add your staff list in the options to see who has not been visited.';
  const weeks = coverage.weeks === 1 ? 'this week' : `${coverage.weeks} weeks`;
  if (coverage.notSeen.length === 0) return `Every teacher on your list was seen within ${weeks}.`;
  const names = coverage.notSeen.slice(0, 5).map((t) => t.teacher.name);
  const more = coverage.notSeen.length - names.length;
  return (
    `Not seen within ${weeks}: ${coverage.notSeen.length} of ${plural(coverage.teachers.length, 'teacher', 'teachers')} ` +
    `(${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}).`
  );
}
