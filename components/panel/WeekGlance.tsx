import { explainExclusions } from '../../lib/domain/measure/exclusions';
import { redirectSentence, unmatchedSentence } from '../../lib/domain/measure/explain';
import { formatHours, formatPercent } from '../../lib/domain/time/format';
import type { Goal, GoalStatus } from '../../lib/domain/measure/goal';
import type { WeekSummary } from '../../lib/domain/measure/summary';

interface Props {
  summary: WeekSummary;
  goal?: { goal: Goal; status: GoalStatus } | undefined;
  /** Whose time is counted, until the leader has chosen (see countingSentence), with the way to choose. */
  counting?: { sentence: string; onChoose?: (() => void) | undefined } | null | undefined;
  /** The names of the calendars whose events are not counted, for the "Not counted" line. */
  otherCalendarNames?: readonly string[] | undefined;
  /** Outlook events matched to no calendar, a line per colour not yet answered, with the leader's answer. */
  unmatched?: {
    lines: readonly { id: string; colour: string | null; events: number }[];
    onAnswer(id: string, counted: boolean): void;
  };
}

const BARS = [
  { key: 'reclaimed', label: 'Reclaimed by AI', color: '#1f4e79' },
  { key: 'walkthrough', label: 'Walkthroughs', color: '#2e7d32' },
  { key: 'coaching', label: 'Coaching and feedback', color: '#00695c' },
] as const;

/** "This week at a glance": reclaimed hours against walkthrough and coaching hours and the baseline. */
export function WeekGlance({ summary, goal, counting, otherCalendarNames, unmatched }: Props) {
  const values = {
    reclaimed: summary.reclaimedHours,
    walkthrough: summary.walkthroughHours,
    coaching: summary.coachingHours,
  };
  const baseline = summary.baseline.hours;
  const max = Math.max(1, values.reclaimed, values.walkthrough + values.coaching, baseline ?? 0);
  const width = 300;
  // Room on the right for the value labels ("12.5 h").
  const scale = (h: number) => (h / max) * (width - 150);
  const wtc = values.walkthrough + values.coaching;
  const chartText =
    `Reclaimed ${formatHours(values.reclaimed)}; walkthroughs ` +
    `${formatHours(values.walkthrough)} and coaching ${formatHours(values.coaching)}, together ` +
    `${formatHours(wtc)}${baseline === null ? '' : ` against a baseline of ${formatHours(baseline)}`}.`;
  return (
    <section aria-labelledby="glance-heading" className="card">
      <h2 id="glance-heading">This week at a glance</h2>
      <p className="lead" data-testid="redirect-sentence">
        {redirectSentence(summary)}
      </p>
      <svg role="img" aria-label={chartText} viewBox={`0 0 ${width} 78`} width="100%" className="glance-chart">
        <text x="0" y="16" className="chart-label">
          Reclaimed
        </text>
        <rect x="100" y="5" height="16" width={scale(values.reclaimed)} fill={BARS[0].color} />
        <text x={104 + scale(values.reclaimed)} y="17" className="chart-value">
          {formatHours(values.reclaimed)}
        </text>
        <text x="0" y="44" className="chart-label">
          Walk + coach
        </text>
        <rect x="100" y="33" height="16" width={scale(values.walkthrough)} fill={BARS[1].color} />
        <rect
          x={100 + scale(values.walkthrough)}
          y="33"
          height="16"
          width={scale(values.coaching)}
          fill={BARS[2].color}
        />
        <text x={104 + scale(wtc)} y="45" className="chart-value">
          {formatHours(wtc)}
        </text>
        {baseline !== null && (
          <g>
            <line
              x1={100 + scale(baseline)}
              x2={100 + scale(baseline)}
              y1="28"
              y2="56"
              stroke="#111"
              strokeWidth="2"
              strokeDasharray="3 2"
            />
            <text x={Math.min(100 + scale(baseline), width - 70)} y="70" className="chart-note">
              baseline {formatHours(baseline)}
            </text>
          </g>
        )}
      </svg>
      <dl className="numbers">
        <div>
          <dt>Reclaimed</dt>
          <dd data-testid="reclaimed-hours">{formatHours(summary.reclaimedHours)}</dd>
        </div>
        <div>
          <dt>Walkthroughs</dt>
          <dd data-testid="walkthrough-hours">{formatHours(summary.walkthroughHours)}</dd>
        </div>
        <div>
          <dt>Coaching</dt>
          <dd data-testid="coaching-hours">{formatHours(summary.coachingHours)}</dd>
        </div>
        <div>
          <dt>Redirected</dt>
          <dd data-testid="redirected-hours">{formatHours(summary.redirectedHours)}</dd>
        </div>
        <div>
          <dt>Baseline</dt>
          <dd>
            {formatHours(baseline)}
            {summary.baseline.source === 'provisional'
              ? ' (still measuring)'
              : summary.baseline.source === 'override'
                ? ' (yours)'
                : ''}
          </dd>
        </div>
        <div>
          <dt>Worked</dt>
          <dd data-testid="worked-hours">{formatHours(summary.workedHours)}</dd>
        </div>
      </dl>
      {goal && goal.status !== 'no-goal' && (
        <p data-testid="goal" className={goal.status === 'on-track' ? 'on-track' : 'not-yet'}>
          <strong>{goal.status === 'on-track' ? 'On track' : 'Not yet'}:</strong> goal {formatHours(goal.goal.hours)} of
          walkthroughs and coaching this week
          {goal.goal.source === 'suggested'
            ? ` (suggested: a small step up each month from your baseline, toward ${formatPercent(goal.goal.share)} instructional time)`
            : ' (your goal)'}
          . Instructional share so far: {formatPercent(summary.instructionalShare)}.
        </p>
      )}
      {counting && (
        <p className="notice-line" data-testid="counting">
          {counting.sentence}{' '}
          {counting.onChoose && (
            <button type="button" onClick={counting.onChoose}>
              Choose your calendars
            </button>
          )}
        </p>
      )}
      {unmatched?.lines.map((line) => (
        <p key={line.id} className="notice-line" data-testid="unmatched">
          {line.colour && <span className="swatch" style={{ backgroundColor: line.colour }} aria-hidden="true" />}
          {unmatchedSentence(line.events, line.colour)}{' '}
          <button type="button" onClick={() => unmatched.onAnswer(line.id, true)}>
            Count them
          </button>{' '}
          <button type="button" onClick={() => unmatched.onAnswer(line.id, false)}>
            Don't count them
          </button>
        </p>
      ))}
      <p className="muted" data-testid="exclusions">
        {explainExclusions(summary, otherCalendarNames)}
      </p>
    </section>
  );
}
