import { useState, type FormEvent } from 'react';
import { ROLE_LABELS, ROLES, type Role, type Settings } from '../../lib/domain/settings/settings';

interface Props {
  onDone: (patch: Pick<Settings, 'role' | 'weekStartsOn' | 'onboarded'>) => Promise<void>;
}

const ROLE_HELP: Record<Role, string> = {
  principal: 'See where reclaimed hours went, plan them on Monday, review them on Friday.',
  'assistant-principal': 'Tag calendar blocks quickly; the tagging list opens first.',
  coach: 'Review anonymised trend exports from the leaders you support.',
};

/** First run: who is this for, and when does the week start? */
export function FirstRun({ onDone }: Props) {
  const [role, setRole] = useState<Role>('principal');
  const [weekStartsOn, setWeekStartsOn] = useState<Settings['weekStartsOn']>(1);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await onDone({ role, weekStartsOn, onboarded: true });
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Leadership Calendar</h2>
      <p>Everything stays in this browser. Two questions to start:</p>
      <fieldset>
        <legend>What is your role?</legend>
        {ROLES.map((r) => (
          <label key={r} className="choice">
            <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />{' '}
            {ROLE_LABELS[r]}
            <span className="muted"> — {ROLE_HELP[r]}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="first-week-start">Your week starts on</label>
      <select
        id="first-week-start"
        value={weekStartsOn}
        onChange={(e) => setWeekStartsOn(Number(e.target.value) as Settings['weekStartsOn'])}
      >
        <option value={1}>Monday</option>
        <option value={0}>Sunday</option>
        <option value={6}>Saturday</option>
      </select>
      <p>
        <button type="submit" className="primary">
          Start
        </button>
      </p>
    </form>
  );
}
