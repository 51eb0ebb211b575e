import { useAfterPaint } from '../../lib/live/use-after-paint';
import type { Coverage } from '../../lib/domain/reconcile/coverage';
import type { OwedFeedback } from '../../lib/domain/reconcile/feedback';
import type { Reason } from '../../lib/domain/reconcile/reasons';
import type { ReconcileWeek } from '../../lib/domain/reconcile/week';
import {
  gapLines,
  notSeenSentence,
  owedSentence,
  protectedSentence,
  reasonRows,
} from '../../lib/domain/reconcile/words';
import { activityLabel } from '../../lib/domain/events/activities';
import { formatDay, formatMinutes } from '../../lib/domain/time/format';
import { SEQUENCE_WEEKS } from '../../lib/domain/reconcile/coverage';
import { fromIsoDate } from '../../lib/domain/time/week';

interface Props {
  week: ReconcileWeek;
  owed: readonly OwedFeedback[];
  coverage: Coverage;
  reasons: readonly Reason[];
  /** Each teacher's visits and feedback over the last eight weeks, once the list is opened (undefined: loading). */
  sequences?: Coverage | undefined;
  onSequences?: (open: boolean) => void;
}

/**
 * The Friday review's part from the daily reconcile (issue #29): protected time planned against what happened, the
 * time that did not happen by what took it (a bar each), the areas nobody could have taken (First Responder gaps),
 * feedback owed and teachers not seen within the target.
 */
export function PracticeReview({ week, owed, coverage, reasons, sequences, onSequences }: Props) {
  const rows = reasonRows(week, reasons);
  const max = Math.max(1, ...rows.map((r) => r.minutes));
  const gaps = gapLines(week, reasons);
  const open = owed.filter((o) => o.state !== 'closed');
  // The bench times the Friday review to this mark: the review is complete once this part is painted.
  useAfterPaint(true, 'leadership-calendar:review-painted');
  return (
    <div data-testid="practice-review">
      <h3>What happened to protected time</h3>
      <p data-testid="protected-sentence">{protectedSentence(week)}</p>
      {rows.length > 0 && (
        <>
          <h4>What took the time that did not happen</h4>
          <svg
            role="img"
            aria-label={`Time that did not happen, by what took it: ${rows.map((r) => `${r.label} ${formatMinutes(r.minutes)}`).join(', ')}.`}
            viewBox={`0 0 300 ${rows.length * 22 + 4}`}
            width="100%"
            data-testid="displaced-by-reason"
          >
            {rows.map((r, i) => (
              <g key={r.label}>
                <text x="0" y={16 + i * 22} className="chart-label">
                  {r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label}
                </text>
                <rect x="150" y={5 + i * 22} height="14" width={(r.minutes / max) * 100} fill="#1565c0" />
                <text x={154 + (r.minutes / max) * 100} y={16 + i * 22} className="chart-value">
                  {formatMinutes(r.minutes)}
                </text>
              </g>
            ))}
          </svg>
        </>
      )}
      {gaps.length > 0 && (
        <>
          <h4>Who could take it next time</h4>
          <ul data-testid="first-responder-gaps">
            {gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
          <p className="muted">
            Naming a First Responder for an area (options, Daily reconcile) lets someone else take the first try.
          </p>
        </>
      )}
      {/* A section with nothing to say yet stays on screen (it says how to start) but off the printed page. */}
      <h4 data-print={owed.length === 0 ? 'hide' : undefined}>Feedback after visits</h4>
      <p data-testid="owed-sentence" data-print={owed.length === 0 ? 'hide' : undefined}>
        {owedSentence(owed)}
      </p>
      {open.length > 0 && (
        <ul aria-label="Feedback owed">
          {open.map((o) => (
            <li key={o.id} data-state={o.state}>
              {o.teacher.name} — {activityLabel(o.visit.activity).toLowerCase()} {formatDay(o.visit.start)},{' '}
              {o.state === 'overdue' ? <strong>overdue</strong> : `due ${formatDay(fromIsoDate(o.dueDate).getTime())}`}
            </li>
          ))}
        </ul>
      )}
      <h4 data-print={coverage.teachers.length === 0 ? 'hide' : undefined}>Coverage</h4>
      <p data-testid="coverage-sentence" data-print={coverage.teachers.length === 0 ? 'hide' : undefined}>
        {notSeenSentence(coverage)}
      </p>
      {coverage.teachers.length > 0 && onSequences && (
        <details data-print="hide" onToggle={(e) => onSequences((e.target as HTMLDetailsElement).open)}>
          <summary>Each teacher's visits and feedback, last {SEQUENCE_WEEKS} weeks</summary>
          {sequences ? <Sequences coverage={sequences} /> : <p role="status">Loading…</p>}
        </details>
      )}
    </div>
  );
}

/** Each teacher in order of who was seen least lately: visits (V) and feedback (F) in the order they came. */
function Sequences({ coverage }: { coverage: Coverage }) {
  const teachers = [...coverage.teachers].sort((a, b) => (a.lastSeen ?? 0) - (b.lastSeen ?? 0));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Visits and feedback by teacher">
      <table data-testid="sequences">
        <thead>
          <tr>
            <th scope="col">Teacher</th>
            <th scope="col">Last seen</th>
            <th scope="col">In order</th>
          </tr>
        </thead>
        <tbody>
          {teachers.map((t) => (
            <tr key={t.teacher.key}>
              <th scope="row">{t.teacher.name}</th>
              <td>{t.lastSeen === null ? 'not yet' : formatDay(t.lastSeen)}</td>
              <td>
                {t.sequence.length === 0
                  ? '—'
                  : t.sequence.map((s) => (s.kind === 'visit' ? 'visit' : 'feedback')).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
