import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, type NudgeSchedule, type Role, type Settings } from '../../lib/domain/settings/settings';
import { FormStatus, type StatusText } from '../common/FormStatus';
import { type Lock, LockableFields, LockNote } from '../common/Locked';

interface Props {
  settings: Settings;
  onSave: (patch: Partial<Settings>) => Promise<void>;
  /** What a district locked here (the nudges, the goal's stair, the coach). */
  locks?: { nudges: Lock | null; goal: Lock | null; coachName: Lock | null };
  /** False when a district switched the nudges off. */
  showNudges?: boolean;
}
const NO_LOCKS = { nudges: null, goal: null, coachName: null };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Role, week start, baseline, goal, nudge times and export label (the school day has its own form).
 * Validation happens in the store; its message is shown as is.
 */
export function SettingsForm({ settings, onSave, locks = NO_LOCKS, showNudges = true }: Props) {
  const [role, setRole] = useState<Role>(settings.role);
  const [weekStartsOn, setWeekStartsOn] = useState(String(settings.weekStartsOn));
  const [baselineMode, setBaselineMode] = useState(settings.baselineOverrideHours === null ? 'auto' : 'manual');
  const [baseline, setBaseline] = useState(settings.baselineOverrideHours?.toString() ?? '');
  const [goalMode, setGoalMode] = useState(settings.goalOverrideHours === null ? 'auto' : 'manual');
  const [goal, setGoal] = useState(settings.goalOverrideHours?.toString() ?? '');
  const [nudges, setNudges] = useState(settings.nudges);
  const [leaderLabel, setLeaderLabel] = useState(settings.leaderLabel);
  const [coachName, setCoachName] = useState(settings.coachName ?? '');
  const [status, setStatus] = useState<StatusText>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
    try {
      await onSave({
        role,
        weekStartsOn: Number(weekStartsOn) as Settings['weekStartsOn'],
        baselineOverrideHours: baselineMode === 'auto' ? null : number(baseline),
        goalOverrideHours: goalMode === 'auto' ? null : number(goal),
        nudges,
        leaderLabel,
        coachName: coachName.trim() || null,
        onboarded: true,
      });
      setStatus({ ok: true, text: 'Settings saved.' });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="settings-heading" className="card">
      <h2 id="settings-heading">Settings</h2>
      <label htmlFor="role">Your role</label>
      <select id="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <label htmlFor="week-start">Week starts on</label>
      <select id="week-start" value={weekStartsOn} onChange={(e) => setWeekStartsOn(e.target.value)}>
        {[1, 0, 6].map((d) => (
          <option key={d} value={d}>
            {WEEKDAYS[d]}
          </option>
        ))}
      </select>

      <fieldset>
        <legend>Baseline (walkthrough and coaching hours per week)</legend>
        <label>
          <input
            type="radio"
            name="baseline-mode"
            checked={baselineMode === 'auto'}
            onChange={() => setBaselineMode('auto')}
          />{' '}
          Measure it from my first three tracked weeks
        </label>
        <label>
          <input
            type="radio"
            name="baseline-mode"
            checked={baselineMode === 'manual'}
            onChange={() => setBaselineMode('manual')}
          />{' '}
          Use my own number
        </label>
        {baselineMode === 'manual' && (
          <>
            <label htmlFor="baseline-hours">Baseline hours per week</label>
            <input
              id="baseline-hours"
              type="number"
              min="0"
              max="80"
              step="0.5"
              value={baseline}
              onChange={(e) => setBaseline(e.target.value)}
            />
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Weekly goal for walkthroughs and coaching</legend>
        <label>
          <input type="radio" name="goal-mode" checked={goalMode === 'auto'} onChange={() => setGoalMode('auto')} />{' '}
          Suggest a goal that climbs {settings.goal.stepHours} h each month, up to{' '}
          {Math.round(settings.goal.targetShare * 100)}% of your week
        </label>
        {locks.goal && <LockNote lock={locks.goal} id="goal-lock" />}
        <label>
          <input type="radio" name="goal-mode" checked={goalMode === 'manual'} onChange={() => setGoalMode('manual')} />{' '}
          Use my own goal
        </label>
        {goalMode === 'manual' && (
          <>
            <label htmlFor="goal-hours">Goal hours per week</label>
            <input
              id="goal-hours"
              type="number"
              min="0"
              max="80"
              step="0.5"
              value={goal}
              onChange={(e) => setGoal(e.target.value)}
            />
          </>
        )}
      </fieldset>

      {showNudges && (
        <LockableFields lock={locks.nudges} id="nudges" legend="Weekly nudges">
          <p className="muted">
            Nudges arrive at these times in your own time zone, once a week each — never overnight unless you choose it.
          </p>
          <NudgeFields
            kind="plan"
            label={'"Plan your reclaimed hours"'}
            value={nudges.plan}
            onChange={(plan) => setNudges({ ...nudges, plan })}
          />
          <NudgeFields
            kind="review"
            label={'"Here is where your reclaimed hours went"'}
            value={nudges.review}
            onChange={(review) => setNudges({ ...nudges, review })}
          />
        </LockableFields>
      )}

      <LockableFields lock={locks.coachName} id="coach" legend="Your instructional coach">
        <label htmlFor="coach-name">Coach's name (the trend file is for them)</label>
        <input id="coach-name" value={coachName} maxLength={80} onChange={(e) => setCoachName(e.target.value)} />
      </LockableFields>

      <label htmlFor="leader-label">Name used in exports for your coach</label>
      <input
        id="leader-label"
        value={leaderLabel}
        onChange={(e) => setLeaderLabel(e.target.value)}
        aria-describedby="leader-label-help"
      />
      <p id="leader-label-help" className="muted">
        Use a pseudonym such as "Leader A". Exports never contain event titles.
      </p>

      <p>
        <button type="submit" className="primary">
          Save settings
        </button>
      </p>
      <FormStatus status={status} />
    </form>
  );
}

function NudgeFields({
  kind,
  label,
  value,
  onChange,
}: {
  kind: 'plan' | 'review';
  label: string;
  value: NudgeSchedule;
  onChange: (v: NudgeSchedule) => void;
}) {
  const name = kind === 'plan' ? 'Plan' : 'Review';
  return (
    <>
      <label className="choice">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.target.checked })}
        />{' '}
        {label}
      </label>
      <label htmlFor={`${kind}-day`}>{name} nudge day</label>
      <select
        id={`${kind}-day`}
        value={value.weekday}
        onChange={(e) => onChange({ ...value, weekday: Number(e.target.value) })}
      >
        {WEEKDAYS.map((d, i) => (
          <option key={d} value={i}>
            {d}
          </option>
        ))}
      </select>
      <label htmlFor={`${kind}-time`}>{name} nudge time</label>
      <input
        id={`${kind}-time`}
        type="time"
        value={value.time}
        onChange={(e) => onChange({ ...value, time: e.target.value })}
      />
    </>
  );
}
